import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VERSION } from '../package/version.js';
import type { Diagnostic, LintReport } from '../report/types.js';
import { docsPage, REPOSITORY_URL, ruleById } from '../rules/index.js';

/** Where the report's paths are and how to read the files they name (for fingerprints). */
export interface SarifOptions {
  /** The directory the report's relative paths are relative to (the CLI's working directory). */
  cwd?: string;
  /**
   * Artifact URIs are relative to this directory, so that code scanning finds the files whatever
   * directory the linter ran from. Default: the enclosing git repository, else `cwd`.
   */
  repositoryRoot?: string;
  /** The text of a linted file, to fingerprint the flagged line; default: read it from disk. */
  readText?: (absolutePath: string) => string | undefined;
}

/** The `uriBaseId` of every artifact: the repository root, as code scanning tools name it. */
export const SRCROOT = '%SRCROOT%';
/** The `partialFingerprints` key; its value never holds a line number (see fingerprint()). */
export const FINGERPRINT_KEY = 'plumeLineHash/v1';

/** The nearest directory holding `.git` (a folder, or a file in a worktree), or undefined. */
export function findRepositoryRoot(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function readTextFromDisk(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

const toPosix = (path: string) => path.split(sep).join('/');

/** A relative URI reference: each segment percent-encoded, slashes kept. */
const uriOf = (relativePath: string) => toPosix(relativePath).split('/').map(encodeURIComponent).join('/');

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * What identifies a result across runs when unrelated lines move it: the rule, the flagged line's
 * text (white space collapsed) and the message with its numbers blanked (`found 512 words`
 * changes with any edit). Never the line number. Identical keys in one file are told apart by
 * their order (`:2`), as code scanning's own line hashes are.
 */
function fingerprintKey(d: Diagnostic, lines: readonly string[] | undefined): string {
  const line = (lines?.[d.line - 1] ?? '').replace(/\s+/gu, ' ').trim();
  const message = d.message.replace(/\d+(?:[.,]\d+)?/gu, '#');
  return hash(`${d.ruleId}\u0000${line}\u0000${message}`);
}

/** Plain text of a docs page: the Markdown without its markup characters. */
function plainText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gmu, '')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/gu, '$1 ($2)')
    .replace(/[*`]/gu, '')
    .trim();
}

/** The first paragraph after the page's title: what the rule does, in a sentence or two. */
function firstParagraph(markdown: string): string | undefined {
  const paragraphs = markdown.split(/\n\s*\n/u).map((block) => block.trim());
  const first = paragraphs.find((block) => block !== '' && !block.startsWith('#'));
  return first === undefined ? undefined : plainText(first).replace(/\s+/gu, ' ');
}

function ruleDescriptor(id: string, sample: Diagnostic | undefined) {
  const rule = ruleById.get(id);
  if (!rule) {
    // markdownlint's rules: its own description (the start of each message) and docs page.
    const description = sample?.message.split(/:| \[/u)[0]?.trim() || id;
    const helpUri = sample?.url;
    const more = helpUri ? ` See ${helpUri}` : '';
    return {
      id,
      name: id,
      shortDescription: { text: description },
      fullDescription: { text: `${description} (markdownlint rule ${id}).` },
      help: {
        text: `${description}.${more}`,
        markdown: helpUri
          ? `**${id}**: ${description}. [markdownlint's documentation](${helpUri})`
          : description,
      },
      ...(helpUri ? { helpUri } : {}),
      defaultConfiguration: { level: sample?.severity === 'error' ? 'error' : 'warning' },
      properties: { tags: ['markdownlint'] },
    };
  }
  const helpUri = sample?.url;
  const page = docsPage(id);
  const full = (page && firstParagraph(page)) ?? `${rule.meta.description}.`;
  const markdown = page ?? `${rule.meta.description}.`;
  return {
    id,
    name: id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: full },
    help: { text: plainText(markdown), markdown },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: {
      level:
        rule.meta.defaultSeverity === 'error'
          ? 'error'
          : rule.meta.defaultSeverity === 'off'
            ? 'none'
            : 'warning',
    },
    properties: { tags: rule.meta.tags },
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer): one run, a descriptor for each
 * rule that reported (descriptions and help from its docs page), one result per diagnostic with a
 * line-independent fingerprint, and artifact URIs relative to the repository root (`%SRCROOT%`),
 * whatever the directory the linter ran from.
 */
export function formatSarif(report: LintReport, options: SarifOptions = {}): string {
  const cwd = resolve(options.cwd ?? process.cwd());
  const root = resolve(options.repositoryRoot ?? findRepositoryRoot(cwd) ?? cwd);
  const readText = options.readText ?? readTextFromDisk;

  const seen = new Map<string, Diagnostic>();
  for (const file of report.files)
    for (const d of file.diagnostics) if (!seen.has(d.ruleId)) seen.set(d.ruleId, d);
  const ids = [...seen.keys()].sort();
  const index = new Map(ids.map((id, position) => [id, position]));
  const rules = ids.map((id) => ruleDescriptor(id, seen.get(id)));

  const results = report.files.flatMap((file) => {
    const absolute = isAbsolute(file.path) ? file.path : resolve(cwd, file.path);
    const inRoot = relative(root, absolute);
    const outside = inRoot.startsWith('..') || isAbsolute(inRoot);
    const artifactLocation = outside
      ? { uri: pathToFileURL(absolute).href }
      : { uri: uriOf(inRoot), uriBaseId: SRCROOT };
    const text = file.diagnostics.length > 0 ? readText(absolute) : undefined;
    const lines = text?.split(/\r?\n/u);
    const occurrences = new Map<string, number>();
    return file.diagnostics.map((d) => {
      const key = fingerprintKey(d, lines);
      const nth = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, nth);
      return {
        ruleId: d.ruleId,
        ruleIndex: index.get(d.ruleId) ?? 0,
        level: d.severity === 'error' ? 'error' : 'warning',
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: {
                startLine: d.line,
                startColumn: d.column,
                endLine: d.endLine,
                // SARIF's endColumn is exclusive too; an empty range would be invalid.
                endColumn: d.endLine === d.line && d.endColumn <= d.column ? d.column + 1 : d.endColumn,
              },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: `${key}:${nth}` },
      };
    });
  });

  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Plume',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: REPOSITORY_URL,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(`${root}${sep}`).href } },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
