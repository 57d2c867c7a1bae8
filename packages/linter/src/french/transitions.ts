import { normaliseWord } from './normalise-word.js';

/**
 * French transition words and phrases (connecteurs logiques): addition, cause, consequence,
 * opposition, illustration, sequence, conclusion. Written for Plume from French grammar
 * references; deliberately not Yoast's list (GPL). Multi-word phrases are matched as whole
 * word sequences, with apostrophes normalised.
 */
const TRANSITIONS = [
  // addition
  'de plus, en outre, par ailleurs, d’ailleurs, également, aussi, ainsi que, de même, de même que, ' +
    'non seulement, mais aussi, mais encore, en plus, en plus de, outre, qui plus est, sans compter que, ' +
    'surtout, notamment, en particulier, particulièrement, voire',
  // cause
  'car, parce que, puisque, étant donné, étant donné que, vu que, grâce à, en raison de, du fait que, ' +
    'à cause de, dès lors que, d’autant plus que, d’autant que',
  // consequence and purpose
  'donc, ainsi, alors, par conséquent, en conséquence, c’est pourquoi, de ce fait, si bien que, de sorte que, ' +
    'de telle sorte que, c’est ainsi que, dès lors, d’où, afin de, afin que, pour que, dans le but de, ' +
    'de manière à, de façon à, en vue de',
  // opposition and concession
  'mais, cependant, toutefois, néanmoins, pourtant, or, en revanche, au contraire, par contre, tandis que, ' +
    'alors que, bien que, quoique, malgré, en dépit de, certes, même si, sinon, à l’inverse, au lieu de, ' +
    'quand même, tout de même, il n’empêche, malgré tout, pour autant, plutôt que, autrement',
  // illustration and reformulation
  'par exemple, en effet, effectivement, c’est-à-dire, autrement dit, en fait, en réalité, de fait, à savoir, ' +
    'comme le montre, tel que, telle que, tels que, telles que, en d’autres termes, pour illustrer, ' +
    'à titre d’exemple',
  // sequence and time
  'd’abord, tout d’abord, premièrement, deuxièmement, troisièmement, ensuite, puis, enfin, finalement, ' +
    'en premier lieu, en second lieu, en dernier lieu, d’une part, d’autre part, pour commencer, ' +
    'par la suite, auparavant, désormais, aussitôt, entre-temps, pendant ce temps, simultanément, ' +
    'parallèlement, dorénavant, à présent, jusqu’à présent, lorsque, dès que, pendant que',
  // time, condition, reference and means
  'à mesure que, au fur et à mesure, plus tard, jusqu’ici, ' +
    'à l’heure actuelle, en même temps, selon, quant à, en matière de, dans le cadre de, ' +
    'en ce qui concerne, concernant, à propos de, quel que soit, quelle que soit, que ce soit, ' +
    'faute de, dans l’ensemble, par l’intermédiaire de, au moyen de, à l’aide de',
  // comparison, exception, circumstance
  'sauf, sauf que, à cette fin, dans ce but, de la même manière, de la même façon, ' +
    'à la lumière de, en cas de, dans le cas où, précédemment, contrairement à, avant que, ' +
    'après que, autant que, personnellement, à l’instar de, par rapport à, en comparaison, ' +
    'comme si, d’un côté, de l’autre côté, en retour',
  // source, stance and emphasis
  'd’après, face à, à partir de, plus précisément, malheureusement, après réflexion, ' +
    'pour l’instant, pour le moment, à cet égard, d’un autre côté, encore une fois, pour reprendre, ' +
    'jusque-là, autant dire, la prochaine fois, certainement, essentiellement',
  // viewpoint and manner
  'après tout, en tant que, plutôt, davantage, au total, sans doute, au fil de, ' +
    'en ce sens, à ce sujet, pour cela, cela dit, compte tenu de, en retour, entre autres, dans cette optique, ' +
    'de cette façon, de cette manière, soit',
  // conclusion
  'en conclusion, pour conclure, en résumé, en somme, bref, en bref, en définitive, au final, somme toute, ' +
    'globalement, en fin de compte, tout compte fait, pour résumer, avant tout',
  // condition, restriction and nuance
  'à condition que, à condition de, pourvu que, au cas où, à moins que, dans ce cas, en tout cas, ' +
    'de toute façon, quoi qu’il en soit, en général, généralement, au moins, du moins, évidemment, ' +
    'bien sûr, naturellement',
].flatMap((group) => group.split(/,\s*/u));

/**
 * Words that link to what precedes only when they open the sentence: « De plus, … »,
 * « Bref, … », « Concernant… », but « de plus grande taille », « un bref passage », « au moins
 * trois » qualify.
 */
const OPENING_ONLY = new Set(
  (
    'de plus, surtout, bref, concernant, à présent, en même temps, évidemment, bien sûr, naturellement, ' +
    'généralement, particulièrement, au moins, en plus'
  ).split(/,\s*/u),
);

/** Phrases that contain a transition but are not one (« de plus en plus » is not « de plus »). */
const NOT_TRANSITIONS = ['de plus en plus', 'de moins en moins'];

/** The phrases as they are looked up: normalised words (straight apostrophes) joined by a space. */
export const TRANSITION_PHRASES: ReadonlySet<string> = new Set(
  TRANSITIONS.map((phrase) => phrase.split(' ').map(normaliseWord).join(' ')),
);
const LONGEST = Math.max(...[...TRANSITION_PHRASES].map((phrase) => phrase.split(' ').length));
/**
 * The words a phrase or a decoy can start with: a sentence's other words are passed over
 * without building the strings to look up (that was most of this rule's time).
 */
const FIRST_WORDS = new Set(
  [...TRANSITION_PHRASES, ...NOT_TRANSITIONS].map((phrase) => phrase.split(' ')[0]),
);
/**
 * Every phrase cut after each of its words (`à`, `à l'instar`, `à l'instar de`): reading on
 * from a word stops at the first word sequence that starts no phrase.
 */
const PREFIXES = new Set(
  [...TRANSITION_PHRASES].flatMap((phrase) => {
    const parts = phrase.split(' ');
    return parts.map((_, n) => parts.slice(0, n + 1).join(' '));
  }),
);

/**
 * The first transition word or phrase of a sentence, given its words, or undefined. Elided
 * words stay whole (« d’abord », « c’est pourquoi »), as they are stored.
 */
export function findTransition(words: readonly string[]): string | undefined {
  return findTransitionInTokens(words.map(normaliseWord));
}

/** `findTransition` on words already normalised (see `normaliseWord`). */
export function findTransitionInTokens(tokens: readonly string[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (!FIRST_WORDS.has(token) && !token.includes(' ')) continue;
    const decoy = decoyAt(tokens, i);
    if (decoy !== undefined) {
      i += decoy.split(' ').length - 1;
      continue;
    }
    const phrase = phraseAt(tokens, i);
    if (phrase !== undefined) return phrase;
  }
  return undefined;
}

/** The decoy (« de plus en plus ») the words from `i` on read as, if any. */
function decoyAt(tokens: readonly string[], i: number): string | undefined {
  const token = tokens[i] as string;
  // Only a word that starts a decoy can open one; the others skip building the text ahead.
  if (!NOT_TRANSITIONS.some((decoy) => decoy.startsWith(token) || token.startsWith(decoy))) return undefined;
  const ahead = tokens.slice(i, i + 4).join(' ');
  return NOT_TRANSITIONS.find((decoy) => ahead.startsWith(decoy));
}

/** The longest phrase starting at word `i` that may stand there (some only open a sentence). */
function phraseAt(tokens: readonly string[], i: number): string | undefined {
  const found: string[] = [];
  let candidate = '';
  for (let n = 1; n <= Math.min(LONGEST, tokens.length - i); n++) {
    candidate = n === 1 ? (tokens[i] as string) : `${candidate} ${tokens[i + n - 1]}`;
    if (!PREFIXES.has(candidate)) break;
    if (TRANSITION_PHRASES.has(candidate)) found.push(candidate);
  }
  for (let k = found.length - 1; k >= 0; k--) {
    const phrase = found[k] as string;
    if (i === 0 || !OPENING_ONLY.has(phrase)) return phrase;
  }
  return undefined;
}
