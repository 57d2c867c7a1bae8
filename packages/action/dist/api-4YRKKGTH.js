import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  PlumeConfigError,
  fix,
  lintFiles,
  lintText
} from "./chunk-4GUBPOKO.js";
import "./chunk-M54DNBV5.js";
import "./chunk-K6SJNKM2.js";
import "./chunk-CNNUGVAN.js";
import "./chunk-V5CY3SGN.js";
export {
  PlumeConfigError,
  fix,
  lintFiles,
  lintText
};
