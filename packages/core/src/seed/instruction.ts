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
 * Each directive reads one comma-separated part; a part may hold several ("write in French
 * with subheadings"). They only read English, ASCII parts: a French first line that happens to
 * mention "SEO" or a number must stay article text.
 */
const DIRECTIVES: Directive[] = [
  (part) => {
    const m = new RegExp(`(?:^|\\b(?:in|into)\\s+)(${LANGUAGE_NAMES})\\b`, 'i').exec(part);
    return m?.[1] ? { lang: LANGUAGES[m[1].toLowerCase()] } : undefined;
  },
  (part) => {
    const m = /\b(\d{2,6})\s*\+?\s*words?\b/i.exec(part);
    return m?.[1] ? { minWords: Number(m[1]) } : undefined;
  },
  (part) =>
    /\bsub-?headings?\b|\bsub-?titles?\b|\bh2s?\b|\bsections\b/i.test(part)
      ? { subheadings: true }
      : undefined,
  (part) => (/\bseo\b/i.test(part) ? { seo: true } : undefined),
  // "Make this article …" is a directive even when the rest is not understood.
  (part) =>
    /^(?:please\s+)?make\s+(?:this|the)\s+(?:article|text|post|story)\b/i.test(part) ? {} : undefined,
];

/** English instructions are plain ASCII with no French function word; French prose is neither. */
const isEnglishPart = (part: string) =>
  /^[\x20-\x7e]+$/.test(part) &&
  !/\b(?:le|la|les|des|du|une|est|et|pour|dans|avec|selon|sur|que|qui|pas|au|aux)\b/i.test(part);

/** `keyphrase: …`, `focus keyphrase "…"`, `keyword is …`, the value possibly quoted. */
const KEYPHRASE_DIRECTIVE =
  /^(?:(?:use|with|set)\s+)?(?:the\s+|a\s+)?(?:focus\s+)?key-?(?:phrase|word)(?:\s*[:=]\s*|\s+is\s+|\s+(?=["“«]))["“«]?\s*([^"“”«»]+?)\s*["”»]?$/i;

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
    // `keyphrase: coopération militaire`: the one directive whose value may be French.
    const keyphrase = KEYPHRASE_DIRECTIVE.exec(part)?.[1]?.trim();
    if (keyphrase) {
      known++;
      options.keyphrase = keyphrase;
      continue;
    }
    const matched = isEnglishPart(part) ? DIRECTIVES.map((d) => d(part)).filter((r) => r !== undefined) : [];
    if (matched.length > 0) {
      known++;
      Object.assign(options, ...matched);
    } else {
      unknown.push(part);
    }
  }
  return known > 0 ? { options, unknown } : undefined;
}
