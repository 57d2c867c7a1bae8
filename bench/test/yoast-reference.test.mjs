import { describe, expect, it } from 'vitest';
import { ratingCounts } from '../yoast-reference.mjs';

const file = (rating, percent) => ({ checks: { textSentenceLength: { rating, percent } } });

describe('Yoast reference summary', () => {
  const reference = {
    files: {
      a: file('green', 10),
      b: file('green', 20),
      c: file('orange', 27),
      d: file('red', 40),
      e: file('red', 50),
      broken: { error: 'cannot read' },
    },
  };
  const sentenceLength = ratingCounts(reference).find((c) => c.rule === 'sentence-length');

  it('counts colours over the files Yoast could analyse', () => {
    expect(sentenceLength).toMatchObject({ green: 2, orange: 1, red: 2, grey: 0, notGreenPercent: 60 });
  });

  it('gives the spread of the figure behind the colour, for calibrating thresholds', () => {
    expect(sentenceLength).toMatchObject({ p20: 10, median: 27, p80: 40 });
  });

  it('counts a check Yoast gave no verdict on as grey', () => {
    const passive = ratingCounts(reference).find((c) => c.rule === 'passive-voice');
    expect(passive).toMatchObject({ grey: 5, green: 0, median: undefined });
  });
});
