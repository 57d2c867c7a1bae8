import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  englishWordForms,
  frenchSpeller,
  loadLanguageIdentifier
} from "./chunk-TRJIY3JC.js";
import "./chunk-A4GP3SDO.js";

// ../linter/dist/french/preload.js
function preloadFrenchData() {
  frenchSpeller();
  englishWordForms();
  loadLanguageIdentifier();
}
export {
  preloadFrenchData
};
