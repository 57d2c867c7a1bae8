import type { RuleEntries } from '../config/schema.js';

/** `plume:recommended`: each rule's own calibrated default severity and options. */
export const recommended: RuleEntries = {
  // Keyphrase rules match French word forms (plural, feminine, elision) as Yoast Premium does,
  // so their density allows Yoast's bound for word forms (3.5 %).
  'keyphrase-density': ['warning', { minDensity: 0.5, maxDensity: 3.5 }],
};
