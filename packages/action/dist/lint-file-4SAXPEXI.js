import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  FILE_BUDGET,
  lintFile
} from "./chunk-OCZEJS4B.js";
import "./chunk-BCFSVZBX.js";
import "./chunk-GKVB7MBV.js";
import "./chunk-6HP3Q5PE.js";
import "./chunk-TRJIY3JC.js";
import "./chunk-A4GP3SDO.js";
export {
  FILE_BUDGET,
  lintFile
};
