/**
 * French keyphrase matching, as Yoast SEO Premium matches a focus keyphrase and free Yoast does
 * not: a keyphrase is the set of its content words, each found in any of its forms. Articles,
 * prepositions, pronouns and other function words are ignored, elided articles (`l’`, `d’`,
 * `qu’`) are cut off, accents and case do not count, and plural and feminine endings are reduced,
 * so that « coopération militaire » is found in « la coopération militaire russo-chinoise » and
 * in « coopérations militaires ». With `forms: false`, only accents, case and elision are
 * ignored: the exact words, as free Yoast (no morphology data) matches them.
 */

/** Elided words glued to the next one by an apostrophe: `l’armée`, `qu’il`, `jusqu’à`. */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’ʼ]/u;

/**
 * French function words: words that carry grammar, not a subject. Plume's own list (articles,
 * prepositions, conjunctions, pronouns, determiners, the commonest auxiliary and light verb
 * forms, negation, frequent adverbs, interrogatives, and the general adjectives that open titles:
 * « Les meilleures pratiques », « Un nouveau départ »), written without accents as keys are compared without them.
 */
const FUNCTION_WORDS = new Set(
  `le la les l un une des du de d au aux a et ou ni mais donc or car que qu qui quoi dont ou
  ce cet cette ces c ceci cela ca celui celle ceux celles son sa ses leur leurs mon ma mes ton
  ta tes notre nos votre vos je j tu il elle ils elles on nous vous me m te t se s lui y en eux
  moi toi soi dans par pour sur sous avec sans chez vers entre contre selon depuis pendant avant
  apres lors dès des jusqu jusque parmi envers malgre via hors outre comme si quand lorsque
  puisque tandis ne n pas plus moins tres trop peu bien aussi encore deja toujours jamais rien
  ni tout tous toute toutes autre autres meme memes tel telle tels telles chaque quelque
  quelques plusieurs certain certaine certains certaines aucun aucune est sont etait etaient
  ete etre sera seront serait seraient soit sont suis es sommes etes fut a as avons avez ont
  avait avaient avoir aura auront aurait auraient eu fait faire font peut peuvent pouvait doit
  doivent ici alors ainsi puis cependant pourtant toutefois enfin oui non voici voila
  quel quelle quels quelles lequel laquelle lesquels lesquelles auquel auxquels duquel
  desquels comment pourquoi combien fois bon bonne bons bonnes meilleur meilleure meilleurs
  meilleures petit petite petits petites grand grande grands grandes nouveau nouvel nouvelle
  nouveaux nouvelles premier premiere premiers premieres dernier derniere derniers
  dernieres`.split(/\s+/u),
);

/** Lower case, no accents, `œ` and `æ` spelt out, apostrophes straight. */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’ʼ`´]/gu, "'");
}

/**
 * The form a word is compared by: plural and feminine endings reduced (`militaires` →
 * `militair`, `européennes` → `europeen`, `générales` → `general`, `généraux` → `general`).
 * Not a dictionary stemmer: it only has to send a word's inflections to one key, and leaves
 * short words alone.
 */
export function baseForm(folded: string): string {
  let word = folded;
  if (word.length <= 3) return word;
  if (word.endsWith('aux') && word.length > 4) word = `${word.slice(0, -3)}al`;
  else if (word.endsWith('s') || word.endsWith('x')) word = word.slice(0, -1);
  if (word.length <= 3) return word;
  if (word.endsWith('enne')) return word.slice(0, -2);
  if (word.endsWith('elle')) return word.slice(0, -2);
  if (word.endsWith('euse')) return `${word.slice(0, -4)}eur`;
  if (word.endsWith('trice')) return `${word.slice(0, -5)}teur`;
  if (word.endsWith('ive')) return `${word.slice(0, -3)}if`;
  if (word.endsWith('ere')) return `${word.slice(0, -3)}er`;
  if (word.endsWith('ette')) return word.slice(0, -2);
  if (word.endsWith('e')) return word.slice(0, -1);
  return word;
}

export interface KeyWord {
  /** The word as written, lower case. */
  text: string;
  /** What it is compared by. */
  key: string;
  /** Whether it is a content word (not a function word). */
  content: boolean;
}

/** The words of a text: split at spaces, punctuation and hyphens; elided articles cut off. */
export function keyWords(text: string, forms: boolean): KeyWord[] {
  const words: KeyWord[] = [];
  for (const raw of text.split(/[^\p{L}\p{N}'’ʼ]+/u)) {
    const folded = foldWord(raw).replace(/^'+|'+$/g, '');
    if (folded === '') continue;
    const elided = ELISION.exec(folded);
    if (elided) {
      words.push({ text: elided[0].slice(0, -1), key: elided[0].slice(0, -1), content: false });
    }
    // `aujourd'hui` stays one word; a left-over apostrophe joins nothing.
    const rest = elided ? folded.slice(elided[0].length) : folded;
    for (const part of rest === "aujourd'hui" ? [rest] : rest.split("'")) {
      if (part === '') continue;
      const content = !FUNCTION_WORDS.has(part);
      words.push({ text: part, key: content && forms ? baseForm(part) : part, content });
    }
  }
  return words;
}

/** How the keyphrase's content words are found in one text. */
export interface PhraseMatch {
  /** Content words of the keyphrase found, each at most once. */
  found: number;
  /** Share of the keyphrase's content words found, 0–100. */
  percent: number;
  /** Full occurrences: the fewest times any content word occurs (0 unless all are found). */
  occurrences: number;
}

export interface Keyphrase {
  /** The keyphrase as set, trimmed. */
  text: string;
  /** Its words, function words included, in order. */
  words: KeyWord[];
  /** Its content words' keys, each once. */
  keys: string[];
  match(text: string): PhraseMatch;
  /**
   * Whether `text` begins with the keyphrase: its words in order, in the first place once any
   * leading function words (« La coopération militaire… ») are skipped.
   */
  beginsWith(text: string): boolean;
  /** Whether `text` holds the keyphrase's words in order, next to each other. */
  containsInOrder(text: string): boolean;
}

/** The keyphrase, ready to be found in titles, paragraphs, slugs. */
export function parseKeyphrase(phrase: string, { forms = true }: { forms?: boolean } = {}): Keyphrase {
  const words = keyWords(phrase, forms);
  const keys = [...new Set(words.filter((word) => word.content).map((word) => word.key))];
  const sequence = words.map((word) => word.key);

  const indexOfSequence = (tokens: readonly string[]): number => {
    if (sequence.length === 0) return -1;
    outer: for (let i = 0; i + sequence.length <= tokens.length; i++) {
      for (let j = 0; j < sequence.length; j++) if (tokens[i + j] !== sequence[j]) continue outer;
      return i;
    }
    return -1;
  };

  return {
    text: phrase.trim(),
    words,
    keys,
    match(text) {
      if (keys.length === 0) return { found: 0, percent: 0, occurrences: 0 };
      const counts = new Map<string, number>(keys.map((key) => [key, 0]));
      for (const word of keyWords(text, forms)) {
        const count = counts.get(word.key);
        if (count !== undefined && word.content) counts.set(word.key, count + 1);
      }
      const values = [...counts.values()];
      const found = values.filter((count) => count > 0).length;
      return { found, percent: (found * 100) / keys.length, occurrences: Math.min(...values) };
    },
    beginsWith(text) {
      const tokens = keyWords(text, forms);
      const at = indexOfSequence(tokens.map((word) => word.key));
      if (at < 0) return false;
      return tokens.slice(0, at).every((word) => !word.content);
    },
    containsInOrder(text) {
      return indexOfSequence(keyWords(text, forms).map((word) => word.key)) >= 0;
    },
  };
}
