import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  SRCROOT,
  findRepositoryRoot,
  formatSarif
} from "./chunk-OY5DN2QM.js";
import "./chunk-3AVOLLOX.js";
import "./chunk-3QVS4RS4.js";
import "./chunk-6JW4MI2C.js";
import "./chunk-A4GP3SDO.js";
export {
  FINGERPRINT_KEY,
  SRCROOT,
  findRepositoryRoot,
  formatSarif
};
