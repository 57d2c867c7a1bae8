import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import nspell from 'nspell';
import { FormTable } from './form-table.js';
import { LetterTriples } from './letter-triples.js';

/**
 * The word forms of a Hunspell dictionary, with just what nspell's `correct()` reads of them.
 * nspell expands every affix into forms each time it starts (1.5 s and 200 MB for the French
 * dictionary, in every worker thread); the expanded forms are written once to a cache file keyed
 * by the dictionary’s content, and later runs and threads load them as one sorted string instead.
 * `correct()` here answers exactly as nspell's: the same conversions, case rules and flags.
 */
export interface WordForms {
  correct(word: string): boolean;
  /** Whether the dictionary holds this exact form (whatever its flags). */
  has(form: string): boolean;
  /** The forms themselves, for searches by prefix. */
  table: FormTable;
  /**
   * Which letters are ever found between two others in a lower-cased form, which the speller's
   * suggestions use to skip candidates that cannot be forms. Worked out with the expansion and
   * cached with it: it reads every form.
   */
  letterTriples: LetterTriples;
}

/** Flags of a form that change nspell's verdict, as bits. */
const ONLY_IN_COMPOUND = 1;
const FORBIDDEN = 2;
const KEEP_CASE = 4;

interface Compiled {
  /** ICONV: replacements applied to a word before it is looked up. */
  conversions: [RegExp, string][];
  compoundRules: RegExp[];
  compoundMin: number;
  forms: FormTable;
  /** The table's text, as written to the cache. */
  formsText: string;
  letterTriples: LetterTriples;
}

/** Bump when the file layout changes, so that old cache files are ignored. */
const FORMAT = 'plume-word-forms-5';

/**
 * Where the expanded dictionaries are kept; PLUME_DICTIONARY_CACHE overrides it. One directory
 * per user: on a shared machine, another user's files in the temporary directory are not trusted.
 */
export function wordFormsCacheDir(): string {
  const user = process.getuid?.();
  return (
    process.env.PLUME_DICTIONARY_CACHE ??
    join(tmpdir(), user === undefined ? 'plume-dictionaries' : `plume-dictionaries-${user}`)
  );
}

export interface HunspellFiles {
  aff: string;
  dic: string;
}

/**
 * The forms of a dictionary, from the cache file when there is one, otherwise expanded by nspell
 * from `files()` (and cached when the cache directory is writable). `identity` names the
 * dictionary for the cache: the files it is made from and how they are prepared, so that a new
 * dictionary version or preparation gets a new cache file; `files()` runs only on a miss.
 */
export function loadWordForms(identity: readonly string[], files: () => HunspellFiles): WordForms {
  const hash = createHash('sha256').update(FORMAT);
  for (const part of identity) hash.update(part).update('\0');
  const file = join(wordFormsCacheDir(), `${hash.digest('hex').slice(0, 32)}.txt`);
  let compiled = readCache(file);
  if (!compiled) {
    const { aff, dic } = files();
    compiled = expand(aff, dic);
    writeCache(file, compiled);
  }
  return lookups(compiled);
}

/** What nspell's expansion yields, reduced to the verdict-bearing flags of each form. */
function expand(aff: string, dic: string): Compiled {
  const spell = nspell({ aff, dic }) as unknown as {
    data: Record<string, string[] | undefined>;
    flags: Record<string, unknown>;
    conversion: { in: [RegExp, string][] };
    compoundRules: RegExp[];
  };
  const code = (name: string) => (name in spell.flags ? spell.flags[name] : undefined);
  const named: [number, unknown][] = [
    [ONLY_IN_COMPOUND, code('ONLYINCOMPOUND')],
    [FORBIDDEN, code('FORBIDDENWORD')],
    [KEEP_CASE, code('KEEPCASE')],
  ];
  const forms = new Map<string, number>();
  for (const [form, flags] of Object.entries(spell.data)) {
    // nspell only counts a form that has an entry (an array, possibly empty).
    if (!flags) continue;
    let bits = 0;
    for (const [bit, flag] of named)
      if (flag !== undefined && flags.indexOf(flag as string) > -1) bits |= bit;
    forms.set(form, bits);
  }
  const formsText = FormTable.serialise(forms);
  return {
    conversions: spell.conversion.in,
    compoundRules: spell.compoundRules,
    compoundMin: Number(spell.flags.COMPOUNDMIN),
    forms: FormTable.parse(formsText),
    formsText,
    letterTriples: LetterTriples.of(forms.keys()),
  };
}

/**
 * One header line (JSON: conversions, compound rules), then one form a line, followed by a tab
 * and its flag bits when it has any.
 */
function writeCache(file: string, compiled: Compiled): void {
  const header = JSON.stringify({
    format: FORMAT,
    conversions: compiled.conversions.map(([pattern, replacement]) => [
      pattern.source,
      pattern.flags,
      replacement,
    ]),
    compoundRules: compiled.compoundRules.map((rule) => [rule.source, rule.flags]),
    compoundMin: compiled.compoundMin,
    letterTriples: compiled.letterTriples.serialise(),
  });
  try {
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
    // Written aside then renamed, so a concurrent reader (another thread or run) never sees half a file.
    const partial = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(partial, `${header}\n${compiled.formsText}`);
    renameSync(partial, file);
  } catch {
    // A read-only or full disk only costs the next run the expansion again.
  }
}

function readCache(file: string): Compiled | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const headerEnd = text.indexOf('\n');
  try {
    const header = JSON.parse(text.slice(0, headerEnd === -1 ? text.length : headerEnd)) as {
      format: string;
      conversions: [string, string, string][];
      compoundRules: [string, string][];
      compoundMin: number;
      letterTriples: { letters: string; bits: string };
    };
    if (header.format !== FORMAT || headerEnd === -1) return undefined;
    const letterTriples = LetterTriples.parse(header.letterTriples);
    if (letterTriples === undefined) return undefined;
    const formsText = text.slice(headerEnd + 1);
    return {
      conversions: header.conversions.map(([source, flags, replacement]) => [
        new RegExp(source, flags),
        replacement,
      ]),
      compoundRules: header.compoundRules.map(([source, flags]) => new RegExp(source, flags)),
      compoundMin: header.compoundMin,
      forms: FormTable.parse(formsText),
      formsText,
      letterTriples,
    };
  } catch {
    // A damaged file is rebuilt.
    return undefined;
  }
}

/** nspell's `correct()` (lib/util/form.js, exact.js) over the compiled forms. */
function lookups({ conversions, compoundRules, compoundMin, forms, letterTriples }: Compiled): WordForms {
  // Each spelling's flags are looked up once, for both of nspell's questions about it.
  const exact = (value: string, bits: number | undefined): boolean =>
    bits !== undefined
      ? (bits & ONLY_IN_COMPOUND) === 0
      : value.length >= compoundMin && compoundRules.some((rule) => rule.test(value));
  const ignored = (bits: number | undefined): boolean => ((bits ?? 0) & (KEEP_CASE | FORBIDDEN)) !== 0;
  // The conversions (ligatures, apostrophes) almost never apply: one test spares the forty
  // replacements. If no pattern matches the word, none matches after the others either.
  const anyConversion =
    conversions.length > 0 && conversions.every(([pattern]) => pattern.flags === 'g')
      ? new RegExp(conversions.map(([pattern]) => `(?:${pattern.source})`).join('|'))
      : undefined;
  const correct = (word: string): boolean => {
    let normal = word.trim();
    if (normal === '') return false;
    if (anyConversion === undefined || anyConversion.test(normal))
      for (const [pattern, replacement] of conversions) normal = normal.replace(pattern, replacement);
    const bits = forms.bits(normal);
    if (exact(normal, bits)) return ((bits ?? 0) & FORBIDDEN) === 0;
    if (normal.toUpperCase() === normal) {
      const sentenceCase = normal.charAt(0) + normal.slice(1).toLowerCase();
      const sentenceCaseBits = forms.bits(sentenceCase);
      if (ignored(sentenceCaseBits)) return false;
      if (exact(sentenceCase, sentenceCaseBits)) return true;
    }
    const lower = normal.toLowerCase();
    if (lower !== normal) {
      const lowerBits = forms.bits(lower);
      if (ignored(lowerBits)) return false;
      if (exact(lower, lowerBits)) return true;
    }
    return false;
  };
  return {
    correct,
    has: (form) => forms.bits(form) !== undefined,
    table: forms,
    letterTriples,
  };
}
