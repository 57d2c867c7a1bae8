import { DEFAULTS } from '../rewrite-config.js';
import type { Seed } from '../seed/types.js';
import { DEFAULT_KEYPHRASE_TARGETS, type KeyphraseTargets } from './keyphrase.js';

/** What the article must be: the seed's options over the project defaults. */
export interface ArticleSpec {
  lang: string;
  minWords: number;
  /** Aimed above `minWords` because models under-shoot length. */
  targetWords: number;
  subheadings: boolean;
  seo: boolean;
  keyphrase?: string;
  title?: string;
  slug?: string;
  description: { min: number; max: number };
  titleMaxChars: number;
  sectionMaxWords: number;
  paragraphMaxWords: number;
  /** The keyphrase rules' thresholds, stated in the prompt. */
  keyphraseTargets: KeyphraseTargets;
}

export interface SpecDefaults {
  lang: string;
  minWords: number;
  targetWords: number;
  /** The linter's thresholds for this article, when the config changes them. */
  description?: { min: number; max: number } | undefined;
  titleMaxChars?: number | undefined;
  sectionMaxWords?: number | undefined;
  paragraphMaxWords?: number | undefined;
  keyphrase?: KeyphraseTargets | undefined;
}

export const DEFAULT_SPEC: SpecDefaults = {
  lang: 'fr',
  minWords: DEFAULTS.minWords,
  targetWords: DEFAULTS.targetWords,
};

export function resolveSpec(seed: Seed, defaults: SpecDefaults = DEFAULT_SPEC): ArticleSpec {
  const minWords = seed.options.minWords ?? defaults.minWords;
  return {
    lang: seed.options.lang ?? defaults.lang,
    minWords,
    // Keep the same headroom over a seed's own minimum as the default target has over the default minimum.
    targetWords: Math.max(
      defaults.targetWords,
      Math.ceil((minWords * DEFAULTS.targetWords) / DEFAULTS.minWords),
    ),
    subheadings: seed.options.subheadings ?? true,
    seo: seed.options.seo ?? true,
    ...(seed.options.keyphrase ? { keyphrase: seed.options.keyphrase } : {}),
    ...(seed.options.title ? { title: seed.options.title } : {}),
    ...(seed.options.slug ? { slug: seed.options.slug } : {}),
    description: defaults.description ?? { min: 120, max: 156 },
    titleMaxChars: defaults.titleMaxChars ?? 60,
    sectionMaxWords: defaults.sectionMaxWords ?? 300,
    paragraphMaxWords: defaults.paragraphMaxWords ?? 150,
    keyphraseTargets: defaults.keyphrase ?? DEFAULT_KEYPHRASE_TARGETS,
  };
}
