import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  COMMENT_LIMIT,
  escapeMarkdown,
  formatMarkdown
} from "./chunk-5OERZZK4.js";
import "./chunk-A4GP3SDO.js";
export {
  COMMENT_LIMIT,
  escapeMarkdown,
  formatMarkdown
};
