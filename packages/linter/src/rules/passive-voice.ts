import { z } from 'zod';
import type { Sentence } from '../article/article.js';
import { isFrench, percent } from '../french/lang.js';
import { findPassiveInTokens } from '../french/passive.js';
import { sentenceTokens } from '../french/sentence-tokens.js';
import { defineRule } from './rule.js';
import { judgedSentences, styleScopeOptions } from './style-scope.js';

export const passiveVoice = defineRule({
  meta: {
    id: 'passive-voice',
    description: 'Not too many sentences in the passive voice (French: être + past participle)',
    defaultSeverity: 'warning',
    options: z.strictObject({
      maxShare: z
        .number()
        .min(0)
        .max(100)
        .default(20)
        .describe('the highest share of passive sentences, in percent'),
      detection: z
        .enum(['passive', 'yoast'])
        .default('passive')
        .describe('`yoast`: adjectives of state after *être* count too, as in Yoast SEO'),
      unit: z
        .enum(['sentence', 'line'])
        .default('sentence')
        .describe(
          "`line`: the share is counted over source lines, each line of a hard-wrapped sentence counting as one, as Yoast SEO's passive check does",
        ),
      ...styleScopeOptions(8, 150),
    }),
    tags: ['style', 'readability'],
  },
  check({ article, options, report }) {
    if (!isFrench(article)) return;
    const judged = judgedSentences(article, options);
    if (judged === undefined) return;
    const sentences = judged.map((index) => article.body.sentences[index] as Sentence);
    const tokens = sentenceTokens(article);
    const detection = { detection: options.detection };
    const examples: string[] = [];
    let passives = 0;
    for (const index of judged) {
      const sentence = article.body.sentences[index] as Sentence;
      const match = findPassiveInTokens(tokens[index] ?? [], detection);
      if (match === undefined) continue;
      passives += 1;
      if (examples.length < 3) {
        const words = sentence.words.slice(match.auxiliary, match.participle + 1);
        examples.push(`« ${words.map((word) => word.text).join(' ')} » (line ${sentence.start.line})`);
      }
    }
    const total =
      options.unit === 'line'
        ? sentences.reduce((sum, sentence) => sum + sentence.end.line - sentence.start.line + 1, 0)
        : sentences.length;
    if ((100 * passives) / total <= options.maxShare) return;
    const unit = options.unit === 'line' ? 'sentence lines' : 'sentences';
    report({
      message: `Expected at most ${options.maxShare} % of ${unit} in the passive voice, found ${percent(passives, total)}, e.g. ${examples.join(', ')}.`,
    });
  },
});
