import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  formatGithub
} from "./chunk-XCOAORZA.js";
import "./chunk-A4GP3SDO.js";
export {
  formatGithub
};
