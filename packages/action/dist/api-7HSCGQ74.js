import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  PlumeConfigError,
  fix,
  lintFiles,
  lintText
} from "./chunk-RQ6OWLLC.js";
import "./chunk-GHIR5MEK.js";
import "./chunk-K6SJNKM2.js";
import "./chunk-CNNUGVAN.js";
import "./chunk-V5CY3SGN.js";
export {
  PlumeConfigError,
  fix,
  lintFiles,
  lintText
};
