import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  DEFAULT_ARTICLES,
  DEFAULT_SEEDS,
  PRESETS,
  configRelative,
  formatPath,
  resolveConfig,
  settingsFor
} from "./chunk-6CRMEHVJ.js";
import "./chunk-GKVB7MBV.js";
import "./chunk-3AVOLLOX.js";
import "./chunk-3QVS4RS4.js";
import "./chunk-6JW4MI2C.js";
import "./chunk-A4GP3SDO.js";
export {
  DEFAULT_ARTICLES,
  DEFAULT_SEEDS,
  PRESETS,
  configRelative,
  formatPath,
  resolveConfig,
  settingsFor
};
