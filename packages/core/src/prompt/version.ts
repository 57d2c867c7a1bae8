/**
 * Stamped as `plume_prompt` in every article: bump it whenever the prompts change meaning, so
 * that unchanged seeds are rewritten with the new prompt instead of being skipped.
 */
export const PROMPT_VERSION = '2';
