import { z } from 'zod';
import type { Position } from '../article/article.js';
import { normalizeForMatch } from '../text/normalize.js';
import { lineStart } from './helpers.js';
import { defineRule } from './rule.js';

const FIELDS = ['slug', 'title', 'description', 'keyphrase'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Others named per message: with 2,000 articles sharing a title, naming every other file made
 * each message list 1,999 paths (a 208 MB report; 5,000 overflowed a string).
 */
const NAMED_OTHERS = 3;

function othersText(paths: readonly string[], self: string): string {
  const named: string[] = [];
  for (const other of paths) {
    if (named.length === NAMED_OTHERS) break;
    if (other !== self) named.push(other);
  }
  const rest = paths.length - 1 - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} other file${rest === 1 ? '' : 's'}` : named.join(', ');
}

/** A file's metadata values (trimmed) with the start of their lines; a value disabled inline is left out. */
type Metadata = Partial<Record<Field, { value: string; at: Position }>>;

/** Cross-file: no two articles linted together share a slug, title, description or keyphrase. */
export const uniqueMetadata = defineRule({
  meta: {
    id: 'unique-metadata',
    description: 'Articles do not share a slug, title, description or keyphrase',
    defaultSeverity: 'warning',
    options: z.strictObject({}),
    tags: ['seo'],
  },
  collect({ article, isReported }): Metadata {
    const values: Record<Field, string | undefined> = {
      slug: article.slug,
      title: article.title?.text,
      description: article.description,
      keyphrase: article.keyphrase,
    };
    const metadata: Metadata = {};
    for (const field of FIELDS) {
      const value = values[field];
      if (value === undefined || value.trim() === '') continue;
      const line =
        field === 'title' && article.title
          ? article.title.start.line
          : (article.frontMatter.keyLines[field] ?? 1);
      const at = lineStart(article, line);
      if (isReported(at)) metadata[field] = { value: value.trim(), at };
    }
    return metadata;
  },
  checkProject({ files, report }) {
    for (const field of FIELDS) {
      const groups = new Map<string, string[]>();
      const atOf = new Map<string, Position>();
      for (const { path, facts } of files) {
        const entry = facts[field];
        if (!entry) continue;
        const key = normalizeForMatch(entry.value);
        const group = groups.get(key);
        if (group) group.push(path);
        else groups.set(key, [path]);
        atOf.set(path, entry.at);
      }
      for (const paths of groups.values()) {
        if (paths.length < 2) continue;
        for (const path of paths) {
          report(path, {
            message: `Expected a unique ${field}, found the same in ${othersText(paths, path)}.`,
            at: atOf.get(path),
          });
        }
      }
    }
  },
});
