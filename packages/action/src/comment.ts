import type { Octokit } from './octokit.js';
import type { PullRef } from './pr-files.js';

/** Hidden first line of Plume's comment; with the author login, it identifies the sticky comment. */
export const COMMENT_MARKER = '<!-- plume:report -->';

/** GitHub refuses comment bodies over 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_536;

export type CommentOutcome =
  | { kind: 'created'; id: number }
  | { kind: 'updated'; id: number }
  /** Nothing to say and no earlier comment to update. */
  | { kind: 'skipped' }
  /** The token may not write (fork pull request, read-only `permissions:`). */
  | { kind: 'forbidden'; message: string }
  | { kind: 'failed'; message: string };

interface IssueComment {
  id: number;
  body?: string | undefined;
  user?: { login: string } | null | undefined;
}

/** Plume's comment: written by `author` and starting with the marker, so a person quoting it never matches. */
export function isStickyComment(comment: IssueComment, author: string): boolean {
  return (
    comment.user?.login.toLowerCase() === author.toLowerCase() &&
    (comment.body ?? '').trimStart().startsWith(COMMENT_MARKER)
  );
}

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Posts the report as one sticky comment: updates Plume's existing comment in place, or creates
 * it when there is none. Never creates a second one and never edits anyone else's comment.
 * Permission and API errors come back as values: a comment is never worth failing the run.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  pull: PullRef,
  author: string,
  markdown: string,
  // False when the run found nothing to report: an earlier report is still brought up to date.
  options: { create: boolean } = { create: true },
): Promise<CommentOutcome> {
  const body = `${COMMENT_MARKER}\n${markdown}`;
  if (body.length > MAX_COMMENT_CHARS) {
    throw new Error(
      `comment body is ${body.length} characters; the caller must keep it under ${MAX_COMMENT_CHARS}`,
    );
  }
  const target = { owner: pull.owner, repo: pull.repo };
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...target,
      issue_number: pull.pullNumber,
      per_page: 100,
    });
    const existing = comments.find((c) => isStickyComment(c, author));
    if (existing) {
      if (existing.body === body) return { kind: 'updated', id: existing.id };
      await octokit.rest.issues.updateComment({ ...target, comment_id: existing.id, body });
      return { kind: 'updated', id: existing.id };
    }
    if (!options.create) return { kind: 'skipped' };
    const created = await octokit.rest.issues.createComment({
      ...target,
      issue_number: pull.pullNumber,
      body,
    });
    return { kind: 'created', id: created.data.id };
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) {
      return {
        kind: 'forbidden',
        message: `GitHub refused the comment (HTTP ${status}): the token needs \`pull-requests: write\`; a fork's pull_request token is read-only.`,
      };
    }
    return { kind: 'failed', message: `Could not post the comment: ${messageOf(error)}` };
  }
}
