import type { RuleEntries } from '../config/schema.js';

/** `plume:recommended`: each rule's own calibrated default severity and options. */
export const recommended: RuleEntries = {};
