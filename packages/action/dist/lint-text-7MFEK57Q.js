import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  fix,
  lintText
} from "./chunk-B2WSJNFA.js";
import "./chunk-T3FZYH2A.js";
import "./chunk-O7TABLVA.js";
import "./chunk-GKVB7MBV.js";
import "./chunk-6HP3Q5PE.js";
import "./chunk-VZHSN62Y.js";
import "./chunk-A4GP3SDO.js";
export {
  fix,
  lintText
};
