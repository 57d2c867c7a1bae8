import { describe, expect, it } from 'vitest';
import { ruleFlags, ruleFlagsTable } from '../rule-flags.mjs';

const report = (flagged) =>
  new Map(
    Object.entries(flagged).map(([key, rules]) => [
      key,
      { diagnostics: rules.map((ruleId) => ({ ruleId })) },
    ]),
  );
const yoastRatings = (ratings) => ({
  files: Object.fromEntries(
    Object.entries(ratings).map(([key, rating]) => [key, { checks: { textSentenceLength: { rating } } }]),
  ),
});

describe('rule flags on the corpus', () => {
  const keys = ['a', 'b', 'c', 'd', 'e'];
  const reference = yoastRatings({ a: 'red', b: 'orange', c: 'green', d: 'green', e: 'green' });

  it('counts agreement between plume:yoast failures and Yoast not-green ratings', () => {
    const flags = ruleFlags({
      recommended: report({ a: ['sentence-length'], b: [], c: [], d: [], e: [] }),
      yoast: report({ a: ['sentence-length'], b: [], c: ['sentence-length'], d: [], e: [] }),
      reference,
      keys,
    });
    const row = flags.rows.find((r) => r.rule === 'sentence-length');
    // a agrees (both flag), b disagrees (Yoast only), c disagrees (Plume only), d and e agree.
    expect(row).toMatchObject({ recommended: 1, yoastPreset: 2, yoastNotGreen: 2, agreementPercent: 60 });
    expect(row.recommendedPercent).toBe(20);
    expect(row.pass).toBe(false);
  });

  it('fails language-match as soon as it flags one corpus file', () => {
    const quiet = ruleFlags({
      recommended: report({ a: [] }),
      yoast: report({ a: [] }),
      reference,
      keys: ['a'],
    });
    expect(quiet.rows.find((r) => r.rule === 'language-match').pass).toBe(true);
    const noisy = ruleFlags({
      recommended: report({ a: ['language-match'] }),
      yoast: report({ a: [] }),
      reference,
      keys: ['a'],
    });
    expect(noisy.rows.find((r) => r.rule === 'language-match').pass).toBe(false);
    expect(ruleFlagsTable(noisy)).toMatch(/language-match\s+1 \(100 %\).*FAIL/);
  });

  it('lists every rule that flagged a file, with or without a Yoast equivalent', () => {
    const flags = ruleFlags({
      recommended: report({ a: ['word-count', 'MD025'] }),
      yoast: report({ a: ['word-count'] }),
      reference,
      keys: ['a'],
    });
    const wordCount = flags.rows.find((r) => r.rule === 'word-count');
    expect(wordCount).toMatchObject({ recommended: 1, yoastPreset: 1 });
    expect(wordCount.agreementPercent).toBeUndefined();
    expect(flags.rows.map((r) => r.rule)).toContain('MD025');
  });
});

describe('rules the linter does not have yet', () => {
  it('fail instead of passing by flagging nothing', () => {
    const flags = ruleFlags({
      recommended: report({ a: ['MD025'] }),
      yoast: report({ a: [] }),
      reference: { files: { a: { checks: {} } } },
      keys: ['a'],
      knownRules: new Set(['language-match']),
    });
    expect(flags.rows.find((r) => r.rule === 'passive-voice')).toMatchObject({ missing: true, pass: false });
    expect(flags.rows.find((r) => r.rule === 'language-match')).toMatchObject({ missing: false, pass: true });
    expect(flags.rows.find((r) => r.rule === 'MD025').missing).toBe(false);
    expect(ruleFlagsTable(flags)).toMatch(/passive-voice.*FAIL \(no such rule yet\)/);
  });
});
