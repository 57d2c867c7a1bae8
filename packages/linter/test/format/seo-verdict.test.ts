import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { formatReport } from '../../src/format/index.js';

const fixture = (rule: string, name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', rule, `${name}.md`), 'utf8');

describe('the SEO verdict per article', () => {
  it('gives the keyphrase and the failing SEO rules in the JSON report', () => {
    const report = lintText(fixture('keyphrase-in-title', 'fail-not-at-beginning'), { path: 'a.md' });
    const json = JSON.parse(formatReport(report, 'json'));
    expect(json.files[0].seo).toMatchObject({ keyphrase: 'coopération militaire', verdict: 'poor' });
    expect(json.files[0].seo.problems).toContain('keyphrase-in-title');
  });

  it('says when an article has no focus keyphrase', () => {
    const report = lintText(fixture('keyphrase-in-title', 'pass-no-keyphrase'), { path: 'a.md' });
    expect(report.files[0]?.seo).toMatchObject({ keyphrase: null, verdict: 'no-keyphrase' });
  });

  it('shows the keyphrase and the verdict in the PR comment table', () => {
    const report = lintText(fixture('keyphrase-in-title', 'fail-not-at-beginning'), { path: 'a.md' });
    expect(formatReport(report, 'markdown')).toMatch(
      /^\| a\.md \| \d+ \| \d+ \| \d+ \| « coopération militaire » \| ❌ poor \|/m,
    );
  });

  it('prints the verdict and the keyphrase under the file in the text report', () => {
    const report = lintText(fixture('keyphrase-in-title', 'fail-not-at-beginning'), { path: 'a.md' });
    const text = formatReport(report, 'stylish');
    expect(text).toMatch(
      /^a\.md\n {2}SEO: poor · keyphrase « coopération militaire » \(.*keyphrase-in-title.*\)$/m,
    );
  });
});
