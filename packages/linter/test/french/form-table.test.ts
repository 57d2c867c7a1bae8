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

  it('is empty for no entries', () => {
    expect(FormTable.parse(FormTable.serialise([])).bits('a')).toBeUndefined();
  });
});
