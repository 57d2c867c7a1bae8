import { readFile } from 'node:fs/promises';
import { readArticleStamp, sha256 } from '../reply/finalise.js';

export type CacheDecision =
  | { action: 'write' }
  | { action: 'skip-unchanged' }
  | { action: 'skip-edited'; reason: string };

/**
 * Whether an existing article may be replaced. A body that no longer matches its
 * `body_sha256` (or a file Plume never stamped) is someone's work: it is never overwritten
 * without --force.
 */
export async function decideCache(
  articlePath: string,
  current: { sourceSha256: string; promptVersion: string; model: string },
): Promise<CacheDecision> {
  let text: string;
  try {
    text = await readFile(articlePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { action: 'write' };
    return {
      action: 'skip-edited',
      reason: `the existing article cannot be read (${code})`,
    };
  }
  const stamp = readArticleStamp(text.replace(/\r\n?/g, '\n'));
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
  if (
    f.source_sha256 === current.sourceSha256 &&
    String(f.plume_prompt) === current.promptVersion &&
    f.model === current.model
  ) {
    return { action: 'skip-unchanged' };
  }
  return { action: 'write' };
}
