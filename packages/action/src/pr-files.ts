import picomatch from 'picomatch';
import { type ChangedLines, changedLinesOf } from './diff-lines.js';
import type { Octokit } from './octokit.js';

export interface PullRef {
  owner: string;
  repo: string;
  pullNumber: number;
}

export interface ChangedFiles {
  /** Changed seeds, sorted. */
  seeds: string[];
  /** Changed articles, sorted. */
  articles: string[];
  /** The lines each changed article's diff touched, for the annotation filter. */
  changedLines: ChangedLines;
  /** Files the API listed, before filtering. */
  listed: number;
  /** GitHub lists at most 3,000 files of a pull request: files past that are not seen. */
  truncated: boolean;
}

/** GitHub's own ceiling for `GET /pulls/{n}/files`. */
export const MAX_LISTED_FILES = 3000;

/** Removed files have nothing to rewrite or lint; `copied`/`changed`/`unchanged` carry no new text. */
const KEPT_STATUSES = new Set(['added', 'modified', 'renamed']);

/**
 * Lists the pull request's files through the REST API (every page, up to GitHub's 3,000) and
 * keeps the added, modified and renamed ones that match the seed or article globs.
 */
export async function listChangedFiles(
  octokit: Octokit,
  pull: PullRef,
  globs: { seeds: string[]; articles: string[] },
): Promise<ChangedFiles> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: pull.owner,
    repo: pull.repo,
    pull_number: pull.pullNumber,
    per_page: 100,
  });
  const isSeed = picomatch(globs.seeds, { dot: true });
  const isArticle = picomatch(globs.articles, { dot: true });
  const keptFiles = files.filter((f) => KEPT_STATUSES.has(f.status));
  const kept = keptFiles.map((f) => f.filename);
  const articles = kept.filter((f) => isArticle(f) && !isSeed(f)).sort();
  const wanted = new Set(articles);
  return {
    seeds: kept.filter((f) => isSeed(f)).sort(),
    articles,
    changedLines: new Map(
      keptFiles.filter((f) => wanted.has(f.filename)).map((f) => [f.filename, changedLinesOf(f)]),
    ),
    listed: files.length,
    truncated: files.length >= MAX_LISTED_FILES,
  };
}

/**
 * The notice for a pull request GitHub did not list in full. `changedFiles` is the payload's
 * `pull_request.changed_files`: the true count, where the listing stops at 3,000.
 */
export function truncationNotice(changedFiles: number | undefined): string {
  const max = MAX_LISTED_FILES.toLocaleString('en-US');
  if (changedFiles === undefined || changedFiles <= MAX_LISTED_FILES)
    return `GitHub lists at most ${max} files of a pull request: files past the first ${max} were not checked.`;
  const unseen = (changedFiles - MAX_LISTED_FILES).toLocaleString('en-US');
  return `This pull request changes ${changedFiles.toLocaleString('en-US')} files and GitHub lists at most ${max}: the other ${unseen} were not checked.`;
}
