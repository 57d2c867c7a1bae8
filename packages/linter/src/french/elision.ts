/** Articles and pronouns elided before a word (l’, d’, qu’, jusqu’…). */
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]/iu;

/**
 * The word a dictionary is asked about: the one after an elided article or pronoun, with
 * straight apostrophes (`l’État` → `État`, `aujourd’hui` → `aujourd'hui`).
 */
export function withoutElision(word: string): string {
  // Most words have no apostrophe at all: two searches spare the two replacements.
  if (!word.includes("'") && !word.includes('’')) return word;
  return word.replace(ELISION, '').replace(/’/gu, "'");
}
