import { describe, expect, it } from 'vitest';
import { articleHtml, stripFrontMatter } from '../lib/render-html.mjs';
import { assessArticle, ratingOf } from '../lib/yoast-assess.mjs';

const article = `---
title: "Un titre qui ne compte pas"
description: "Ni la description"
---
Le chat dort sur le canapé. Il fait beau aujourd’hui, et l’Ukraine « résiste » : 2022.

\`\`\`js
const ignored = 'le code ne compte pas';
\`\`\`

## Une section

> Une citation ne compte pas non plus.

Un paragraphe avec du \`code\` et un [lien](https://example.org/chemin).
`;

describe('what Yoast is given and what it returns', () => {
  it('renders the body to HTML without the front matter', () => {
    expect(stripFrontMatter(article)).not.toContain('title:');
    const html = articleHtml(article);
    expect(html).toContain('<h2>Une section</h2>');
    expect(html).toContain('<pre><code');
    expect(html).not.toContain('Un titre');
  });

  it('counts words as Yoast does: headings in, code, blockquotes and punctuation out', () => {
    const result = assessArticle(article);
    // 6 + 8 (guillemets and colon are not words) + 2 (heading) + 7 (inline code and URL dropped).
    expect(result.words).toBe(6 + 8 + 2 + 7);
  });

  it('rates every French readability check, Flesch included, as a traffic light', () => {
    const { checks } = assessArticle(article);
    for (const id of [
      'textSentenceLength',
      'passiveVoice',
      'textTransitionWords',
      'sentenceBeginnings',
      'textParagraphTooLong',
      'subheadingsTooLong',
      'fleschReadingEase',
    ]) {
      expect(['green', 'orange', 'red', 'grey']).toContain(checks[id]?.rating);
    }
    expect(checks.fleschReadingEase.flesch).toBeGreaterThan(0);
  });

  it('maps Yoast scores to its colours', () => {
    expect([9, 6, 3, 0].map(ratingOf)).toEqual(['green', 'orange', 'red', 'grey']);
  });
});
