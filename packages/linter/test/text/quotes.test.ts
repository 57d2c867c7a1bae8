import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/text/quotes.js';

const quotes = (text: string) => findQuotes(text).map((range) => text.slice(range.start, range.end));

describe('findQuotes', () => {
  it('finds guillemets, curly and straight quotes, outermost only', () => {
    expect(quotes('Il a dit « oui “vraiment” » puis "non" et “peut-être”.')).toEqual([
      '« oui “vraiment” »',
      '"non"',
      '“peut-être”',
    ]);
  });

  it('ignores an unclosed quote and stays fast on many of them', () => {
    expect(quotes('« jamais fermé')).toEqual([]);
    const started = performance.now();
    findQuotes('«'.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(500);
  });
});
