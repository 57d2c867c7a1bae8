/** Where files of the pull request can be read on GitHub: the repository at one commit. */
export interface BlobBase {
  /** `https://github.com/owner/repo` (the server URL and the repository, no trailing slash). */
  repositoryUrl: string;
  /** The commit holding the files: the PR head, or the commit Plume pushed on top of it. */
  sha: string;
  /** Files not in that commit (articles that were not pushed): shown without a link. */
  absent: ReadonlySet<string>;
}

// encodeURIComponent leaves these as they are; in a Markdown link destination a parenthesis
// could end the link, and the rest are encoded too so any file name gives a working URL.
const pathSegment = (segment: string) =>
  encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The URL of a file, or of a line range in it, at the base commit; undefined when not there. */
export function blobUrl(
  base: BlobBase | undefined,
  path: string,
  lines?: { line: number; endLine?: number },
): string | undefined {
  if (!base || base.absent.has(path)) return undefined;
  const file = `${base.repositoryUrl}/blob/${base.sha}/${path.split('/').map(pathSegment).join('/')}`;
  if (!lines) return file;
  const end = lines.endLine !== undefined && lines.endLine > lines.line ? `-L${lines.endLine}` : '';
  return `${file}#L${lines.line}${end}`;
}

/** `[text](url)`, or the text alone when there is nowhere to link. */
export const link = (text: string, url: string | undefined) => (url ? `[${text}](${url})` : text);
