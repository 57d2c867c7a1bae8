import type { MicromarkToken } from 'markdownlint';
import { decodeEntity } from './entities.js';

/** A stretch of rendered text and the stretch of the file it comes from. */
export interface Piece {
  renderStart: number;
  renderLength: number;
  fileStart: number;
  fileLength: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'cell';

/** One unit of rendered text: a heading, a paragraph (also in lists and HTML), a table cell. */
export interface RenderedBlock {
  kind: BlockKind;
  depth: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
  text: string;
  pieces: Piece[];
  /**
   * Ascending offsets in `text` where an element begins or ends inside running text: an inline
   * HTML tag, or Markdown that renders one (emphasis, strong, link, strikethrough). A reader sees
   * `l’<a>application</a>` as one word, but Yoast SEO strips the tags and splits the word there,
   * so word counting (§4.2: Yoast-compatible) splits there too.
   */
  wordBreaks: number[];
  /** File offsets of the block's Markdown (syntax included), end exclusive. */
  fileStart: number;
  fileEnd: number;
  /** A paragraph of a list item. */
  inList: boolean;
  /** A paragraph that captions an image: beside it, or all emphasis right under it. */
  caption: boolean;
}

/** Maps a token's 1-based line and column (relative to the body) to a file offset. */
export type OffsetOf = (line: number, column: number) => number;

/**
 * Container tokens whose text never counts (DESIGN §4.2: code, blockquotes, front matter).
 * Footnote definitions are not here: their text is rendered at the foot of the page, and Yoast
 * counts it too.
 */
const SKIPPED_BLOCKS = new Set(['blockQuote', 'codeFenced', 'codeIndented', 'definition']);
/** Inline tokens dropped whole: code, URLs, images (alt text excluded, as in Yoast). */
const SKIPPED_INLINE = new Set([
  'codeText',
  'image',
  'autolink',
  'literalAutolink',
  'literalAutolinkEmail',
  'literalAutolinkHttp',
  'literalAutolinkWww',
  'resource',
  'reference',
  'gfmFootnoteCall',
  'mathText',
]);
const BREAKS = new Set(['lineEnding', 'hardBreakEscape', 'hardBreakTrailing', 'lineSuffix', 'whitespace']);
/** Inline HTML elements: `mot<b>gras</b>` renders `motgras` (a word break for counting only). */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'del',
  'ins',
]);

/** HTML elements whose text does not count, as Markdown blockquotes and code do not (Yoast strips them). */
const EXCLUDED_ELEMENTS = new Set(['blockquote', 'pre', 'code', 'script', 'style', 'template', 'textarea']);
const TAG = /^<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>$/;
/** Markdown that renders as an inline element (see `wordBreaks`). */
const ELEMENT_INLINE = new Set(['emphasis', 'strong', 'link', 'strikethrough']);

/** Open excluded HTML elements, across the blocks of a document. */
interface HtmlState {
  excluded: number;
}

class BlockBuilder {
  text = '';
  pieces: Piece[] = [];
  wordBreaks: number[] = [];
  private readonly offsetOf: OffsetOf;
  private readonly html: HtmlState;
  constructor(offsetOf: OffsetOf, html: HtmlState) {
    this.offsetOf = offsetOf;
    this.html = html;
  }

  add(text: string, token: MicromarkToken): void {
    if (text === '' || this.html.excluded > 0) return;
    const fileStart = this.offsetOf(token.startLine, token.startColumn);
    const fileEnd = this.offsetOf(token.endLine, token.endColumn);
    this.pieces.push({
      renderStart: this.text.length,
      renderLength: text.length,
      fileStart,
      fileLength: fileEnd - fileStart,
    });
    this.text += text;
  }

  space(token: MicromarkToken): void {
    if (this.text !== '' && !this.text.endsWith(' ')) this.add(' ', token);
  }

  wordBreak(): void {
    if (this.html.excluded > 0 || this.wordBreaks.at(-1) === this.text.length) return;
    this.wordBreaks.push(this.text.length);
  }

  inline(tokens: readonly MicromarkToken[]): void {
    for (const token of tokens) {
      const type = token.type as string;
      if (type === 'data' || type === 'characterEscapeValue') {
        this.add(token.text, token);
      } else if (type === 'characterReference') {
        this.add(decodeEntity(token.text), token);
      } else if (BREAKS.has(type)) {
        this.space(token);
      } else if (SKIPPED_INLINE.has(type)) {
        this.space(token);
      } else if (type === 'htmlText') {
        const tag = TAG.exec(token.text);
        const name = tag?.[2]?.toLowerCase();
        if (tag && name && EXCLUDED_ELEMENTS.has(name) && tag[3] !== '/') {
          if (tag[1] === '/') this.html.excluded = Math.max(0, this.html.excluded - 1);
          else this.html.excluded++;
        }
        if (name === undefined || !INLINE_TAGS.has(name)) this.space(token);
        else this.wordBreak();
      } else if (ELEMENT_INLINE.has(type)) {
        this.wordBreak();
        this.inline(token.children);
        this.wordBreak();
      } else if (token.children.length > 0) {
        this.inline(token.children);
      }
    }
  }
}

/**
 * The rendered text of a Markdown body from markdownlint's micromark tokens: what a reader sees,
 * without syntax, code, quotes in blockquotes, URLs, image alt text or HTML tags. Each block keeps
 * the pieces that map its text back to file offsets.
 */
export function renderBlocks(tokens: readonly MicromarkToken[], offsetOf: OffsetOf): RenderedBlock[] {
  const blocks: RenderedBlock[] = [];
  const html: HtmlState = { excluded: 0 };
  let lists = 0;
  let afterImage = false;
  const emit = (
    kind: BlockKind,
    depth: RenderedBlock['depth'],
    container: MicromarkToken,
    inline: readonly MicromarkToken[],
    caption = false,
  ) => {
    const builder = new BlockBuilder(offsetOf, html);
    builder.inline(inline);
    const text = builder.text.trimEnd();
    if (text.trim() === '') return;
    blocks.push({
      kind,
      depth,
      text,
      pieces: builder.pieces,
      wordBreaks: builder.wordBreaks,
      fileStart: offsetOf(container.startLine, container.startColumn),
      fileEnd: offsetOf(container.endLine, container.endColumn),
      inList: lists > 0,
      caption,
    });
  };
  const walk = (list: readonly MicromarkToken[]) => {
    for (const token of list) {
      const type = token.type as string;
      if (SKIPPED_BLOCKS.has(type)) continue;
      if (type === 'atxHeading') {
        const sequence = token.children.find((child) => child.type === 'atxHeadingSequence');
        const depth = Math.min(6, Math.max(1, sequence?.text.length ?? 1)) as RenderedBlock['depth'];
        const text = token.children.filter((child) => child.type === 'atxHeadingText');
        emit('heading', depth, token, text);
      } else if (type === 'setextHeading') {
        const line = token.children.find((child) => child.type === 'setextHeadingLine');
        const depth = line?.text.trim().startsWith('=') ? 1 : 2;
        emit(
          'heading',
          depth,
          token,
          token.children.filter((child) => child.type === 'setextHeadingText'),
        );
      } else if (type === 'paragraph') {
        const shape = paragraphShape(token.children);
        emit(
          'paragraph',
          undefined,
          token,
          token.children,
          shape === 'image-text' || (afterImage && shape === 'emphasis'),
        );
        afterImage = shape === 'image';
        continue;
      } else if (type === 'tableContent' && (token.parent?.type as string | undefined) !== 'tableDelimiter') {
        emit('cell', undefined, token, token.children);
      } else if (type === 'htmlFlowData') {
        // Raw HTML markdownlint could not read as Markdown (comments, <script>): no prose.
      } else if (token.children.length > 0) {
        const list = type === 'listOrdered' || type === 'listUnordered';
        if (list) lists++;
        walk(token.children);
        if (list) lists--;
      }
      if (type !== 'lineEnding' && type !== 'lineEndingBlank' && type !== 'linePrefix') afterImage = false;
    }
  };
  walk(tokens);
  return blocks;
}

const BLANK_INLINE = new Set(['lineEnding', 'whitespace', 'lineSuffix']);
const isImage = (token: MicromarkToken) =>
  token.type === 'image' || (token.type === 'link' && token.children.some((child) => child.type === 'image'));

/**
 * What a paragraph holds, for captions: only an image (`image`), an image then text
 * (`image-text`), only emphasis (`emphasis`, a caption when under an image), or anything else.
 */
function paragraphShape(children: readonly MicromarkToken[]): 'image' | 'image-text' | 'emphasis' | 'other' {
  const content = children.filter((child) => !BLANK_INLINE.has(child.type as string));
  const first = content[0];
  if (first === undefined) return 'other';
  if (isImage(first)) return content.every(isImage) ? 'image' : 'image-text';
  return content.every((child) => child.type === 'emphasis' || child.type === 'strong')
    ? 'emphasis'
    : 'other';
}

/** The file offset of a rendered index in a block (interior of expanded entities maps to their start). */
export function fileOffsetOf(block: RenderedBlock, index: number, isEnd = false): number {
  const pieces = block.pieces;
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((pieces[mid] as Piece).renderStart <= index - (isEnd ? 1 : 0)) low = mid;
    else high = mid - 1;
  }
  const piece = pieces[low];
  if (!piece) return block.fileStart;
  const delta = index - piece.renderStart;
  if (piece.renderLength === piece.fileLength) return piece.fileStart + delta;
  if (isEnd && delta >= piece.renderLength) return piece.fileStart + piece.fileLength;
  return piece.fileStart;
}
