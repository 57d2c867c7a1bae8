import { readFileSafe } from '@plume/linter/fs';
import { readArticleStamp, sha256 } from '../reply/finalise.js';

export type CacheDecision =
  | { action: 'write' }
  /** Written with lint errors by an earlier run and untouched since: tried again. */
  | { action: 'retry'; errors: number }
  | { action: 'skip-unchanged' }
  | { action: 'skip-edited'; reason: string };

/** Far above any article Plume writes; a larger file is someone else's and is left alone. */
const MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

/** The article file as the run found it: what a later write must still find there to replace it. */
export type ExistingArticle =
  | { kind: 'absent' }
  | { kind: 'present'; text: string; bytes: Uint8Array }
  | { kind: 'unreadable'; reason: string };

/**
 * Reads the article a seed would replace, with the same checks as a seed: a FIFO, a device, a
 * symlink or a symlinked folder under `root` is reported, never read or waited on.
 */
export async function readExistingArticle(path: string, root: string): Promise<ExistingArticle> {
  const read = await readFileSafe(path, { root, maxBytes: MAX_ARTICLE_BYTES });
  if (read.ok) return { kind: 'present', text: read.bytes.toString('utf8'), bytes: read.bytes };
  if (read.problem === 'not-found') return { kind: 'absent' };
  return { kind: 'unreadable', reason: `the existing article ${read.message}; it cannot be replaced` };
}

/**
 * The outcome record of an article written with lint errors: the count, and a hash of the whole
 * file without these two lines. `body_sha256` alone would miss a person who fixed the front
 * matter (a too-short description is a common error), so the retry checks every byte.
 */
const ERRORS_KEY = 'plume_errors';
const FILE_SHA_KEY = 'plume_file_sha256';
const OUTCOME_LINE = new RegExp(`^(?:${ERRORS_KEY}|${FILE_SHA_KEY}):.*\\n`, 'gm');

const withoutOutcome = (text: string) => {
  const end = text.indexOf('\n---', 3);
  if (end < 0) return text;
  return text.slice(0, end + 1).replace(OUTCOME_LINE, '') + text.slice(end + 1);
};

/**
 * The article text with its outcome recorded in the front matter when it still has lint errors,
 * so the next run retries it (DESIGN §5.3). A clean article carries no record.
 */
export function recordOutcome(text: string, errorCount: number): string {
  if (errorCount === 0) return text;
  const end = text.indexOf('\n---', 3);
  if (!text.startsWith('---\n') || end < 0) return text;
  const hash = sha256(text);
  return `${text.slice(0, end + 1)}${ERRORS_KEY}: ${errorCount}\n${FILE_SHA_KEY}: ${hash}${text.slice(end)}`;
}

/**
 * Whether an existing article may be replaced. A body that no longer matches its
 * `body_sha256` (or a file Plume never stamped) is someone's work: it is never overwritten
 * without --force. An article left with errors is retried unless a person touched it since.
 */
export function decideCache(
  existing: ExistingArticle,
  current: { sourceSha256: string; promptVersion: string; model: string },
): CacheDecision {
  if (existing.kind === 'absent') return { action: 'write' };
  if (existing.kind === 'unreadable') return { action: 'skip-edited', reason: existing.reason };
  const text = existing.text;
  const normalised = text.replace(/\r\n?/g, '\n');
  const stamp = readArticleStamp(normalised);
  const bodySha = stamp?.fields.body_sha256;
  if (!stamp || typeof bodySha !== 'string') {
    return {
      action: 'skip-edited',
      reason: 'the existing article was not written by Plume (no body_sha256)',
    };
  }
  if (sha256(stamp.body) !== bodySha) {
    return {
      action: 'skip-edited',
      reason: 'the existing article was edited by hand (body_sha256 differs); use --force to overwrite',
    };
  }
  const f = stamp.fields;
  const errors = f[ERRORS_KEY];
  if (typeof errors === 'number' && errors > 0) {
    if (f[FILE_SHA_KEY] !== sha256(withoutOutcome(normalised))) {
      return {
        action: 'skip-edited',
        reason: `the existing article, written with ${errors} lint error(s), was edited by hand since; use --force to overwrite`,
      };
    }
    return { action: 'retry', errors };
  }
  if (
    f.source_sha256 === current.sourceSha256 &&
    String(f.plume_prompt) === current.promptVersion &&
    f.model === current.model
  ) {
    return { action: 'skip-unchanged' };
  }
  return { action: 'write' };
}
