import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  fix,
  lintText
} from "./chunk-4TU66RMO.js";
import "./chunk-7YXQS7C5.js";
import "./chunk-GKVB7MBV.js";
import "./chunk-6HP3Q5PE.js";
import "./chunk-TRJIY3JC.js";
import "./chunk-A4GP3SDO.js";
export {
  fix,
  lintText
};
