import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  lintFile
} from "./chunk-CQBYSN5Y.js";
import "./chunk-M54DNBV5.js";
import "./chunk-K6SJNKM2.js";
import "./chunk-CNNUGVAN.js";
import "./chunk-V5CY3SGN.js";
export {
  lintFile
};
