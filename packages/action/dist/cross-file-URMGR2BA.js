import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  crossFileDiagnostics
} from "./chunk-3XUFCOUI.js";
import "./chunk-YEPGWXY6.js";
import "./chunk-3AVOLLOX.js";
import "./chunk-3QVS4RS4.js";
import "./chunk-6JW4MI2C.js";
import "./chunk-A4GP3SDO.js";
export {
  crossFileDiagnostics
};
