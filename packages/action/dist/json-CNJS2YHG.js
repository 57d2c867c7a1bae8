import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  formatJson
} from "./chunk-Y2572YYG.js";
import "./chunk-A4GP3SDO.js";
export {
  formatJson
};
