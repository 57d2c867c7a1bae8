import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../../src/text/white-space.js';

describe('isWhiteSpace', () => {
  it('agrees with JavaScript’s \\s on every UTF-16 code unit', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/u.test(String.fromCharCode(code))) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });

  it('takes the no-break spaces of French typography as spaces', () => {
    expect(isWhiteSpace(0xa0)).toBe(true);
    expect(isWhiteSpace(0x202f)).toBe(true);
    expect(isWhiteSpace('a'.charCodeAt(0))).toBe(false);
  });
});
