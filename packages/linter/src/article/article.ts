/**
 * The one parsed model of an article, built once per file and shared by every rule.
 * Offsets are UTF-16 indexes into the whole file text (front matter included), so that
 * every span maps back to a 1-based line and column.
 */
export interface Position {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  /** 0-based offset into the file text */
  offset: number;
}

export interface Span {
  start: Position;
  /** exclusive */
  end: Position;
}

export interface TextSpan extends Span {
  text: string;
}

export interface Heading extends TextSpan {
  depth: 1 | 2 | 3 | 4 | 5 | 6;
}

export interface Sentence extends TextSpan {
  words: TextSpan[];
  /**
   * Running prose: a sentence of a paragraph, or of a list item long enough to be one. Headings,
   * short list items, table cells and captions are not (style rules judge prose only).
   */
  prose: boolean;
}

export interface Paragraph extends TextSpan {
  sentences: Sentence[];
  words: TextSpan[];
}

/** The body split at `##` headings; the part before the first H2 is the intro (heading undefined). */
export interface Section {
  heading: Heading | undefined;
  paragraphs: Paragraph[];
  words: number;
}

export interface FrontMatter {
  /** The parsed YAML mapping; undefined when there is none or it is invalid. */
  data: Record<string, unknown> | undefined;
  /** Line (1-based) of each top-level key, for diagnostics on front-matter keys. */
  keyLines: Record<string, number>;
  /** Set when the front matter is present but broken (unclosed, bad YAML, not a mapping). */
  error: { message: string; line: number } | undefined;
  /** End of the closing `---` line; the body starts there. */
  end: Position | undefined;
}

export interface Article {
  path: string;
  /** The whole file text as linted (BOM removed, CRLF kept). */
  text: string;
  lang: string;
  frontMatter: FrontMatter;
  /** The title: front matter `title`, or the body's `#` H1. */
  title: TextSpan | undefined;
  description: string | undefined;
  keyphrase: string | undefined;
  slug: string | undefined;
  body: {
    /** The first character of the body (whole-document diagnostics point here). */
    start: Position;
    headings: Heading[];
    paragraphs: Paragraph[];
    sections: Section[];
    /** Every counted word of the rendered body (Yoast-compatible, DESIGN §4.2). */
    words: TextSpan[];
    sentences: Sentence[];
    /** The rendered body text, for language identification and spelling. */
    plainText: string;
    /** Quotations in the body: « … », “ … ”, "…". */
    quotes: TextSpan[];
  };
  /**
   * File ranges that are not prose (front matter, code, non-prose HTML elements, URLs, text in
   * another language), sorted: no fix may touch them (see markdown/prose-regions.ts).
   */
  nonProse: readonly { start: number; end: number }[];
  /** 1-based line and column of a file offset. */
  positionAt(offset: number): Position;
}
