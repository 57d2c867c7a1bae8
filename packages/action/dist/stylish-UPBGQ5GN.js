import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  formatStylish,
  seoLine
} from "./chunk-UHYNKIMN.js";
import "./chunk-A4GP3SDO.js";
export {
  formatStylish,
  seoLine
};
