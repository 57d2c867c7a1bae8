import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  fix,
  lintText
} from "./chunk-PI27IU73.js";
import "./chunk-MFYMXG2A.js";
import "./chunk-3XUFCOUI.js";
import "./chunk-C2J5BQNZ.js";
import "./chunk-ZSKE7NRF.js";
import "./chunk-6CRMEHVJ.js";
import "./chunk-GKVB7MBV.js";
import "./chunk-6HP3Q5PE.js";
import "./chunk-GTOKVNFQ.js";
import "./chunk-YEPGWXY6.js";
import "./chunk-3AVOLLOX.js";
import "./chunk-3QVS4RS4.js";
import "./chunk-6JW4MI2C.js";
import "./chunk-A4GP3SDO.js";
export {
  fix,
  lintText
};
