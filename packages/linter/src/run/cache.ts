import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontMatter } from '../article/front-matter.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { VERSION } from '../package/version.js';
import type { FileJob, FileOutcome } from './lint-file.js';

export const DEFAULT_CACHE_LOCATION = '.plumecache';
const CACHE_FILE = 'lint-cache.json';
/** The linter version and the shape of a cached outcome (2: cross-file facts); either changing empties the cache. */
const CACHE_VERSION = `${VERSION}/2`;

interface CacheEntry {
  key: string;
  outcome: FileOutcome;
}

interface CacheData {
  version: string;
  entries: Record<string, CacheEntry>;
}

/**
 * The lint cache (`--cache`): a file's result is reused when its bytes, the bytes of its
 * `source`, the resolved configuration and the linter version are all unchanged.
 */
export class LintCache {
  private data: CacheData;
  private readonly configHash: string;
  private readonly file: string;

  constructor(location: string, config: ResolvedConfig) {
    this.file = join(location, CACHE_FILE);
    this.configHash = createHash('sha256').update(JSON.stringify(config)).digest('hex');
    this.data = { version: CACHE_VERSION, entries: {} };
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as CacheData;
      if (parsed.version === CACHE_VERSION && parsed.entries && typeof parsed.entries === 'object')
        this.data = parsed;
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }

  /** The cache key of a file, or undefined when it cannot be read (then it is linted). */
  keyOf(job: FileJob, config: ResolvedConfig): string | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(job.absolutePath);
    } catch {
      return undefined;
    }
    const hash = createHash('sha256').update(VERSION).update(this.configHash).update(bytes);
    if (mayNameSource(bytes)) {
      const source = parseFrontMatter(bytes.toString('utf8').replace(/^\uFEFF/, '')).data?.source;
      if (typeof source === 'string') {
        try {
          hash.update('source').update(readFileSync(resolve(config.baseDir, source)));
        } catch {
          hash.update('no-source');
        }
      }
    }
    return hash.digest('hex');
  }

  get(job: FileJob, key: string): FileOutcome | undefined {
    const entry = this.data.entries[job.absolutePath];
    if (entry?.key !== key) return undefined;
    // Paths are shown relative to the current directory, which may differ from the cached run.
    return {
      ...entry.outcome,
      result: { ...entry.outcome.result, path: job.path },
    };
  }

  private changed = false;

  set(job: FileJob, key: string, outcome: FileOutcome): void {
    this.data.entries[job.absolutePath] = { key, outcome };
    this.changed = true;
  }

  /** Writes the cache when a file was linted afresh (an all-hits run leaves it as it is). */
  save(): void {
    if (!this.changed) return;
    try {
      mkdirSync(resolve(this.file, '..'), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(this.data));
      renameSync(temporary, this.file);
    } catch {
      // A cache that cannot be written only costs time on the next run.
    }
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
