import { densityBounds, parseKeyphrase } from '@plume/linter';

/**
 * The keyphrase rules' thresholds for one article, read from the config the draft is linted
 * with, so that the prompt states the bars the draft is checked against.
 */
export interface KeyphraseTargets {
  minDensity: number;
  maxDensity: number;
  /** Share of H2/H3 subheadings that hold it, in percent. */
  subheadingMinShare: number;
  subheadingMaxShare: number;
  /** Most occurrences in the meta description. */
  descriptionMax: number;
  maxContentWords: number;
}

export const DEFAULT_KEYPHRASE_TARGETS: KeyphraseTargets = {
  minDensity: 0.5,
  maxDensity: 3.5,
  subheadingMinShare: 30,
  subheadingMaxShare: 75,
  descriptionMax: 2,
  maxContentWords: 4,
};

/** Rule ids whose findings the rewriter repairs although they are warnings. */
export const isKeyphraseRule = (ruleId: string): boolean => ruleId.startsWith('keyphrase-');

const contentWords = (text: string): number => parseKeyphrase(text).words.filter((w) => w.content).length;

/**
 * The article's focus keyphrase: the seed's own when it sets one; else the draft's proposal (the
 * latest draft's, as a repaired draft may propose a better one); else one chosen from the title
 * and keywords: the first keyword of 1–4 content words that the title holds, else the title's
 * first two content words.
 */
export function chooseKeyphrase(input: {
  seed?: string | undefined;
  proposed?: string | undefined;
  title: string;
  keywords: readonly string[];
  maxContentWords?: number;
}): string {
  const max = input.maxContentWords ?? DEFAULT_KEYPHRASE_TARGETS.maxContentWords;
  const seed = input.seed?.trim();
  if (seed) return seed;
  const proposed = input.proposed?.trim();
  if (proposed && contentWords(proposed) > 0) return proposed;
  for (const keyword of input.keywords) {
    const parsed = parseKeyphrase(keyword);
    const count = contentWords(keyword);
    if (count === 0 || count > max) continue;
    if (parsed.match(input.title).found === parsed.keys.length) return keyword.trim();
  }
  const titleWords = parseKeyphrase(input.title).words.filter((w) => w.content);
  const first = input.keywords.find((k) => contentWords(k) > 0 && contentWords(k) <= max);
  if (titleWords.length === 0) return first?.trim() ?? input.title.trim();
  // The title's first two content words, as written there (accents kept).
  const pattern = titleWords
    .slice(0, 2)
    .map((w) => w.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*?');
  const folded = input.title
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
  const match = new RegExp(pattern, 'u').exec(folded);
  if (!match)
    return titleWords
      .slice(0, 2)
      .map((w) => w.text)
      .join(' ');
  // Map the match back onto the title: NFD removal keeps one character per base letter.
  const original = Array.from(input.title.normalize('NFC'));
  return original
    .slice(match.index, match.index + match[0].length)
    .join('')
    .toLowerCase()
    .replace(/[\s:;,!?«»"“”]+/gu, ' ')
    .trim();
}

const times = (n: number) => `${n} time${n === 1 ? '' : 's'}`;

/**
 * The keyphrase instructions: how to choose it when the seed set none, and where to use it and
 * how often, as the thresholds the keyphrase rules check.
 */
export function keyphraseInstructions(
  keyphrase: string | undefined,
  targetWords: number,
  targets: KeyphraseTargets,
): string[] {
  const words = keyphrase ? Math.max(1, contentWords(keyphrase)) : 2;
  const bounds = densityBounds(targetWords, words, targets.minDensity, targets.maxDensity);
  const aim = Math.min(bounds.max, Math.max(bounds.min + 2, Math.round(bounds.min * 1.5)));
  const name = keyphrase ? `the focus keyphrase "${keyphrase}"` : 'the focus keyphrase';
  const lines = keyphrase
    ? [
        `- Focus keyphrase: "${keyphrase}" (given; keep it as it is and write it in the front matter as keyphrase).`,
      ]
    : [
        `- Focus keyphrase: choose one and write it in the front matter as keyphrase: the article's main subject in 1 to ${targets.maxContentWords} content words (articles and prepositions not counted), the words a reader would type into a search engine to find this article, in the article's language.`,
      ];
  lines.push(
    `- Use ${name} with the same words (plural or feminine forms count) in these places; each is checked:`,
    `  - Title: begin the title with it (only an article such as "La" or "Les" may come before it).`,
    '  - First paragraph: all its words in one sentence of the first paragraph, ideally the first sentence.',
    `  - Meta description: once, at most ${times(targets.descriptionMax)}.`,
    `  - Subheadings: in ${targets.subheadingMinShare} to ${targets.subheadingMaxShare} % of the "## " subheadings (for example 2 of 5 subheadings), not in all of them.`,
    `  - Body: between ${bounds.min} and ${bounds.max} times in an article of about ${targetWords} words; aim for about ${aim}, spread over the sections, never forced.`,
  );
  return lines;
}
