import { foreignQuotes } from './foreign-quotes.js';
import { isProtected, mergeRanges, protectedRanges, type Range } from './prose.js';

/**
 * French typography of Markdown prose (DESIGN §4.3 `french-typography`), as replacements.
 *
 * Spaces: a no-break space (U+00A0) or a narrow no-break space (U+202F) is accepted before
 * `: ; ! ?` and inside « ». Fixes insert what the Imprimerie nationale prescribes: the narrow
 * one before `; ! ?`, the full no-break space before `:` and inside guillemets.
 */
export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

/**
 * Apostrophes are only ever fixed toward the typographic `’` French typography prefers:
 * `consistent` accepts a text that uses one kind throughout and turns the straight ones of a
 * mixed text into `’`; `typographic` turns every straight one into `’`; `straight` accepts both.
 */
export type ApostropheStyle = 'consistent' | 'typographic' | 'straight';

export interface TypographyOptions {
  apostrophe: ApostropheStyle;
  /** Straight double quotes "…" become « … ». */
  guillemets: boolean;
}

export interface TypographyIssue {
  start: number;
  end: number;
  /** Replacement text for [start, end). */
  text: string;
  message: string;
}

const NO_BREAK = new Set([NBSP, NNBSP]);
/** The marks that take a no-break space: `: ; ! ?` before, guillemets inside. */
const MARKS = /[:;!?«»]/g;
const LETTER_OR_CLOSER = /[\p{L}\p{N})\]*_»”’]/u;

/**
 * Typography issues of the prose of `text` from offset `from` (the end of the front matter).
 * `nonProse` adds ranges the Markdown parse knows are not prose (code, HTML elements such as
 * `<script>`, text in another language); quotations in another language are left alone too.
 */
export function typographyIssues(
  text: string,
  from: number,
  options: TypographyOptions,
  nonProse: readonly Range[] = [],
): TypographyIssue[] {
  const parsed = mergeRanges([...protectedRanges(text, from), ...nonProse]);
  const ranges = mergeRanges([
    ...parsed,
    ...foreignQuotes(text, from, (offset) => !isProtected(parsed, offset)),
  ]);
  const prose = (offset: number) => !isProtected(ranges, offset);
  const issues: TypographyIssue[] = [];

  // A regex finds the next mark several times faster than a loop over every character; the
  // mark comes before the prose test, a search in the protected ranges.
  MARKS.lastIndex = from;
  while (MARKS.test(text)) {
    const i = MARKS.lastIndex - 1;
    const c = text.charAt(i);
    if (!prose(i)) continue;
    if (c === '«') spaceAfterOpening(text, i, issues);
    else if (c === '»') spaceBeforeClosing(text, i, issues);
    else spaceBefore(text, i, c, issues);
  }
  if (options.guillemets) straightQuotes(text, from, prose, issues);
  apostrophes(text, from, prose, options.apostrophe, issues);
  return issues.sort((a, b) => a.start - b.start);
}

/** `:)`, `;-)`, `:-/`, `:D`, `:p`: a smiley, not punctuation, when nothing but space follows. */
const EMOTICON = /^[:;]['-]?[()/\\|[\]DPpOo3*]+(?=$|[\s.,!?»”)])/u;

function spaceBefore(text: string, i: number, mark: string, issues: TypographyIssue[]): void {
  if ((mark === ':' || mark === ';') && EMOTICON.test(text.slice(i, i + 6))) return;
  const before = text.charAt(i - 1);
  const after = text.charAt(i + 1);
  const space = mark === ':' ? NBSP : NNBSP;
  if (NO_BREAK.has(before)) return;
  if (before === ' ') {
    // Collapse the run of spaces so the fix leaves exactly one no-break space.
    let start = i - 1;
    while (text.charAt(start - 1) === ' ') start--;
    if (start === 0 || text.charAt(start - 1) === '\n') return;
    issues.push({
      start,
      end: i,
      text: space,
      message: `Expected a no-break space before « ${mark} », found a normal space.`,
    });
    return;
  }
  // A mark glued to a word: only when it ends a clause, so 14:30, http: and ?! are left alone.
  const endsClause = after === '' || after === ' ' || after === '\n' || after === '\r';
  if (LETTER_OR_CLOSER.test(before) && endsClause) {
    issues.push({
      start: i,
      end: i,
      text: space,
      message: `Expected a no-break space before « ${mark} », found none.`,
    });
  }
}

function spaceAfterOpening(text: string, i: number, issues: TypographyIssue[]): void {
  const after = text.charAt(i + 1);
  if (NO_BREAK.has(after) || after === '\n' || after === '') return;
  let end = i + 1;
  while (text.charAt(end) === ' ') end++;
  issues.push({
    start: i + 1,
    end,
    text: NBSP,
    message: `Expected a no-break space after the opening guillemet «, found ${end > i + 1 ? 'a normal space' : 'none'}.`,
  });
}

function spaceBeforeClosing(text: string, i: number, issues: TypographyIssue[]): void {
  const before = text.charAt(i - 1);
  if (NO_BREAK.has(before) || before === '\n' || i === 0) return;
  let start = i;
  while (text.charAt(start - 1) === ' ') start--;
  issues.push({
    start,
    end: i,
    text: NBSP,
    message: `Expected a no-break space before the closing guillemet », found ${start < i ? 'a normal space' : 'none'}.`,
  });
}

/** Pairs of straight double quotes within one paragraph become guillemets. */
function straightQuotes(
  text: string,
  from: number,
  prose: (offset: number) => boolean,
  issues: TypographyIssue[],
): void {
  // Most texts have no straight double quote: they skip the paragraph scan.
  if (text.indexOf('"', from) === -1) return;
  for (const paragraph of text.slice(from).matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/gu)) {
    const base = from + (paragraph.index ?? 0);
    const quotes: number[] = [];
    for (let k = paragraph[0].indexOf('"'); k !== -1; k = paragraph[0].indexOf('"', k + 1)) {
      if (prose(base + k)) quotes.push(base + k);
    }
    if (quotes.length % 2 !== 0) continue;
    for (let q = 0; q < quotes.length; q += 2) {
      const open = quotes[q] as number;
      const close = quotes[q + 1] as number;
      let innerStart = open + 1;
      while (text.charAt(innerStart) === ' ') innerStart++;
      let innerEnd = close;
      while (innerEnd > innerStart && text.charAt(innerEnd - 1) === ' ') innerEnd--;
      const message = 'Expected French quotation marks « … », found straight quotes "…".';
      issues.push({ start: open, end: innerStart, text: `«${NBSP}`, message });
      issues.push({ start: innerEnd, end: close + 1, text: `${NBSP}»`, message });
    }
  }
}

const STRAIGHT_APOSTROPHE = /(?<=\p{L})'(?=\p{L})/gu;
const TYPOGRAPHIC_APOSTROPHE = /(?<=\p{L})’(?=\p{L})/gu;

/**
 * Straight apostrophes inside words become `’` (never the reverse): every one under
 * `typographic`, and under `consistent` only in a text that also uses `’`.
 */
function apostrophes(
  text: string,
  from: number,
  prose: (offset: number) => boolean,
  style: ApostropheStyle,
  issues: TypographyIssue[],
): void {
  if (style === 'straight') return;
  const body = text.slice(from);
  const straight = [...body.matchAll(STRAIGHT_APOSTROPHE)].map((m) => from + (m.index ?? 0)).filter(prose);
  if (straight.length === 0) return;
  if (style === 'consistent') {
    const typographic = [...body.matchAll(TYPOGRAPHIC_APOSTROPHE)].some((m) => prose(from + (m.index ?? 0)));
    if (!typographic) return;
  }
  const why = style === 'consistent' ? ', as elsewhere in this text' : '';
  for (const offset of straight) {
    issues.push({
      start: offset,
      end: offset + 1,
      text: '’',
      message: `Expected the typographic apostrophe « ’ »${why}, found « ' ».`,
    });
  }
}

/** Applies non-overlapping replacements, as the runner does with rule fixes. */
export function applyIssues(text: string, issues: readonly TypographyIssue[]): string {
  let out = '';
  let cursor = 0;
  for (const issue of [...issues].sort((a, b) => a.start - b.start)) {
    if (issue.start < cursor) continue;
    out += text.slice(cursor, issue.start) + issue.text;
    cursor = issue.end;
  }
  return out + text.slice(cursor);
}
