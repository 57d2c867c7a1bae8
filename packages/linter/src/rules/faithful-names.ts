import { z } from 'zod';
import { foldName, properName, sourceNames } from '../french/names.js';
import { sourceLabel } from '../french/source-language.js';
import { defineRule } from '../rule.js';

export const faithfulNames = defineRule({
  meta: {
    id: 'faithful-names',
    description: 'Proper names in the article appear in its source',
    defaultSeverity: 'warning',
    options: z.object({
      /** Names that need no source (the publication's own name, recurring people). */
      names: z.array(z.string()).default([]),
    }),
    tags: ['faithfulness'],
  },
  check({ article, options, source, words, report }) {
    if (source === undefined) return;
    const known = sourceNames(source.text);
    for (const name of [...options.names, ...(words ?? [])]) known.add(foldName(name));
    const reported = new Set<string>();
    for (const sentence of article.body.sentences) {
      // The first word of a sentence is capitalised anyway: it says nothing about names.
      for (const word of sentence.words.slice(1)) {
        const name = properName(word.text);
        if (name === undefined) continue;
        const folded = foldName(name);
        if (known.has(folded) || reported.has(folded)) continue;
        reported.add(folded);
        report({
          message: `Expected the name « ${name} » in the source ${sourceLabel(source)}, found it nowhere there.`,
          at: word.start,
          end: word.end,
        });
      }
    }
  },
});
