import { englishWordForms, frenchSpeller } from './speller.js';

/**
 * Loads what the default rules read on their first file: the French and English dictionaries
 * (spelling, and language-match on a French body). A prestarted lint worker does it while it
 * waits for its first files, which the CLI is still looking for. franc's language models are
 * loaded on first use only: a body the French dictionary reads as French never needs them.
 */
export function preloadFrenchData(): void {
  frenchSpeller();
  englishWordForms();
}
