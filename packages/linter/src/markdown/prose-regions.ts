import type { MicromarkToken } from 'markdownlint';

/** A half-open range [start, end) of file offsets. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** Maps a token's 1-based line and column (relative to the body) to a file offset. */
type OffsetOf = (line: number, column: number) => number;

/** Tokens whose whole text is not prose: code, math, URLs, link plumbing, entities, escapes. */
const NON_PROSE_TOKENS = new Set([
  'codeFenced',
  'codeIndented',
  'codeText',
  'mathFlow',
  'mathText',
  'htmlText',
  'autolink',
  'literalAutolink',
  'literalAutolinkEmail',
  'literalAutolinkHttp',
  'literalAutolinkWww',
  'resource',
  'reference',
  'definition',
  'characterReference',
  'characterEscape',
  'tableDelimiterRow',
  'gfmFootnoteCall',
  'gfmFootnoteDefinitionLabel',
]);

/**
 * HTML elements whose content is not prose: code and its kin, scripts, styles, drawings,
 * formulas, and raw text a browser shows as typed.
 */
const NON_PROSE_ELEMENTS = new Set([
  'script',
  'style',
  'pre',
  'code',
  'kbd',
  'samp',
  'var',
  'math',
  'svg',
  'textarea',
  'template',
  'iframe',
  'object',
  'noscript',
]);
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const TAG_OR_COMMENT = /<!--[\s\S]*?-->|<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/g;
const TAG = /^<(\/?)([A-Za-z][\w-]*)([^>]*?)(\/?)>$/;
const LANG = /\blang\s*=\s*["']?([A-Za-z-]+)/i;

interface TagEvent {
  start: number;
  end: number;
  name: string | undefined;
  closing: boolean;
  selfClosing: boolean;
  /** The `lang` attribute's base language, lower case. */
  lang: string | undefined;
}

function tagEvent(text: string, start: number): TagEvent {
  const tag = TAG.exec(text);
  const lang = tag?.[3] ? LANG.exec(tag[3])?.[1] : undefined;
  return {
    start,
    end: start + text.length,
    name: tag?.[2]?.toLowerCase(),
    closing: tag?.[1] === '/',
    selfClosing: tag?.[4] === '/',
    lang: lang?.toLowerCase().split('-')[0],
  };
}

/** Whether an opening tag starts an element whose content is not (French) prose. */
const opensNonProse = (event: TagEvent, proseLang: string): boolean =>
  event.name !== undefined &&
  !event.closing &&
  !event.selfClosing &&
  !VOID_ELEMENTS.has(event.name) &&
  (NON_PROSE_ELEMENTS.has(event.name) || (event.lang !== undefined && event.lang !== proseLang));

/**
 * The parts of a Markdown file that are not prose, as sorted, merged file-offset ranges: the front
 * matter, code (fenced, indented, inline), math, HTML tags and comments, the whole of HTML
 * elements whose content is not prose (`script`, `style`, `pre`, `code`, `kbd`, `svg`…) or is in
 * another language than the article's (`lang="en"`), URLs, link destinations and reference
 * labels, entities and escapes. No fix may change a byte of them.
 */
export function nonProseRanges(
  text: string,
  tokens: readonly MicromarkToken[],
  offsetOf: OffsetOf,
  frontMatterEnd: number,
  proseLang: string,
): OffsetRange[] {
  const ranges: OffsetRange[] = templateRanges(text, frontMatterEnd);
  if (frontMatterEnd > 0) ranges.push({ start: 0, end: frontMatterEnd });
  const tags: TagEvent[] = [];
  const visit = (list: readonly MicromarkToken[]) => {
    for (const token of list) {
      const type = token.type as string;
      const start = offsetOf(token.startLine, token.startColumn);
      if (type === 'htmlText') tags.push(tagEvent(token.text, start));
      if (NON_PROSE_TOKENS.has(type)) {
        ranges.push({ start, end: offsetOf(token.endLine, token.endColumn) });
      } else if (type === 'htmlFlow') {
        for (const match of token.text.matchAll(TAG_OR_COMMENT)) {
          const event = tagEvent(match[0], start + match.index);
          tags.push(event);
          ranges.push({ start: event.start, end: event.end });
        }
      } else if (token.children.length > 0) {
        visit(token.children);
      }
    }
  };
  visit(tokens);
  ranges.push(...elementRanges(tags, proseLang));
  return mergeRanges(ranges);
}

/**
 * What static-site generators read in Markdown and Markdown parsers take for text: code blocks of
 * Jekyll (`{% highlight js %}…{% endhighlight %}`) and Hugo (`{{< highlight go >}}…{{< /highlight >}}`),
 * template tags and expressions (`{% include x.html %}`, `{{ page.title }}`), and attribute
 * lists of kramdown and Pandoc (`{: target="_blank"}`, `{#id .class lang=en}`).
 */
const TEMPLATE = new RegExp(
  [
    '\\{%-?\\s*(highlight|raw|codeblock|code)\\b[\\s\\S]*?\\{%-?\\s*end\\1\\s*-?%\\}',
    '\\{\\{[<%]\\s*(highlight|code)\\b[\\s\\S]*?\\{\\{[<%]\\s*/\\2\\s*[>%]\\}\\}',
    '\\{%[^\\n]*?%\\}',
    '\\{\\{[^\\n]*?\\}\\}',
    '\\{[:#.][^{}\\n]*\\}',
    '\\{[^{}\\n]*=[^{}\\n]*\\}',
  ].join('|'),
  'gu',
);

function templateRanges(text: string, from: number): OffsetRange[] {
  // Most articles have no brace at all.
  if (text.indexOf('{', from) === -1) return [];
  const ranges: OffsetRange[] = [];
  TEMPLATE.lastIndex = from;
  for (let match = TEMPLATE.exec(text); match !== null; match = TEMPLATE.exec(text)) {
    ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/** The spans of non-prose elements, from their opening tag to the end of their closing tag. */
function elementRanges(tags: readonly TagEvent[], proseLang: string): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  let open: { name: string; start: number; depth: number } | undefined;
  for (const event of tags) {
    if (open === undefined) {
      if (opensNonProse(event, proseLang))
        open = { name: event.name as string, start: event.start, depth: 1 };
      continue;
    }
    if (event.name !== open.name || event.selfClosing) continue;
    open.depth += event.closing ? -1 : 1;
    if (open.depth === 0) {
      ranges.push({ start: open.start, end: event.end });
      open = undefined;
    }
  }
  // An element left open runs to the end of the file: nothing after it is safe to touch.
  if (open) ranges.push({ start: open.start, end: Number.POSITIVE_INFINITY });
  return ranges;
}

export function mergeRanges(ranges: OffsetRange[]): OffsetRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: OffsetRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * Whether replacing [start, end) would change a byte of a range: a replacement that overlaps it,
 * or an insertion strictly inside it (an insertion at a range's edge leaves it whole).
 */
export function overlapsRanges(ranges: readonly OffsetRange[], start: number, end: number): boolean {
  const touches = (range: OffsetRange) =>
    start === end ? range.start < start && start < range.end : start < range.end && end > range.start;
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid] as OffsetRange;
    if (touches(range)) return true;
    if (range.start >= end) high = mid - 1;
    else low = mid + 1;
  }
  return false;
}

/** Whether the offset falls inside one of the sorted ranges. */
export function insideRanges(ranges: readonly OffsetRange[], offset: number): boolean {
  return overlapsRanges(ranges, offset, offset + 1);
}

/** A list item shorter than this is a label or a fragment, not running prose. */
export const MIN_LIST_ITEM_WORDS = 10;

/**
 * Whether a rendered block is running prose that style rules may judge: a paragraph, not a
 * heading, a table cell or an image caption, and not a list item of a few words.
 */
export function isProseBlock(
  block: { kind: string; inList: boolean; caption: boolean },
  words: number,
): boolean {
  if (block.kind !== 'paragraph' || block.caption) return false;
  return !block.inList || words >= MIN_LIST_ITEM_WORDS;
}

/**
 * The fixes of the kept diagnostics that change prose only; a diagnostic whose fix would touch a
 * non-prose range is left unfixed and no longer claims to be fixable.
 */
export function keepProseFixes<D extends { fixable: boolean }, F extends OffsetRange>(
  diagnostics: readonly D[],
  fixOf: ReadonlyMap<D, F>,
  ranges: readonly OffsetRange[],
): F[] {
  const fixes: F[] = [];
  for (const diagnostic of diagnostics) {
    const fix = fixOf.get(diagnostic);
    if (fix === undefined) continue;
    if (overlapsRanges(ranges, fix.start, fix.end)) diagnostic.fixable = false;
    else fixes.push(fix);
  }
  return fixes;
}
