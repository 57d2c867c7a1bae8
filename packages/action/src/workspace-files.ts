import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inlineCode } from './escape.js';

/**
 * Drops symlinks from the files a pull request changed: a link to a file outside the repository
 * (`/proc/self/environ`, a credentials file) must never be read into a public report.
 */
export async function regularFiles(workspace: string, paths: string[], notices: string[]): Promise<string[]> {
  const kept: string[] = [];
  for (const path of paths) {
    const stat = await lstat(join(workspace, path)).catch(() => undefined);
    if (stat?.isFile()) kept.push(path);
    else if (stat) notices.push(`${inlineCode(path)} is not a regular file (a symlink?): not linted.`);
  }
  return kept;
}

/** The articles' text, for a pull request whose branch cannot receive them. */
export async function readArticles(
  workspace: string,
  paths: string[],
): Promise<{ path: string; text: string }[]> {
  return Promise.all(
    paths.map(async (path) => ({ path, text: await readFile(join(workspace, path), 'utf8') })),
  );
}
