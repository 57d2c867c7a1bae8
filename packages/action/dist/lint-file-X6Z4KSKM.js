import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  lintFile
} from "./chunk-XPY5F6YV.js";
import "./chunk-7HYA4HHO.js";
import "./chunk-K6SJNKM2.js";
import "./chunk-CNNUGVAN.js";
import "./chunk-V5CY3SGN.js";
export {
  lintFile
};
