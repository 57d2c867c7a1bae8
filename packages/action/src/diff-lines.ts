/** Which lines of a file's new version a pull request touched, from its unified diff. */
export interface FileDiff {
  /** Lines the pull request added or changed (`+` lines). */
  added: ReadonlySet<number>;
  /** Those and the unchanged lines GitHub shows around them (the hunks' context). */
  context: ReadonlySet<number>;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * Reads the `patch` GitHub gives for each file of a pull request (`GET /pulls/{n}/files`): a
 * unified diff without file headers. Lines are numbered in the new version of the file.
 */
export function parsePatch(patch: string): FileDiff {
  const added = new Set<number>();
  const context = new Set<number>();
  let line = 0;
  let inHunk = false;
  for (const text of patch.split('\n')) {
    const hunk = HUNK.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const mark = text[0];
    if (mark === '+') {
      added.add(line);
      context.add(line);
      line++;
    } else if (mark === ' ') {
      context.add(line);
      line++;
    }
    // '-' lines exist only in the old version; '\' is "No newline at end of file".
  }
  return { added, context };
}

/**
 * What a pull request changed, per file path: its diff, or `all` when every line counts as
 * changed (an added file, an article this run wrote whole, or a diff GitHub did not send:
 * it omits `patch` for large diffs, and hiding a file's problems is worse than showing them).
 */
export type ChangedLines = ReadonlyMap<string, FileDiff | 'all'>;

/** The lines of a file listed in `GET /pulls/{n}/files`, as far as GitHub tells them. */
export function changedLinesOf(file: { status: string; patch?: string | undefined }): FileDiff | 'all' {
  if (file.status === 'added' || file.patch === undefined) return 'all';
  return parsePatch(file.patch);
}
