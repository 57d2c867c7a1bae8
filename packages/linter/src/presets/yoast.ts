import type { RuleEntries } from '../config/schema.js';

/** `plume:yoast`: the style rules at Yoast SEO's thresholds (filled in with the French rules). */
export const yoast: RuleEntries = {};
