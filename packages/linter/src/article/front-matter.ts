import { isMap, LineCounter, parseDocument } from 'yaml';
import type { FrontMatter } from './article.js';

export interface ParsedFrontMatter extends FrontMatter {
  /** Number of lines the front matter takes, closing `---` included (0 when there is none). */
  lineCount: number;
}

const NEWLINE = /\r\n?|\n/g;

const isFence = (line: string | undefined): boolean => line !== undefined && line.trimEnd() === '---';

/**
 * The YAML front matter at the top of a file. Broken front matter is data, not an exception:
 * `error` names the problem and its 1-based line.
 */
export function parseFrontMatter(text: string): ParsedFrontMatter {
  const none: ParsedFrontMatter = {
    data: undefined,
    keyLines: {},
    error: undefined,
    end: undefined,
    lineCount: 0,
  };
  if (!text.startsWith('---')) return none;
  const firstBreak = text.search(/\r\n?|\n/);
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  if (!isFence(firstLine)) return none;

  // Walk line by line to the closing fence, keeping offsets so the body start is exact.
  NEWLINE.lastIndex = 0;
  let lineStart = 0;
  let line = 1;
  let yamlStart = -1;
  let closeStart = -1;
  let closeEnd = -1;
  for (;;) {
    const match = NEWLINE.exec(text);
    const lineEnd = match ? match.index : text.length;
    const next = match ? match.index + match[0].length : text.length;
    if (line === 1) {
      yamlStart = next;
    } else if (isFence(text.slice(lineStart, lineEnd))) {
      closeStart = lineStart;
      closeEnd = next;
      break;
    }
    if (!match) break;
    lineStart = next;
    line++;
  }
  if (closeStart === -1) {
    return {
      ...none,
      error: { message: 'Front matter is not closed: add a line with `---` after it.', line: 1 },
    };
  }
  const lineCount = line;
  const endPosition = { line: lineCount + 1, column: 1, offset: closeEnd };
  // The YAML parser does not take a lone CR as a line break; LF in its place keeps every offset.
  const yamlText = text.slice(yamlStart, closeStart).replace(/\r(?!\n)/g, '\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    // An unclosed quote is reported at the end of the text; the key whose value holds the error is clearer.
    let errorOffset = firstError.pos[0];
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        const key = pair.key as { range?: [number, number, number] } | null;
        const value = pair.value as { range?: [number, number, number] } | null;
        if (key?.range && value?.range && value.range[0] <= errorOffset && errorOffset <= value.range[2]) {
          errorOffset = key.range[0];
        }
      }
    }
    const at = counter.linePos(errorOffset);
    const reason = firstError.message.split('\n')[0] ?? firstError.message;
    return {
      data: undefined,
      keyLines: {},
      error: { message: `Front matter is not valid YAML: ${reason}`, line: at.line + 1 },
      end: endPosition,
      lineCount,
    };
  }
  if (doc.contents === null) {
    return { data: {}, keyLines: {}, error: undefined, end: endPosition, lineCount };
  }
  if (!isMap(doc.contents)) {
    return {
      data: undefined,
      keyLines: {},
      error: { message: 'Front matter must be a mapping of keys to values (`title: …`).', line: 2 },
      end: endPosition,
      lineCount,
    };
  }
  const keyLines: Record<string, number> = {};
  for (const pair of doc.contents.items) {
    const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
    if (key && typeof key.value !== 'object' && key.range) {
      keyLines[String(key.value)] = counter.linePos(key.range[0]).line + 1;
    }
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      data: undefined,
      keyLines,
      error: { message: `Front matter could not be read: ${(error as Error).message}`, line: 2 },
      end: endPosition,
      lineCount,
    };
  }
  return { data: data as Record<string, unknown>, keyLines, error: undefined, end: endPosition, lineCount };
}
