/**
 * Numbers in French and English writing, reduced to values so that « 1 000 », « 1000 »,
 * « 1,5 » and « 1.5 » compare equal. A form that is ambiguous between the two conventions
 * (« 1.500 », « 1,500 ») stands for both of its readings.
 */

export interface FoundNumber {
  /** Offset of the number in the scanned text. */
  start: number;
  end: number;
  text: string;
  /** Every value the written form may mean. */
  values: number[];
}

const SPACES = '[ \u00A0\u202F]';
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,3}(?:${SPACES}\\d{3})+(?:[,.]\\d+)?(?!\\p{N})|(?<![\\p{L}\\p{N}.,])\\d+(?:[.,]\\d+)*(?![\\p{N}])`,
  'gu',
);

/** Every number written with digits in `text`. */
export function findNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const raw = match[0].replace(/[.,]$/u, '');
    const values = readings(raw);
    if (values.length > 0) {
      found.push({ start: match.index, end: match.index + raw.length, text: raw, values });
    }
  }
  return found;
}

function readings(raw: string): number[] {
  const compact = raw.replace(/[ \u00A0\u202F]/gu, '');
  const values = new Set<number>();
  const separators = compact.replace(/\d/gu, '');
  if (separators === '') values.add(Number(compact));
  else if (separators.length === 1) {
    // « 1,5 » or « 1.5 »: a decimal; « 1,500 » or « 1.500 »: also a thousands separator.
    values.add(Number(compact.replace(',', '.')));
    if (/^\d{1,3}[.,]\d{3}$/u.test(compact)) values.add(Number(compact.replace(/[.,]/u, '')));
  } else {
    // « 1.234.567 », « 1,234,567 », « 1.234,5 », « 1,234.5 »: the last different mark is decimal.
    const last = separators.at(-1) as string;
    const thousands = separators.at(0) as string;
    if (last === thousands) values.add(Number(compact.replaceAll(last, '')));
    else values.add(Number(compact.replaceAll(thousands, '').replace(last, '.')));
  }
  return [...values].filter(Number.isFinite);
}

/** Numbers commonly written out in words, so that a source saying « trois » backs an article's « 3 ». */
const WRITTEN: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  mille: 1000,
  premier: 1,
  première: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twenty: 20,
  hundred: 100,
  thousand: 1000,
};

/** All the values a source text mentions, in digits or in common written-out words. */
export function sourceValues(source: string): Set<number> {
  const values = new Set<number>();
  for (const number of findNumbers(source)) for (const value of number.values) values.add(value);
  for (const word of source.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const value = WRITTEN[word];
    if (value !== undefined) values.add(value);
  }
  return values;
}
