import { parse as parseYaml } from 'yaml';

export interface ParsedReply {
  title: string;
  description: string;
  keywords: string[];
  keyphrase?: string;
  /** The Markdown body, LF line ends, without front matter. */
  body: string;
}

export type ReplyParse = { ok: true; reply: ParsedReply } | { ok: false; problems: string[] };

/** Models often wrap the whole answer in ```markdown … ``` despite being told not to. */
export function stripCodeFence(text: string): string {
  const m = /^\s*(`{3,}|~{3,})[\w-]*[ \t]*\n([\s\S]*?)\n\1[ \t]*\s*$/.exec(text);
  return m ? (m[2] ?? '') : text;
}

const asString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

function asKeywords(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  const keywords = list?.map((k) => (typeof k === 'string' ? k.trim() : String(k))).filter((k) => k !== '');
  return keywords && keywords.length > 0 ? keywords : undefined;
}

/**
 * The model's reply to the article parts: front matter fields and body. Every missing part is
 * a problem, returned as data for the repair prompt.
 */
export function parseReply(raw: string, requireSubheadings = true): ReplyParse {
  let text = stripCodeFence(raw.replace(/\r\n?/g, '\n')).trim();
  // Tolerate one line of preamble ("Voici l'article :") before the front matter.
  const start = text.search(/^---[ \t]*$/m);
  if (start > 0 && !text.slice(0, start).trim().includes('\n')) text = text.slice(start);
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!m)
    return { ok: false, problems: ['The reply must start with YAML front matter between two "---" lines.'] };
  let data: unknown;
  try {
    data = parseYaml(m[1] ?? '');
  } catch (error) {
    return {
      ok: false,
      problems: [`The front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      problems: ['The front matter must be a YAML mapping (title, description, keywords).'],
    };
  }
  const fields = data as Record<string, unknown>;
  // Models often repeat the title as a leading `# ` heading; the front matter already holds it
  // and a second H1 is a lint error (MD025), so code drops it instead of spending a repair.
  const body = `${text
    .slice(m[0].length)
    .trim()
    .replace(/^#[ \t]+[^\n]*\n+/, '')
    .trim()}\n`;
  const title = asString(fields.title);
  const description = asString(fields.description);
  const keywords = asKeywords(fields.keywords);
  const keyphrase = asString(fields.keyphrase);
  const problems: string[] = [];
  if (!title) problems.push('The front matter has no "title".');
  if (!description) problems.push('The front matter has no "description".');
  if (!keywords) problems.push('The front matter has no "keywords" list.');
  if (body.trim() === '') problems.push('The article has no body after the front matter.');
  else if (requireSubheadings && !/^##[ \t]+\S/m.test(body))
    problems.push('The body has no "## " subheading.');
  if (problems.length > 0 || !title || !description || !keywords) return { ok: false, problems };
  return { ok: true, reply: { title, description, keywords, ...(keyphrase ? { keyphrase } : {}), body } };
}
