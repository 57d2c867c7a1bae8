import { loadLanguageIdentifier } from './language.js';
import { englishWordForms, frenchSpeller } from './speller.js';

/**
 * Loads what the default rules read on their first file: the French and English dictionaries
 * (spelling) and franc's language models (language-match), ~0.15 s. A prestarted lint worker
 * does it while it waits for its first files, which the CLI is still looking for.
 */
export function preloadFrenchData(): void {
  frenchSpeller();
  englishWordForms();
  loadLanguageIdentifier();
}
