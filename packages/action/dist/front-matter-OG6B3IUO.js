import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  parseFrontMatter
} from "./chunk-ZSKE7NRF.js";
import "./chunk-A4GP3SDO.js";
export {
  parseFrontMatter
};
