import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  frenchSpeller,
  isEnglishWord,
  loadLanguageIdentifier
} from "./chunk-FICVJVLF.js";
import "./chunk-A4GP3SDO.js";

// ../linter/dist/french/preload.js
function preloadFrenchData() {
  frenchSpeller();
  isEnglishWord("plume");
  loadLanguageIdentifier();
}
export {
  preloadFrenchData
};
