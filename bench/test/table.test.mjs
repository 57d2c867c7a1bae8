import { describe, expect, it } from 'vitest';
import { table } from '../lib/table.mjs';

describe('plain-text tables', () => {
  it('right-aligns figure columns even when some cells are blank, and left-aligns text', () => {
    const out = table(
      ['command', 'wall ms', 'ratio'],
      [
        ['markdownlint-cli2', 8999, ''],
        ['plume lint', 45395, '5.04×'],
      ],
    ).split('\n');
    expect(out[2]).toBe('markdownlint-cli2     8999');
    expect(out[3]).toBe('plume lint           45395  5.04×');
  });
});
