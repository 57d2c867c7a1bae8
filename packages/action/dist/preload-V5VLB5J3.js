import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  englishWordForms,
  frenchSpeller
} from "./chunk-3QVS4RS4.js";
import "./chunk-A4GP3SDO.js";

// ../linter/dist/french/preload.js
function preloadFrenchData() {
  frenchSpeller();
  englishWordForms();
}
export {
  preloadFrenchData
};
