import { createHash } from 'node:crypto';
import type { CrossFileInput } from '../lint/cross-file.js';
import type { Diagnostic } from '../report/types.js';
import type { LintCache } from './cache.js';

/**
 * The project phase (the cross-file rules) over what each file collected. With a cache, its
 * diagnostics are kept by what the files collected, paths included: when no file changed, the
 * rules are not even loaded (a cached run that loaded them spent a third of its time on it).
 */
export async function projectDiagnostics(
  files: readonly CrossFileInput[],
  cache: LintCache | undefined,
): Promise<Map<string, Diagnostic[]>> {
  const key = cache && createHash('sha256').update(JSON.stringify(files)).digest('hex');
  const kept = key === undefined ? undefined : cache?.projectDiagnostics(key);
  if (kept) return kept;
  const { crossFileDiagnostics } = await import('../lint/cross-file.js');
  const found = crossFileDiagnostics(files);
  if (key !== undefined) cache?.rememberProject(key, found);
  return found;
}
