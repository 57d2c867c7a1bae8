import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  PlumeConfigError,
  fix,
  lintFiles,
  lintText
} from "./chunk-DQSI5EKU.js";
import "./chunk-UM6CLZN6.js";
import "./chunk-K6SJNKM2.js";
import "./chunk-CNNUGVAN.js";
import "./chunk-V5CY3SGN.js";
export {
  PlumeConfigError,
  fix,
  lintFiles,
  lintText
};
