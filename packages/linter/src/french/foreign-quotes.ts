import { englishWordForms, frenchWordForms } from './speller.js';

/** A half-open range [start, end) of offsets. */
export interface QuoteRange {
  start: number;
  end: number;
}

/**
 * Quotations in a language other than French, which French typography leaves as written: an
 * English quotation keeps its straight or curly quotes and its `?` glued to the word. A quote of
 * two words or more is foreign when most of its words are English words that are not French
 * ones (dictionary-en against dictionary-fr): on such short texts a language identifier such as
 * franc guesses, while dictionaries answer. One word in quotes is a French use of it.
 */
const QUOTE = /"([^"\n]{2,400})"|“([^”\n]{2,400})”|«\s*([^»\n]{2,400}?)\s*»/gu;

export function foreignQuotes(
  text: string,
  from: number,
  isProse: (offset: number) => boolean,
): QuoteRange[] {
  const ranges: QuoteRange[] = [];
  QUOTE.lastIndex = from;
  for (let match = QUOTE.exec(text); match !== null; match = QUOTE.exec(text)) {
    if (!isProse(match.index)) continue;
    const inner = match[1] ?? match[2] ?? match[3] ?? '';
    if (!isForeign(inner)) continue;
    if (match[3] === undefined) {
      ranges.push({ start: match.index, end: match.index + match[0].length });
    } else {
      // Guillemets are French marks around the quotation: their spacing stays French.
      const innerStart = match.index + match[0].indexOf(inner);
      ranges.push({ start: innerStart, end: innerStart + inner.length });
    }
  }
  return ranges;
}

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/**
 * French function words: a quotation that holds a few is French, without asking the
 * dictionaries (most quotations in a French article are French).
 */
const FRENCH_FUNCTION_WORDS = new Set(
  'le la les l un une des du de d et ou est sont à au aux en dans sur pour par avec que qu qui ne pas il elle ils elles nous vous on ce cette ces se son sa ses leur je j tu c s n y plus mais'.split(
    ' ',
  ),
);

/** Most words (at least two) are English and not French. */
export function isForeign(quote: string): boolean {
  const words = quote.match(WORD) ?? [];
  if (words.length < 2) return false;
  let french = 0;
  for (const word of words) {
    if (FRENCH_FUNCTION_WORDS.has(word.toLowerCase().split(/['’]/u)[0] ?? '')) french++;
  }
  if (french >= 2 || french * 4 > words.length) return false;
  const english = englishWordForms();
  const dictionary = frenchWordForms();
  let foreign = 0;
  for (const word of words) {
    const lower = word.toLowerCase().replace(/’/gu, "'");
    const isEnglish = english.correct(lower) || english.correct(word);
    if (isEnglish && !dictionary.correct(lower) && !dictionary.correct(word)) foreign++;
  }
  return foreign * 2 > words.length;
}
