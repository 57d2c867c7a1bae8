import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  lintFile
} from "./chunk-JB7N3OKR.js";
import "./chunk-PYIK72ZL.js";
import "./chunk-K6SJNKM2.js";
import "./chunk-CNNUGVAN.js";
import "./chunk-V5CY3SGN.js";
export {
  lintFile
};
