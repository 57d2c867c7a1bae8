import { createRequire } from 'node:module';

/**
 * ISO 639-3 (what franc returns) to ISO 639-1 (what articles write in `lang`), for the
 * languages an article or a seed is plausibly written in. Identification is restricted to
 * them: on short texts, franc's full set of 180+ languages confuses French with its neighbours
 * (Occitan, Catalan, Picard…), which no Plume user writes in.
 */
const ISO_639_1: Record<string, string> = {
  fra: 'fr',
  eng: 'en',
  deu: 'de',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  pol: 'pl',
  ron: 'ro',
  ces: 'cs',
  slk: 'sk',
  hun: 'hu',
  swe: 'sv',
  dan: 'da',
  nob: 'no',
  fin: 'fi',
  ell: 'el',
  tur: 'tr',
  rus: 'ru',
  ukr: 'uk',
  bul: 'bg',
  srp: 'sr',
  hrv: 'hr',
  slv: 'sl',
  lit: 'lt',
  lav: 'lv',
  est: 'et',
  arb: 'ar',
  heb: 'he',
  pes: 'fa',
  hin: 'hi',
  ben: 'bn',
  urd: 'ur',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  vie: 'vi',
  tha: 'th',
  ind: 'id',
  zsm: 'ms',
  swh: 'sw',
  cat: 'ca',
};
const ONLY = Object.keys(ISO_639_1);

/** The ISO 639-1 codes `lang` may name: those the language rules can identify. */
export const KNOWN_LANGUAGES: ReadonlySet<string> = new Set(Object.values(ISO_639_1));

/** Below this many characters franc's guess is unreliable, so no verdict is given. */
export const MIN_IDENTIFIABLE_LENGTH = 200;

/**
 * franc reads at most 2048 characters (from the start) and its cost grows linearly with them
 * (about 1 ms per 1,000 characters against 27 Latin-script languages); its trigram profile
 * settles on a few hundred. Longer texts are read in three windows, from the start, the middle
 * and the end, so a quotation in another language at one place cannot sway it. 3 × 150
 * characters give every corpus article, example and seed the verdict 3 × 300 gave, with the same
 * lead of French over the runner-up (Catalan or English), at half the cost.
 */
export const SAMPLE_WINDOW = 150;

/** Up to three windows of the text, each cut at a space so that no word is split. */
export function languageSample(text: string): string {
  if (text.length <= 3 * SAMPLE_WINDOW) return text;
  const window = (from: number) => {
    const start = from === 0 ? 0 : text.indexOf(' ', from) + 1;
    const end = text.lastIndexOf(' ', start + SAMPLE_WINDOW);
    return text.slice(start, end > start ? end : start + SAMPLE_WINDOW);
  };
  const middle = Math.floor((text.length - SAMPLE_WINDOW) / 2);
  return [window(0), window(middle), window(text.length - SAMPLE_WINDOW - 1)].join(' ');
}

/** The ISO 639-1 code of a text's language, or undefined when it is too short to tell. */
export function identifyLanguage(text: string, minLength = MIN_IDENTIFIABLE_LENGTH): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length < minLength) return undefined;
  const code = loadLanguageIdentifier().franc(languageSample(trimmed), { only: ONLY, minLength });
  return ISO_639_1[code];
}

let loaded: typeof import('franc') | undefined;

/**
 * franc builds the trigram tables of its 400 language models when it is loaded (about 40 ms):
 * loaded on first use, so a thread that never identifies a language (the CLI's main thread,
 * which hands files to workers) never pays for it. `require` of an ES module keeps rules
 * synchronous.
 */
export function loadLanguageIdentifier(): typeof import('franc') {
  if (loaded) return loaded;
  // This exact form is what the Action's bundler recognises and bundles (see its bundle.mjs).
  const require = createRequire(import.meta.url);
  loaded = require('franc') as typeof import('franc');
  return loaded;
}

/** `fr`, `fr-FR`, `fr_CA` all name French. */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split(/[-_]/u)[0] ?? tag;
