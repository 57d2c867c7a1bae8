import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  fix,
  lintText
} from "./chunk-NNGQCLK7.js";
import "./chunk-LO7TTDG4.js";
import "./chunk-GKVB7MBV.js";
import "./chunk-6HP3Q5PE.js";
import "./chunk-TRJIY3JC.js";
import "./chunk-A4GP3SDO.js";
export {
  fix,
  lintText
};
