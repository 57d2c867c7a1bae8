import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  require_markdownit
} from "./chunk-6HP3Q5PE.js";
import "./chunk-A4GP3SDO.js";
export default require_markdownit();
