import { describe, expect, it } from 'vitest';
import { verdict } from '../src/lint-section.js';
import type { FileResult } from '../src/report-types.js';

const file = (seo: FileResult['seo']): FileResult => ({
  path: 'articles/a.md',
  metrics: {
    words: 905,
    h2: 5,
    titleLength: 50,
    descriptionLength: 140,
    fleschFr: 65,
    sentences: 60,
    readingMinutes: 4,
  },
  ...(seo ? { seo } : {}),
  diagnostics: [],
  errorCount: 0,
  warningCount: 0,
});

describe("the comment's verdict line", () => {
  it("ends with the linter's SEO verdict and the keyphrase, escaped", () => {
    const line = verdict(
      file({ keyphrase: 'coopération <militaire>', verdict: 'needs-work', problems: ['keyphrase-density'] }),
    );
    expect(line).toMatch(/ · SEO needs work \(keyphrase « coopération .*militaire.* »\)$/);
    expect(line).not.toContain('<militaire>');
  });

  it('says when an article has no focus keyphrase, and says nothing for reports without a verdict', () => {
    expect(verdict(file({ keyphrase: null, verdict: 'no-keyphrase', problems: [] }))).toMatch(
      / · SEO no focus keyphrase$/,
    );
    expect(verdict(file(undefined))).not.toContain('SEO');
  });
});
