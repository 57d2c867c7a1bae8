import { describe, expect, it } from 'vitest';
import { uniqueMetadata } from '../src/rules/unique-metadata.js';

type Files = Parameters<NonNullable<typeof uniqueMetadata.checkProject>>[0]['files'];

const files = (count: number): Files =>
  Array.from({ length: count }, (_, i) => ({
    path: `articles/rubrique-${String(i).padStart(4, '0')}.md`,
    facts: { title: { value: 'Le même titre partout', at: { line: 2, column: 1, offset: 0 } } },
  }));

function check(input: Files): Map<string, string[]> {
  const found = new Map<string, string[]>();
  uniqueMetadata.checkProject?.({
    files: input,
    report: (path, report) => found.set(path, [...(found.get(path) ?? []), report.message]),
  });
  return found;
}

describe('unique-metadata on many articles sharing a title', () => {
  it('names a few others and counts the rest, so 5,000 duplicates give a small report', () => {
    const found = check(files(5_000));
    expect(found.size).toBe(5_000);
    expect(found.get('articles/rubrique-0000.md')).toEqual([
      'Expected a unique title, found the same in articles/rubrique-0001.md, articles/rubrique-0002.md, articles/rubrique-0003.md and 4996 other files.',
    ]);
    expect(JSON.stringify([...found]).length).toBeLessThan(5_000 * 300);
  });

  it('names every other file when there are only a few', () => {
    expect(check(files(2)).get('articles/rubrique-0001.md')).toEqual([
      'Expected a unique title, found the same in articles/rubrique-0000.md.',
    ]);
  });
});
