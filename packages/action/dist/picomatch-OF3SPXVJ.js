import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-GKVB7MBV.js";
import "./chunk-A4GP3SDO.js";
export default require_picomatch();
