/**
 * French forms a Hunspell word list does not hold but a French reader writes correctly: subject
 * pronouns inverted after the verb, the spellings of the 1990 reform (dictionary-fr ships only
 * Grammalecte's « classique » list), and regular plurals of hyphenated compounds. Each test asks
 * the dictionary about a form it does hold, so a real typo is still unknown.
 */
type Correct = (word: string) => boolean;

/**
 * Pronouns hyphenated after a verb: inverted subjects (« peut-on », « dit-elle », « a-t-il »),
 * imperatives (« dites-le-moi », « allez-vous-en ») and the demonstrative particles (« ce jour-là »).
 */
const HYPHENATED_PRONOUN =
  /-(?:t-)?(?:je|tu|il|ils|elle|elles|on|nous|vous|ce|moi|toi|le|la|les|lui|leur|leurs|en|y|là|ci)$/iu;

/** The word without its hyphenated pronouns, or undefined when it has none. */
export function withoutHyphenatedPronouns(word: string): string | undefined {
  let stem = word;
  while (HYPHENATED_PRONOUN.test(stem)) stem = stem.replace(HYPHENATED_PRONOUN, '');
  return stem === word || stem.length < 2 ? undefined : stem;
}

/**
 * The classic spellings a word of the 1990 reform stands for: accents on borrowed words
 * (« sénior », « à postériori »), `è` for a doubled consonant in -eler/-eter verbs
 * (« interpèle ») and before a mute syllable (« règlementaire »), the circumflex dropped on i
 * and u (« connaitre », « surement »), the diaeresis on the u (« ambigüe »), and ligatures typed
 * as two letters (« coeur »).
 */
export function classicSpellings(word: string): string[] {
  const variants = new Set<string>([
    word.replace(/oe/gu, 'œ').replace(/ae/gu, 'æ'),
    word.replace(/è/gu, 'é'),
    word.replace(/è([lt])e/gu, 'e$1$1e'),
    word.replace(/gü([eiï])/gu, (_m, vowel: string) => `gu${vowel === 'e' ? 'ë' : 'ï'}`),
  ]);
  // Borrowed words take French accents (« sénior », « média »); their classic spelling has none,
  // unlike a French word given a stray accent (« élécteurs »).
  const unaccented = word.replace(/é/gu, 'e');
  if (unaccented !== word && !/[àâäéèêëîïôöùûüÿç]/u.test(unaccented)) variants.add(unaccented);
  for (let i = 0; i < word.length; i++) {
    const c = word.charAt(i);
    if (c === 'i' || c === 'u')
      variants.add(`${word.slice(0, i)}${c === 'i' ? 'î' : 'û'}${word.slice(i + 1)}`);
  }
  if (/^(?:ré|pré|co|re|dé|anti|sur|sous|auto|multi)-/u.test(word)) variants.add(word.replace('-', ''));
  variants.delete(word);
  return [...variants];
}

/** The singular of a hyphenated compound in the plural (« porte-paroles », « après-midis »). */
function compoundSingulars(word: string): string[] {
  if (!word.includes('-')) return [];
  const parts = word.split('-');
  const singulars: string[] = [];
  if (/[sx]$/u.test(word)) singulars.push(word.slice(0, -1));
  // Both parts take the mark (« grands-mères »): drop it from each.
  const dropped = parts.map((part) => part.replace(/[sx]$/u, ''));
  if (dropped.join('-') !== word) singulars.push(dropped.join('-'));
  return singulars;
}

/**
 * Whether a hyphenated word is made of words: each part is a word (« militaro-industriel » has
 * the combining form « militaro- », a word ending in -o before the hyphen).
 */
function isWordOfWords(word: string, correct: Correct): boolean {
  const parts = word.split('-');
  if (parts.length < 2 || parts.some((part) => part.length === 0)) return false;
  return parts.every(
    (part, index) =>
      isAnyForm(part, correct) || (index < parts.length - 1 && /o$/u.test(part) && part.length >= 3),
  );
}

/** The word itself, or one of its classic spellings, is in the dictionary. */
function isAnyForm(word: string, correct: Correct): boolean {
  return correct(word) || classicSpellings(word).some(correct);
}

/** Whether a word is correct French as written, allowing the forms described above. */
export function isFrenchForm(word: string, correct: Correct): boolean {
  if (isAnyForm(word, correct)) return true;
  const stem = withoutHyphenatedPronouns(word);
  if (stem !== undefined && isFrenchForm(stem, correct)) return true;
  if (compoundSingulars(word).some((singular) => isAnyForm(singular, correct))) return true;
  return isWordOfWords(word, correct);
}
