import { describe, expect, it } from 'vitest';
import { rewriteBudgets } from '../rewrite-throughput.mjs';

const scenario = (overrides) => ({
  concurrency: 4,
  shortEvery: 0,
  latencyMs: 400,
  meanAttempts: 1,
  wallMs: 2000,
  idealMs: 1600,
  requestsPerArticle: 1,
  ...overrides,
});

describe('rewriteBudgets', () => {
  it('passes clean and one-in-four repaired drafts within 1.3 requests, and a near-ideal slow run', () => {
    const budgets = rewriteBudgets([
      scenario({ concurrency: 1 }),
      scenario({}),
      scenario({ shortEvery: 4, requestsPerArticle: 1.25 }),
      scenario({ latencyMs: 2000, wallMs: 8450, idealMs: 8000 }),
    ]);
    expect(budgets.map((b) => [b.name, b.figure, b.pass])).toEqual([
      ['rewrite: requests per article, first drafts clean', '1.00', true],
      ['rewrite: requests per article, 1 draft in 4 repaired', '1.25', true],
      ['rewrite: wall vs ⌈N/c⌉·L·attempts, c=4, L=2 s', '1.06×', true],
    ]);
  });

  it('fails too many requests per article and a wall time far from the ideal', () => {
    const budgets = rewriteBudgets([
      scenario({ shortEvery: 2, requestsPerArticle: 1.5 }),
      scenario({ latencyMs: 2000, wallMs: 12000, idealMs: 8000 }),
    ]);
    expect(budgets.map((b) => [b.name, b.pass])).toEqual([
      ['rewrite: requests per article, first drafts clean', true],
      ['rewrite: requests per article, 1 draft in 2 repaired', false],
      ['rewrite: wall vs ⌈N/c⌉·L·attempts, c=4, L=2 s', false],
    ]);
  });
});
