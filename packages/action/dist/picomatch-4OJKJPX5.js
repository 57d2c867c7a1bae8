import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-K6SJNKM2.js";
import "./chunk-V5CY3SGN.js";
export default require_picomatch();
