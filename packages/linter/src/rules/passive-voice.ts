import { z } from 'zod';
import { isFrench, percent } from '../french/lang.js';
import { findPassiveInTokens } from '../french/passive.js';
import { sentenceTokens } from '../french/sentence-tokens.js';
import { defineRule } from './rule.js';

export const passiveVoice = defineRule({
  meta: {
    id: 'passive-voice',
    description: 'Not too many sentences in the passive voice (French: être + past participle)',
    defaultSeverity: 'warning',
    options: z.object({
      maxShare: z
        .number()
        .min(0)
        .max(100)
        .default(15)
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
    }),
    tags: ['style', 'readability'],
  },
  check({ article, options, report }) {
    if (!isFrench(article)) return;
    const sentences = article.body.sentences.filter((sentence) => sentence.words.length > 0);
    const tokens = sentenceTokens(article);
    const detection = { detection: options.detection };
    const examples: string[] = [];
    let passives = 0;
    article.body.sentences.forEach((sentence, index) => {
      if (sentence.words.length === 0) return;
      const match = findPassiveInTokens(tokens[index] ?? [], detection);
      if (match === undefined) return;
      passives += 1;
      if (examples.length < 3) {
        const words = sentence.words.slice(match.auxiliary, match.participle + 1);
        examples.push(`« ${words.map((word) => word.text).join(' ')} » (line ${sentence.start.line})`);
      }
    });
    const total =
      options.unit === 'line'
        ? sentences.reduce((sum, sentence) => sum + sentence.end.line - sentence.start.line + 1, 0)
        : sentences.length;
    if (total === 0 || (100 * passives) / total <= options.maxShare) return;
    const unit = options.unit === 'line' ? 'sentence lines' : 'sentences';
    report({
      message: `Expected at most ${options.maxShare} % of ${unit} in the passive voice, found ${percent(passives, total)}, e.g. ${examples.join(', ')}.`,
    });
  },
});
