import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { decodeSeed, looksBinary } from './decode.js';
import { parseInstruction } from './instruction.js';
import { type Seed, type SeedError, type SeedOptions, seedError } from './types.js';

export const MAX_SEED_BYTES = 200 * 1024;

const frontMatterSchema = z
  .object({
    lang: z
      .string()
      .regex(/^[a-z]{2,3}$/i, 'a language code such as fr or en')
      .transform((s) => s.toLowerCase()),
    minWords: z.number().int().positive(),
    keyphrase: z.string().trim().min(1),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by -')
      .max(75),
    title: z.string().trim().min(1),
    subheadings: z.boolean(),
    seo: z.boolean(),
  })
  .partial();

const KNOWN_KEYS = new Set(Object.keys(frontMatterSchema.shape));

/** Splits `---\n…\n---\n` off the top; undefined when the text has no front matter. */
function splitFrontMatter(text: string): { yaml: string; rest: string } | undefined {
  const m = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text);
  return m ? { yaml: m[1] ?? '', rest: text.slice(m[0].length) } : undefined;
}

/**
 * Bytes of a seed file to a Seed, or a SeedError naming the file. Pure: the caller did the I/O
 * (and refused symlinks and oversized files before reading).
 */
export function parseSeed(bytes: Uint8Array, path: string): Seed | SeedError {
  if (bytes.byteLength > MAX_SEED_BYTES) {
    return seedError(
      path,
      'too-large',
      `is ${bytes.byteLength} bytes; seeds are limited to ${MAX_SEED_BYTES} bytes`,
    );
  }
  const decoded = decodeSeed(bytes);
  if (!decoded.ok) return seedError(path, 'bad-encoding', decoded.problem);
  if (looksBinary(decoded.text))
    return seedError(path, 'binary', 'looks binary (NUL or control bytes), not a text file');
  const warnings = decoded.warning ? [`${path}: ${decoded.warning}`] : [];
  const normalised = decoded.text.replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') return seedError(path, 'empty', 'is empty or holds only white space');

  let options: Partial<SeedOptions> = {};
  let text = normalised;
  const fm = splitFrontMatter(normalised);
  if (fm) {
    let data: unknown;
    try {
      data = parseYaml(fm.yaml);
    } catch (error) {
      return seedError(
        path,
        'bad-front-matter',
        `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      );
    }
    if (data !== null && data !== undefined) {
      if (typeof data !== 'object' || Array.isArray(data)) {
        return seedError(path, 'bad-front-matter', 'front matter must be a mapping of keys to values');
      }
      const parsed = frontMatterSchema.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return seedError(
          path,
          'bad-front-matter',
          `front matter key "${issue?.path.join('.')}": ${issue?.message}`,
        );
      }
      options = parsed.data as Partial<SeedOptions>;
      for (const key of Object.keys(data)) {
        if (!KNOWN_KEYS.has(key)) warnings.push(`${path}: unknown front matter key "${key}" ignored`);
      }
    }
    text = fm.rest;
  } else {
    const newline = normalised.indexOf('\n');
    const firstLine = newline === -1 ? normalised : normalised.slice(0, newline);
    const instruction = parseInstruction(firstLine);
    if (instruction) {
      options = instruction.options;
      text = newline === -1 ? '' : normalised.slice(newline + 1);
      for (const part of instruction.unknown) {
        warnings.push(`${path}: instruction "${part}" not understood, ignored`);
      }
    }
  }
  text = text.trim();
  if (text === '')
    return seedError(path, 'empty', 'has no article text after its instruction or front matter');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { path, text: `${text}\n`, sha256, options, warnings };
}
