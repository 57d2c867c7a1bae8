import { createHash } from 'node:crypto';
import { keyphraseSlug } from '@plume/linter';
import { parse as parseYaml, stringify } from 'yaml';
import { chooseKeyphrase } from '../prompt/keyphrase.js';
import type { ArticleSpec } from '../prompt/spec.js';
import { PROMPT_VERSION } from '../prompt/version.js';
import type { ParsedReply } from './parse-reply.js';

export interface Provenance {
  /** The seed's path relative to the config directory (or cwd), POSIX separators. */
  source: string;
  sourceSha256: string;
  model: string;
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The article file as written: the model's fields, then the ones only code may set. The body
 * hash lets a later run tell a hand-edited article from its own output.
 */
export function finaliseArticle(reply: ParsedReply, spec: ArticleSpec, provenance: Provenance): string {
  const title = spec.title ?? reply.title;
  const keyphrase = chooseKeyphrase({
    seed: spec.keyphrase,
    proposed: reply.keyphrase,
    title,
    keywords: reply.keywords,
    maxContentWords: spec.keyphraseTargets.maxContentWords,
  });
  const frontMatter = {
    title,
    description: reply.description,
    keywords: reply.keywords,
    keyphrase,
    slug: spec.slug ?? keyphraseSlug(title, keyphrase),
    lang: spec.lang,
    source: provenance.source,
    source_sha256: provenance.sourceSha256,
    plume_prompt: PROMPT_VERSION,
    model: provenance.model,
    body_sha256: sha256(reply.body),
  };
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${reply.body}`;
}

/** Splits a written article back into its front matter fields and body (for the cache). */
export function readArticleStamp(
  text: string,
): { fields: Record<string, unknown>; body: string } | undefined {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*\n/.exec(text);
  if (!m) return undefined;
  return { fields: m[1] ? parseFields(m[1]) : {}, body: text.slice(m[0].length).replace(/^\n/, '') };
}

function parseFields(yaml: string): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(yaml);
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
