/** Options a seed carries (instruction line or front matter), merged over the project defaults. */
export interface SeedOptions {
  /** ISO 639-1 code of the article to write. */
  lang: string;
  minWords: number;
  subheadings: boolean;
  seo: boolean;
  keyphrase?: string;
  slug?: string;
  title?: string;
}

/** A seed ready for the prompt: decoded, normalised, with its options parsed out. */
export interface Seed {
  path: string;
  /** The article text only: no instruction line, no front matter, LF line ends. */
  text: string;
  /** Hash of the file's bytes: the cache key and the article's `source_sha256`. */
  sha256: string;
  /** Only what the seed itself set; defaults are applied when the prompt is built. */
  options: Partial<SeedOptions>;
  /** Problems that did not stop the seed (encoding guessed, unknown instruction parts...). */
  warnings: string[];
}

export type SeedErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'symlink'
  | 'not-a-file'
  | 'unreadable'
  | 'bad-encoding'
  | 'bad-front-matter';

/** Why a seed was refused, naming the file; a value, never thrown. */
export interface SeedError {
  kind: 'seed-error';
  path: string;
  code: SeedErrorCode;
  message: string;
}

export const seedError = (path: string, code: SeedErrorCode, problem: string): SeedError => ({
  kind: 'seed-error',
  path,
  code,
  message: `${path}: ${problem}`,
});

export const isSeedError = (value: unknown): value is SeedError =>
  typeof value === 'object' && value !== null && (value as SeedError).kind === 'seed-error';
