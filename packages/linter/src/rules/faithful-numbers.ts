import { z } from 'zod';
import { findNumbers, sourceValues } from '../faithfulness/numbers.js';
import { sourceLabel } from '../faithfulness/source-language.js';
import { isProtected, protectedRanges } from '../french/prose.js';
import { defineRule } from './rule.js';

export const faithfulNumbers = defineRule({
  meta: {
    id: 'faithful-numbers',
    description: 'Numbers, dates and amounts in the article appear in its source',
    defaultSeverity: 'warning',
    options: z.strictObject({
      ignore: z.array(z.number()).default([]).describe('values that need no source'),
    }),
    tags: ['faithfulness'],
  },
  check({ article, options, source, report }) {
    if (source === undefined) return;
    const known = sourceValues(source.text);
    for (const value of options.ignore) known.add(value);
    const from = article.frontMatter.end?.offset ?? 0;
    const ranges = protectedRanges(article.text, from);
    const reported = new Set<string>();
    for (const number of findNumbers(article.text.slice(from))) {
      const start = from + number.start;
      if (isProtected(ranges, start) || isListMarker(article.text, start, number.end + from)) continue;
      if (number.values.some((value) => known.has(value)) || reported.has(number.text)) continue;
      reported.add(number.text);
      report({
        message: `Expected the number ${number.text} in the source ${sourceLabel(source)}, found no such value there.`,
        at: article.positionAt(start),
        end: article.positionAt(from + number.end),
      });
    }
  },
});

/** « 1. » at the start of a line is Markdown list numbering, not a fact. */
function isListMarker(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^\s*$/u.test(text.slice(lineStart, start)) && /^[.)]\s/u.test(text.slice(end, end + 2));
}
