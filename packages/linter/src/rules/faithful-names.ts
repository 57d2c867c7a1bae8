import { z } from 'zod';
import type { TextSpan } from '../article/article.js';
import { bareWord, foldName, properName, sourceNames } from '../faithfulness/names.js';
import { sourceLabel } from '../faithfulness/source-language.js';
import { defineRule } from './rule.js';

export const faithfulNames = defineRule({
  meta: {
    id: 'faithful-names',
    description: 'Proper names in the article appear in its source',
    defaultSeverity: 'warning',
    options: z.strictObject({
      names: z
        .array(z.string())
        .default([])
        .describe("names that need no source (the publication's name, recurring people)"),
    }),
    tags: ['faithfulness'],
  },
  check({ article, options, source, words, report }) {
    if (source === undefined) return;
    const known = sourceNames(source.text);
    for (const name of [...options.names, ...(words ?? [])]) known.add(foldName(name));
    const reported = new Set<string>();
    const capitalised = (text: string) => /^\p{Lu}/u.test(bareWord(text));
    for (const sentence of article.body.sentences) {
      const words = sentence.words;
      // The first word of a sentence is capitalised anyway: it says nothing about names.
      for (let i = 1; i < words.length; i++) {
        if (!capitalised((words[i] as TextSpan).text)) continue;
        // A run of capitalised words with only spaces between them is one name (« Emmanuel
        // Macron »): its parts are names even when they are also common words (macron, jean).
        let j = i + 1;
        while (
          j < words.length &&
          capitalised((words[j] as TextSpan).text) &&
          /^\s+$/u.test(
            article.text.slice((words[j - 1] as TextSpan).end.offset, (words[j] as TextSpan).start.offset),
          )
        )
          j++;
        const run = words.slice(i, j);
        i = j - 1;
        if (run.every((word) => properName(word.text) === undefined)) continue;
        const parts = run.map((word) => bareWord(word.text));
        if (parts.every((part) => known.has(foldName(part)))) continue;
        const name = parts.join(' ');
        if (reported.has(foldName(name))) continue;
        reported.add(foldName(name));
        report({
          message: `Expected the name « ${name} » in the source ${sourceLabel(source)}, found it nowhere there.`,
          at: (run[0] as TextSpan).start,
          end: (run[run.length - 1] as TextSpan).end,
        });
      }
    }
  },
});
