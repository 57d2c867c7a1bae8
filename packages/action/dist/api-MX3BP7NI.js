import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  PlumeConfigError,
  fix,
  lintFiles,
  lintText
} from "./chunk-CODRB2X4.js";
import "./chunk-HYHW7ITQ.js";
import "./chunk-GKVB7MBV.js";
import "./chunk-6HP3Q5PE.js";
import "./chunk-FICVJVLF.js";
import "./chunk-A4GP3SDO.js";
export {
  PlumeConfigError,
  fix,
  lintFiles,
  lintText
};
