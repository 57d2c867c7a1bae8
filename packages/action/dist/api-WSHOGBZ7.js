import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  PlumeConfigError,
  fix,
  lintFiles,
  lintText
} from "./chunk-2EIHYOJH.js";
import "./chunk-ZLANVZ4T.js";
import "./chunk-GKVB7MBV.js";
import "./chunk-6HP3Q5PE.js";
import "./chunk-M3FZG2CQ.js";
import "./chunk-A4GP3SDO.js";
export {
  PlumeConfigError,
  fix,
  lintFiles,
  lintText
};
