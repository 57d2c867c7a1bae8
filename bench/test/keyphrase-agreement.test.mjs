import { describe, expect, it } from 'vitest';
import { withKeyphrase } from '../keyphrase-agreement.mjs';
import { assessSeo, titleKeyphrase, titleSlug } from '../lib/yoast-seo.mjs';

describe('keyphrases for the corpus', () => {
  it("takes the title's first content word, or its first two with what stands between", () => {
    expect(titleKeyphrase('Maîtriser les redirections shell', 1)).toBe('maîtriser');
    expect(titleKeyphrase('Maîtriser les redirections shell', 2)).toBe('maîtriser les redirections');
    // An elided article is not part of the word: « l’accord » gives « accord ».
    expect(titleKeyphrase('L’accord parfait', 1)).toBe('accord');
  });

  it('sets the keyphrase in the front matter, replacing one already there', () => {
    expect(withKeyphrase('---\ntitle: T\nkeyphrase: old\n---\n\nTexte.\n', 'neuf')).toBe(
      '---\ntitle: T\nkeyphrase: "neuf"\n---\n\nTexte.\n',
    );
    expect(withKeyphrase('Texte.\n', 'neuf')).toBe('---\nkeyphrase: "neuf"\n---\n\nTexte.\n');
  });

  it("makes a title's slug as WordPress would", () => {
    expect(titleSlug('Coopération militaire : le bilan')).toBe('cooperation-militaire-le-bilan');
  });
});

describe("Yoast's SEO analysis of an article", () => {
  it('rates the keyphrase assessments from the front matter and the body', async () => {
    const article = [
      '---',
      'title: "Coopération militaire à Moscou"',
      'description: "La coopération militaire entre la Russie et la Chine au menu d’une visite à Moscou."',
      'keyphrase: "coopération militaire"',
      '---',
      '',
      'La coopération militaire progresse entre les deux pays.',
      '',
      '## Une visite',
      '',
      'Le ministre a rencontré le président.',
      '',
    ].join('\n');
    const result = await assessSeo(article);
    expect(result.keyphrase).toBe('coopération militaire');
    expect(result.checks.keyphraseInSEOTitle.rating).toBe('green');
    expect(result.checks.introductionKeyword.rating).toBe('green');
    expect(result.checks.metaDescriptionKeyword.rating).toBe('green');
    expect((await assessSeo(article, 'Ukraine')).checks.keyphraseInSEOTitle.rating).not.toBe('green');
    expect(result.seoScore).toBeGreaterThan(0);
  });
});
