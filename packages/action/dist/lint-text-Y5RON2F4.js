import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  fix,
  lintText
} from "./chunk-TH3VEJVJ.js";
import "./chunk-RINPCSGY.js";
import "./chunk-GKVB7MBV.js";
import "./chunk-6HP3Q5PE.js";
import "./chunk-3QVS4RS4.js";
import "./chunk-A4GP3SDO.js";
export {
  fix,
  lintText
};
