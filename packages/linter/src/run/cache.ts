import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { ResolvedConfig } from '../config/resolve.js';
import { readFileSafeSync } from '../fs/safe-read.js';
import { writeFileAtomicSync } from '../fs/write-atomic.js';
import { BUILD_ID } from '../package/build-id.js';
import { VERSION } from '../package/version.js';
import type { Diagnostic, FileResult } from '../report/types.js';
import { FILE_BUDGET } from './file-budget.js';
import type { FileJob, FileOutcome } from './lint-file.js';
import { MAX_SOURCE_BYTES } from './read-source.js';

export const DEFAULT_CACHE_LOCATION = '.plumecache';
const CACHE_FILE = 'lint-cache.json';
/**
 * The linter version and build, and the cache's layout (4: docs URLs in a table, no path, the
 * project phase's diagnostics); any of them changing empties the cache.
 */
const CACHE_VERSION = `${VERSION}+${BUILD_ID}/4`;
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/**
 * A diagnostic as the cache keeps it: its docs URL as an index into the cache's URL table. A
 * run that reuses every result reads the whole cache first, and the same few dozen URLs on
 * every diagnostic were a third of it.
 */
type StoredDiagnostic = Omit<Diagnostic, 'url'> & { url?: number };

/** An outcome as the cache keeps it; the path is the current run's, set when it is reused. */
interface StoredOutcome extends Omit<FileOutcome, 'result'> {
  result: Omit<FileResult, 'path' | 'diagnostics'> & { diagnostics: StoredDiagnostic[] };
}

interface CacheEntry {
  key: string;
  outcome: StoredOutcome;
}

/** The project phase's diagnostics by path, and the key of what the files collected for it. */
interface StoredProject {
  key: string;
  diagnostics: Record<string, StoredDiagnostic[]>;
}

interface CacheData {
  version: string;
  urls: string[];
  entries: Record<string, CacheEntry>;
  project?: StoredProject;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Diagnostics as this version stores them; anything else (an edited cache) is a miss. */
const areStoredDiagnostics = (value: unknown, urls: readonly string[]): value is StoredDiagnostic[] =>
  Array.isArray(value) &&
  value.every(
    (diagnostic: unknown) =>
      isRecord(diagnostic) &&
      typeof diagnostic.ruleId === 'string' &&
      (diagnostic.severity === 'error' || diagnostic.severity === 'warning') &&
      typeof diagnostic.message === 'string' &&
      Number.isInteger(diagnostic.line) &&
      Number.isInteger(diagnostic.column) &&
      Number.isInteger(diagnostic.endLine) &&
      Number.isInteger(diagnostic.endColumn) &&
      typeof diagnostic.fixable === 'boolean' &&
      (diagnostic.url === undefined ||
        (Number.isInteger(diagnostic.url) &&
          (diagnostic.url as number) >= 0 &&
          (diagnostic.url as number) < urls.length)),
  );

/** A cached outcome as this version writes it; anything else (an edited cache) is a miss. */
function isStoredOutcome(value: unknown, urls: readonly string[]): value is StoredOutcome {
  if (!isRecord(value) || !isRecord(value.result) || !isRecord(value.crossFile)) return false;
  const result = value.result;
  return (
    areStoredDiagnostics(result.diagnostics, urls) &&
    isRecord(result.metrics) &&
    typeof result.errorCount === 'number' &&
    typeof result.warningCount === 'number' &&
    typeof value.fixed === 'boolean'
  );
}

function isCacheData(value: unknown): value is CacheData {
  return (
    isRecord(value) &&
    typeof value.version === 'string' &&
    Array.isArray(value.urls) &&
    value.urls.every((url) => typeof url === 'string') &&
    isRecord(value.entries)
  );
}

/**
 * The lint cache (`--cache`): a file's result is reused when its bytes, the bytes of its
 * `source`, the resolved configuration and the linter version are all unchanged; the project
 * phase's, when what every file collected for it is.
 */
export class LintCache {
  private data: CacheData;
  private configHash: { config: ResolvedConfig; hash: string } | undefined;
  private readonly file: string;
  /** The folders the keys' reads found real, this run (see readFileSafeSync). */
  private readonly checkedFolders = new Set<string>();

  constructor(location: string) {
    this.file = join(location, CACHE_FILE);
    this.data = { version: CACHE_VERSION, urls: [], entries: {} };
    const read = readFileSafeSync(this.file, { maxBytes: MAX_CACHE_BYTES });
    try {
      const parsed: unknown = read.ok ? JSON.parse(read.bytes.toString('utf8')) : undefined;
      if (isCacheData(parsed) && parsed.version === CACHE_VERSION) this.data = parsed;
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }

  private hashOf(config: ResolvedConfig): string {
    if (this.configHash?.config !== config) {
      this.configHash = { config, hash: createHash('sha256').update(JSON.stringify(config)).digest('hex') };
    }
    return this.configHash.hash;
  }

  /** The cache key of a file, or undefined when it cannot be read (then it is linted). */
  async keyOf(job: FileJob, config: ResolvedConfig): Promise<string | undefined> {
    const read = readFileSafeSync(job.absolutePath, {
      root: job.root,
      maxBytes: FILE_BUDGET.maxBytes,
      checkedFolders: this.checkedFolders,
    });
    // A file that cannot be read safely is linted, which reports why.
    if (!read.ok) return undefined;
    const bytes = read.bytes;
    const hash = createHash('sha256').update(VERSION).update(this.hashOf(config)).update(bytes);
    if (mayNameSource(bytes)) {
      // The YAML parser is loaded only for the files that may name a source.
      const { parseFrontMatter } = await import('../article/front-matter.js');
      const source = parseFrontMatter(bytes.toString('utf8').replace(/^\uFEFF/, '')).data?.source;
      if (typeof source === 'string') {
        const named = readFileSafeSync(resolve(config.baseDir, source), {
          root: config.baseDir,
          maxBytes: MAX_SOURCE_BYTES,
        });
        if (named.ok) hash.update('source').update(named.bytes);
        else hash.update('no-source');
      }
    }
    return hash.digest('hex');
  }

  get(job: FileJob, key: string): FileOutcome | undefined {
    const entry: unknown = Object.hasOwn(this.data.entries, job.absolutePath)
      ? this.data.entries[job.absolutePath]
      : undefined;
    const { urls } = this.data;
    if (!isRecord(entry) || entry.key !== key || !isStoredOutcome(entry.outcome, urls)) return undefined;
    const { result } = entry.outcome;
    return {
      ...entry.outcome,
      // Paths are shown relative to the current directory, which may differ from the cached run.
      // Built in the order of a fresh result's keys, so that the JSON report is the same.
      result: { path: job.path, ...result, diagnostics: this.unstored(result.diagnostics) },
    };
  }

  /** The project phase's diagnostics by path, when what the files collected has `key`. */
  projectDiagnostics(key: string): Map<string, Diagnostic[]> | undefined {
    const project: unknown = this.data.project;
    if (!isRecord(project) || project.key !== key || !isRecord(project.diagnostics)) return undefined;
    const found = new Map<string, Diagnostic[]>();
    for (const [path, stored] of Object.entries(project.diagnostics)) {
      if (!areStoredDiagnostics(stored, this.data.urls)) return undefined;
      found.set(path, this.unstored(stored));
    }
    return found;
  }

  rememberProject(key: string, found: ReadonlyMap<string, readonly Diagnostic[]>): void {
    const diagnostics: Record<string, StoredDiagnostic[]> = {};
    for (const [path, list] of found) diagnostics[path] = this.stored(list);
    this.data.project = { key, diagnostics };
    this.changed = true;
  }

  private unstored(diagnostics: readonly StoredDiagnostic[]): Diagnostic[] {
    const { urls } = this.data;
    return diagnostics.map(({ url, ...diagnostic }) =>
      url === undefined ? diagnostic : { ...diagnostic, url: urls[url] as string },
    );
  }

  private stored(diagnostics: readonly Diagnostic[]): StoredDiagnostic[] {
    return diagnostics.map(({ url, ...diagnostic }) =>
      url === undefined ? diagnostic : { ...diagnostic, url: this.indexOfUrl(url) },
    );
  }

  private urlIndex: Map<string, number> | undefined;

  private indexOfUrl(url: string): number {
    this.urlIndex ??= new Map(this.data.urls.map((known, index) => [known, index]));
    let index = this.urlIndex.get(url);
    if (index === undefined) {
      index = this.data.urls.push(url) - 1;
      this.urlIndex.set(url, index);
    }
    return index;
  }

  private changed = false;

  set(job: FileJob, key: string, outcome: FileOutcome): void {
    const { path: _path, ...result } = outcome.result;
    const stored: StoredOutcome = {
      ...outcome,
      result: { ...result, diagnostics: this.stored(result.diagnostics) },
    };
    this.data.entries[job.absolutePath] = { key, outcome: stored };
    this.changed = true;
  }

  /** Writes the cache when something was linted afresh (an all-hits run leaves it as it is). */
  save(): void {
    if (!this.changed) return;
    // An unpredictable temporary name opened with O_EXCL: a symlink planted in the cache folder
    // is never written through. A cache that cannot be written only costs time on the next run.
    writeFileAtomicSync(this.file, JSON.stringify(this.data), { createFolders: true });
  }
}

/**
 * Whether a file's front matter has a line that may be its `source` key: only those files pay
 * for a YAML parse (it was most of an unchanged run's time when every mention of "source" in a
 * body triggered one). A front matter without its closing fence has no data, so no source.
 */
function mayNameSource(bytes: Buffer): boolean {
  const start = bytes[0] === 0xef ? 3 : 0; // a UTF-8 byte-order mark
  if (bytes.toString('latin1', start, start + 3) !== '---') return false;
  const close = bytes.indexOf('\n---', start + 3);
  if (close === -1) return false;
  return /^["']?source["']?[ \t]*:/mu.test(bytes.toString('utf8', start, close));
}
