// yoastseo is GPL-3.0: benchmark-only, never imported from packages/ (DESIGN §6.4, licence).
import { createRequire } from 'node:module';
import { parse as parseYaml } from 'yaml';
import { articleHtml } from './render-html.mjs';
import { ratingOf } from './yoast-assess.mjs';

const require = createRequire(import.meta.url);
const yoast = require('yoastseo');
const FrenchResearcher = require('yoastseo/build/languageProcessing/languages/fr/Researcher.js').default;
const {
  all: FRENCH_FUNCTION_WORDS,
} = require('yoastseo/build/languageProcessing/languages/fr/config/functionWords.js');

/** Yoast's keyphrase assessments, with the Plume rule that reproduces each. */
export const KEYPHRASE_CHECKS = [
  { id: 'keyphraseInSEOTitle', rule: 'keyphrase-in-title' },
  { id: 'introductionKeyword', rule: 'keyphrase-in-introduction' },
  { id: 'metaDescriptionKeyword', rule: 'keyphrase-in-description' },
  { id: 'subheadingsKeyword', rule: 'keyphrase-in-subheadings' },
  { id: 'keyphraseDensity', rule: 'keyphrase-density' },
  { id: 'slugKeyword', rule: 'keyphrase-in-slug' },
  { id: 'keyphraseLength', rule: 'keyphrase-length' },
];

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The front matter's mapping, or {} when there is none or it is not one. */
export function frontMatterOf(markdown) {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return {};
  try {
    const data = parseYaml(match[1]);
    return data && typeof data === 'object' && !Array.isArray(data) ? data : {};
  } catch {
    return {};
  }
}

/** What WordPress would make of a title without a slug: lowercase ASCII words joined by '-'. */
export function titleSlug(title) {
  return String(title)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-');
}

/**
 * The method for giving a corpus article a keyphrase: the title's first content word
 * (Yoast's French function words skipped), or its first two with what stands between them
 * (« Maîtriser les redirections »), lower-cased.
 */
export function titleKeyphrase(title, contentWords) {
  const tokens = [...String(title).matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((t) => {
    // « l’accord », « c’est »: the elided article is not part of the word that carries the meaning.
    const elided = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]/iu.exec(t[0]);
    const skip = elided ? elided[0].length : 0;
    return { word: t[0].slice(skip), index: t.index + skip };
  });
  const content = tokens.filter((t) => !FRENCH_FUNCTION_WORDS.includes(t.word.toLowerCase()));
  const picked = content.slice(0, contentWords);
  if (picked.length === 0) return undefined;
  const first = picked[0];
  const last = picked[picked.length - 1];
  return String(title)
    .slice(first.index, last.index + last.word.length)
    .toLowerCase();
}

/**
 * Yoast's SEO analysis (keyphrase assessments, verdict per assessment, overall SEO score 0–100)
 * and its readability score of one Markdown article, as the page would be analysed: body
 * rendered to HTML, title, description, slug and keyphrase from the front matter (`keyphrase`
 * overrides the front matter's; a missing slug is the title's, as WordPress makes it).
 */
export async function assessSeo(markdown, keyphrase) {
  const { arialWidth } = await import('@plume/linter');
  const data = frontMatterOf(markdown);
  const title = typeof data.title === 'string' ? data.title : '';
  const keyword = keyphrase ?? (typeof data.keyphrase === 'string' ? data.keyphrase : '');
  const paper = new yoast.Paper(articleHtml(markdown), {
    locale: 'fr_FR',
    keyword,
    title,
    description: typeof data.description === 'string' ? data.description : '',
    slug: typeof data.slug === 'string' ? data.slug : titleSlug(title),
    // Yoast's snippet preview measures the SEO title in pixels; here the title alone, in Arial
    // 20 px as Google's desktop results show it (no site name is known).
    titleWidth: Math.round(arialWidth(title)),
  });
  const researcher = new FrenchResearcher(paper);
  const seo = new yoast.assessors.SEOAssessor(researcher);
  seo.assess(paper);
  const checks = {};
  for (const result of seo.getValidResults()) {
    const score = result.getScore();
    checks[result.getIdentifier()] = { score, rating: ratingOf(score) };
  }
  const content = new yoast.ContentAssessor(new FrenchResearcher(paper));
  content.assess(paper);
  return {
    keyphrase: keyword,
    seoScore: Math.round(seo.calculateOverallScore()),
    readabilityScore: Math.round(content.calculateOverallScore()),
    checks,
  };
}

/** `assessSeo` for worker threads: `{ path, keyphrase }` in. */
export async function assessSeoFile({ path, keyphrase }) {
  const { readFile } = await import('node:fs/promises');
  return await assessSeo(await readFile(path, 'utf8'), keyphrase);
}
