import type { SeedOptions } from './types.js';

export interface Instruction {
  options: Partial<SeedOptions>;
  /** Parts of the line that named no directive, reported as warnings and ignored. */
  unknown: string[];
}

/** English names of languages a writer may ask for, to ISO 639-1. */
const LANGUAGES: Record<string, string> = {
  french: 'fr',
  english: 'en',
  spanish: 'es',
  german: 'de',
  italian: 'it',
  portuguese: 'pt',
  dutch: 'nl',
};
const LANGUAGE_NAMES = Object.keys(LANGUAGES).join('|');

type Directive = (part: string) => Partial<SeedOptions> | undefined;

/**
 * Each directive reads one comma-separated part. They are deliberately English phrasings:
 * a French first line that happens to mention "SEO" or a number must stay article text.
 */
const DIRECTIVES: Directive[] = [
  (part) => {
    const m = new RegExp(
      `^(?:(?:please\\s+)?(?:be|write(?:\\s+it)?|written|translate(?:\\s+it)?)\\s+)?(?:in|into)\\s+(${LANGUAGE_NAMES})(?:\\s+language)?$`,
      'i',
    ).exec(part);
    return m?.[1] ? { lang: LANGUAGES[m[1].toLowerCase()] } : undefined;
  },
  (part) => {
    const m =
      /^(?:(?:please\s+)?(?:create|write|make\s+it|have|use|be|with|contain|produce)\s+)?(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|min\.?|no\s+less\s+than|more\s+than|over)?\s*(\d{2,6})\s*\+?\s*words?(?:\s+(?:minimum|or\s+more|long|at\s+least))?$/i.exec(
        part,
      );
    return m?.[1] ? { minWords: Number(m[1]) } : undefined;
  },
  (part) =>
    // ASCII only: an English directive, not a French sentence quoting the word.
    /\bsub-?headings?\b|\bsub-?titles?\b|\bh2s?\b/i.test(part) && /^[\x20-\x7e]+$/.test(part)
      ? { subheadings: true }
      : undefined,
  (part) => {
    const m = /^(?:please\s+)?make\s+(?:this|the)\s+(?:article|text|post|story)\b\s*(.*)$/i.exec(part);
    if (!m) return undefined;
    return /\bseo\b/i.test(m[1] ?? '') ? { seo: true } : {};
  },
  (part) =>
    /^(?:(?:be|make\s+it|optimi[sz]e(?:\s+it)?\s+for)\s+)?seo(?:[\s-]+(?:compatible|friendly|optimi[sz]ed|ready))?$/i.test(
      part,
    )
      ? { seo: true }
      : undefined,
];

/** A first line longer than this is prose, whatever it mentions. */
const MAX_INSTRUCTION_LENGTH = 400;

/**
 * Reads an optional English instruction line such as `Make this article seo compatible, be in
 * french, create at least 700 words`. Returns undefined when no part of the line is a known
 * directive: the line is then article text.
 */
export function parseInstruction(line: string): Instruction | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > MAX_INSTRUCTION_LENGTH) return undefined;
  const parts = trimmed
    .split(/\s*(?:[,;]|\.(?=\s|$)|\band\b)\s*/i)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const options: Partial<SeedOptions> = {};
  const unknown: string[] = [];
  let known = 0;
  for (const part of parts) {
    const matched = DIRECTIVES.map((d) => d(part)).find((r) => r !== undefined);
    if (matched) {
      known++;
      Object.assign(options, matched);
    } else {
      unknown.push(part);
    }
  }
  return known > 0 ? { options, unknown } : undefined;
}
