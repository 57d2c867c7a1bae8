import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  lintFile
} from "./chunk-4LLCQYHS.js";
import "./chunk-N2G4MECA.js";
import "./chunk-GKVB7MBV.js";
import "./chunk-6HP3Q5PE.js";
import "./chunk-A4GP3SDO.js";
export {
  lintFile
};
