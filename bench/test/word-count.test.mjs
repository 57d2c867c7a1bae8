import { describe, expect, it } from 'vitest';
import { wordCountAgreement, wordCountTable } from '../word-count.mjs';

const reference = (counts) => ({
  files: Object.fromEntries(Object.entries(counts).map(([k, words]) => [k, { words }])),
});
const plume = (counts) => new Map(Object.entries(counts).map(([k, words]) => [k, { metrics: { words } }]));

describe('word-count agreement with Yoast', () => {
  it('passes when every file is within 1 % of Yoast', () => {
    const result = wordCountAgreement(plume({ a: 1000, b: 995 }), reference({ a: 1000, b: 1000 }));
    expect(result).toMatchObject({
      files: 2,
      maxPercent: 0.5,
      meanPercent: 0.25,
      outsideTolerance: 0,
      pass: true,
    });
  });

  it('lists the files where Plume counts more than Yoast, worst first', () => {
    const result = wordCountAgreement(
      plume({ a: 1010, b: 1050, c: 1020, d: 900 }),
      reference({ a: 1000, b: 1000, c: 1000, d: 1000 }),
    );
    expect(result.pass).toBe(false);
    expect(result.plumeOverWorst.map((c) => [c.key, c.diffPercent])).toEqual([
      ['b', 5],
      ['c', 2],
    ]);
    expect(result.outsideTolerance).toBe(3);
    expect(result.maxPercent).toBe(10);
    expect(wordCountTable(result)).toMatch(/b\s+1050\s+1000\s+\+5 %/);
  });

  it('reports files it cannot compare instead of counting them as agreeing', () => {
    const result = wordCountAgreement(plume({ a: 10 }), {
      files: { a: { words: 10 }, missing: { words: 5 }, empty: { words: 0 }, broken: { error: 'x' } },
    });
    expect(result.files).toBe(1);
    expect(result.notCompared.sort()).toEqual(['broken', 'empty', 'missing']);
  });
});

describe('per-file word-count gaps', () => {
  it('keeps every compared file with its signed relative gap', () => {
    const result = wordCountAgreement(plume({ a: 990, b: 1000 }), reference({ a: 1000, b: 1000 }));
    expect(result.perFile).toEqual([
      { key: 'a', plume: 990, yoast: 1000, diffPercent: -1 },
      { key: 'b', plume: 1000, yoast: 1000, diffPercent: 0 },
    ]);
  });
});
