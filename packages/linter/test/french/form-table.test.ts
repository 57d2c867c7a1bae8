import { describe, expect, it } from 'vitest';
import { FormTable } from '../../src/french/form-table.js';

describe('form table', () => {
  const entries: [string, number][] = [
    ['été', 0],
    ['et', 0],
    ['étés', 4],
    ['Paris', 4],
    ['zèbre', 0],
    ['a', 2],
    ['œuvre', 0],
    ['abc', 0],
    ['ab', 1],
  ];
  const table = FormTable.parse(FormTable.serialise(entries));

  it('finds every form with its flag bits, whatever order the entries came in', () => {
    for (const [form, bits] of entries) expect(table.bits(form)).toBe(bits);
  });

  it('does not find prefixes, extensions or case variants of its forms', () => {
    for (const form of ['', 'é', 'ét', 'étéx', 'paris', 'abcd', 'b', 'œuvres', 'zzz', 'A'])
      expect(table.bits(form)).toBeUndefined();
  });

  it('narrows to the entries that go on with a letter, and finds a form by its rest', () => {
    // Sorted: Paris, a, ab, abc, et, zèbre, été, étés, œuvre.
    const a = 'a'.charCodeAt(0);
    const low = table.seek(0, table.size, 0, a);
    const high = table.seek(low, table.size, 0, a + 1);
    expect([low, high]).toEqual([1, 4]);
    // Within the a-words, the one that ends after one letter comes first.
    expect(table.seek(low, high, 1, 'b'.charCodeAt(0))).toBe(2);
    expect(table.holds(low, high, 1, 'xbc', 1)).toBe(true);
    expect(table.holds(low, high, 1, 'xb', 1)).toBe(true);
    expect(table.holds(low, high, 1, 'x', 1)).toBe(true);
    expect(table.holds(low, high, 1, 'xbcd', 1)).toBe(false);
    expect(table.holds(low, high, 1, 'xt', 1)).toBe(false);
    expect(table.holds(0, table.size, 0, 'étés', 0)).toBe(true);
    expect(table.holds(0, table.size, 0, 'paris', 0)).toBe(false);
  });

  it('is empty for no entries', () => {
    expect(FormTable.parse(FormTable.serialise([])).bits('a')).toBeUndefined();
  });
});
