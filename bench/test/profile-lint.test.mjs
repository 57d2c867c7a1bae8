import { describe, expect, it } from 'vitest';
import { summariseProfiles } from '../profile-lint.mjs';

describe('CPU profile summary', () => {
  const summary = summariseProfiles(new URL('./fixtures/profiles/', import.meta.url).pathname);

  it('sums self time per dependency and per linter module, idle excluded', () => {
    expect(summary.totalMs).toBe(10);
    expect(summary.owners).toEqual([
      { key: 'nspell@2.1.5', ms: 6, percent: 60 },
      { key: 'linter: rules/spelling.js', ms: 2, percent: 20 },
      { key: '@scope/pkg@1.0.0', ms: 2, percent: 20 },
    ]);
  });

  it('names the hottest functions with their 1-based line', () => {
    expect(summary.functions[0]).toEqual({ key: 'normalize — nspell@2.1.5:5', ms: 6, percent: 60 });
  });
});
