import type { MicromarkToken } from 'markdownlint';
import { isProseBlock, nonProseRanges, type OffsetRange } from '../markdown/prose-regions.js';
import { fileOffsetOf, type RenderedBlock, renderBlocks } from '../markdown/render.js';
import { findQuotes } from '../text/quotes.js';
import { splitSentences } from '../text/sentences.js';
import { type Range, tokenizeWords } from '../text/words.js';
import type { Article, Heading, Paragraph, Position, Section, Sentence, TextSpan } from './article.js';
import type { ParsedFrontMatter } from './front-matter.js';

export interface ArticleInput {
  path: string;
  /** File text, BOM removed, line endings as in the file. */
  text: string;
  /** Language when the front matter has no `lang`. */
  lang: string;
  frontMatter: ParsedFrontMatter;
  /** markdownlint's micromark tokens of the body (lines relative to the body). */
  tokens: readonly MicromarkToken[];
  /** Lines markdownlint took as front matter before the body. */
  bodyLineOffset: number;
}

/** The rendered blocks are kept for rules and metrics that need more than the Article contract. */
export interface BuiltArticle extends Article {
  blocks: readonly RenderedBlock[];
}

const NEWLINE = /\r\n?|\n/g;

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  NEWLINE.lastIndex = 0;
  // `test` moves lastIndex past the line break without building a match object per line.
  while (NEWLINE.test(text)) starts.push(NEWLINE.lastIndex);
  return starts;
}

export function positionFinder(lineStarts: readonly number[]): (offset: number) => Position {
  const lastLine = lineStarts.length - 1;
  // The builder asks for offsets in increasing order, mostly on the line it asked for last.
  let recent = 0;
  return (offset: number) => {
    if (
      (lineStarts[recent] as number) <= offset &&
      (recent === lastLine || offset < (lineStarts[recent + 1] as number))
    ) {
      return { line: recent + 1, column: offset - (lineStarts[recent] as number) + 1, offset };
    }
    let low = 0;
    let high = lastLine;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    recent = low;
    return { line: low + 1, column: offset - (lineStarts[low] as number) + 1, offset };
  };
}

const stringField = (data: Record<string, unknown> | undefined, key: string): string | undefined => {
  const value = data?.[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
};

/** Builds the one Article model of a file from markdownlint's parse (DESIGN §4.1, §4.2). */
export function buildArticle(input: ArticleInput): BuiltArticle {
  const { text, frontMatter, bodyLineOffset } = input;
  const lineStarts = lineStartsOf(text);
  const positionAt = positionFinder(lineStarts);
  const lastLine = lineStarts.length - 1;
  const offsetOf = (line: number, column: number): number => {
    const index = Math.min(lastLine, Math.max(0, line - 1 + bodyLineOffset));
    return Math.min(text.length, (lineStarts[index] as number) + column - 1);
  };
  const blocks = renderBlocks(input.tokens, offsetOf);

  const span = (block: RenderedBlock, range: Range): TextSpan => ({
    text: block.text.slice(range.start, range.end),
    start: positionAt(fileOffsetOf(block, range.start)),
    end: positionAt(fileOffsetOf(block, range.end, true)),
  });
  // Built whole rather than spread from a span: one object per sentence, not two.
  const sentenceSpan = (
    block: RenderedBlock,
    range: Range,
    sentenceWords: TextSpan[],
    prose: boolean,
  ): Sentence => ({
    text: block.text.slice(range.start, range.end),
    start: positionAt(fileOffsetOf(block, range.start)),
    end: positionAt(fileOffsetOf(block, range.end, true)),
    words: sentenceWords,
    prose,
  });

  const headings: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  const words: TextSpan[] = [];
  const sentences: Sentence[] = [];
  const plain: string[] = [];
  /** Words per block, in order, for section counts. */
  const blockWords: number[] = [];
  const blockParagraph: (Paragraph | undefined)[] = [];

  for (const block of blocks) {
    const blockWordRanges = tokenizeWords(block.text, block.wordBreaks);
    const blockWordSpans = blockWordRanges.map((range) => span(block, range));
    const blockSentences: Sentence[] = [];
    const prose = isProseBlock(block, blockWordRanges.length);
    let w = 0;
    for (const range of splitSentences(block.text)) {
      const sentenceWords: TextSpan[] = [];
      while (w < blockWordRanges.length && (blockWordRanges[w] as Range).start < range.end) {
        if ((blockWordRanges[w] as Range).start >= range.start)
          sentenceWords.push(blockWordSpans[w] as TextSpan);
        w++;
      }
      blockSentences.push(sentenceSpan(block, range, sentenceWords, prose));
    }
    // No spread: a 5 MB paragraph has more words than a call has room for arguments.
    for (const word of blockWordSpans) words.push(word);
    for (const sentence of blockSentences) sentences.push(sentence);
    plain.push(block.text);
    blockWords.push(blockWordSpans.length);
    const whole = span(block, { start: 0, end: block.text.length });
    if (block.kind === 'heading') {
      headings.push({ ...whole, depth: block.depth ?? 1 });
      blockParagraph.push(undefined);
    } else if (block.kind === 'paragraph') {
      const paragraph: Paragraph = { ...whole, sentences: blockSentences, words: blockWordSpans };
      paragraphs.push(paragraph);
      blockParagraph.push(paragraph);
    } else {
      blockParagraph.push(undefined);
    }
  }

  // Sections: the intro, then one per `##`; deeper headings stay inside their H2's section.
  const sections: Section[] = [{ heading: undefined, paragraphs: [], words: 0 }];
  let headingIndex = 0;
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      const heading = headings[headingIndex++];
      if (block.depth === 2 && heading) {
        sections.push({ heading, paragraphs: [], words: 0 });
        return;
      }
      // Heading text belongs to no section's word count (Yoast counts the text under headings).
      return;
    }
    const section = sections[sections.length - 1] as Section;
    section.words += blockWords[index] ?? 0;
    const paragraph = blockParagraph[index];
    if (paragraph) section.paragraphs.push(paragraph);
  });
  if (sections.length > 1 && sections[0]?.words === 0 && sections[0].paragraphs.length === 0)
    sections.shift();

  const data = frontMatter.data;
  let title: TextSpan | undefined;
  const fmTitle = stringField(data, 'title');
  if (fmTitle !== undefined) {
    const line = frontMatter.keyLines.title ?? 1;
    const lineStart = lineStarts[line - 1] ?? 0;
    const lineText = text.slice(lineStart, lineStarts[line] ?? text.length).replace(/\r?\n$|\r$/, '');
    title = {
      text: fmTitle.trim(),
      start: positionAt(lineStart),
      end: positionAt(lineStart + lineText.length),
    };
  } else {
    const h1 = headings.find((heading) => heading.depth === 1);
    if (h1) title = { text: h1.text.trim(), start: h1.start, end: h1.end };
  }

  // Directive comments at the top are not the body: whole-document diagnostics go to the first content.
  const isContent = (token: MicromarkToken) =>
    token.type !== 'lineEnding' && token.type !== 'lineEndingBlank';
  const firstContent =
    input.tokens.find(
      (token) => isContent(token) && !(token.type === 'htmlFlow' && token.text.startsWith('<!--')),
    ) ?? input.tokens.find(isContent);
  const bodyStart = firstContent
    ? positionAt(offsetOf(firstContent.startLine, 1))
    : positionAt(lineStarts[Math.min(lastLine, bodyLineOffset)] ?? 0);

  let quotes: TextSpan[] | undefined;
  let nonProse: OffsetRange[] | undefined;
  const lang = stringField(data, 'lang') ?? input.lang;
  return {
    path: input.path,
    text,
    lang,
    frontMatter: {
      data: frontMatter.data,
      keyLines: frontMatter.keyLines,
      error: frontMatter.error,
      end: frontMatter.end,
    },
    title,
    description: stringField(data, 'description'),
    keyphrase: stringField(data, 'keyphrase'),
    slug: stringField(data, 'slug'),
    body: {
      start: bodyStart,
      headings,
      paragraphs,
      sections,
      words,
      sentences,
      plainText: plain.join('\n\n'),
      // Found when first read: only faithful-quotes reads them, and only with a source.
      get quotes(): TextSpan[] {
        quotes ??= blocks.flatMap((block) => findQuotes(block.text).map((range) => span(block, range)));
        return quotes;
      },
    },
    // Found when first read: only the typography rule and the fixer read them.
    get nonProse(): OffsetRange[] {
      nonProse ??= nonProseRanges(
        text,
        input.tokens,
        offsetOf,
        frontMatter.end?.offset ?? 0,
        lang.toLowerCase().split('-')[0] ?? lang,
      );
      return nonProse;
    },
    positionAt,
    blocks,
  };
}
