// `--fix` safety over the corpus (issue 12): every file is fixed with the default configuration
// (Plume's `fix`, DESIGN §4.6), then compared with its original. Counts the files changed, the
// files where a region that is not prose changed (must be 0), and the typographic apostrophes
// `’` lost (must be 0). Non-prose regions are found by a second, independent Markdown parser
// (marked) so that the check does not share the linter's blind spots: front matter, code blocks
// and spans, raw HTML blocks (with their `<script>`, `<style>`, `<pre>`…), inline HTML elements
// whose content is code or another language, and link and image destinations. Run alone after
// `pnpm --filter @plume/linter build`:
//   pnpm --filter @plume/bench exec node fix-safety.mjs
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';
import { corpusDir, corpusFiles, fileKey } from './lib/paths.mjs';
import { linterApiMissing } from './lib/plume-linter.mjs';
import { table } from './lib/table.mjs';

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;
/** HTML elements whose content is not prose: code and its kin, scripts, styles, drawings. */
const NON_PROSE_ELEMENT =
  /<(script|style|pre|code|kbd|samp|var|math|svg|textarea|template)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;
/** HTML elements marked as another language than French. */
const FOREIGN_ELEMENT = /<([a-z][\w-]*)\b[^>]*\blang\s*=\s*["']?(?!fr)[a-z][^>]*>[\s\S]*?<\/\1\s*>/giu;
/** Code of static-site generators (Jekyll, Hugo), template tags and kramdown attribute lists. */
const TEMPLATE_CODE =
  /\{%-?\s*(highlight|raw)\b[\s\S]*?\{%-?\s*end\1\s*-?%\}|\{\{<\s*(highlight)\b[\s\S]*?\{\{<\s*\/\2\s*>\}\}|\{%[^\n]*?%\}|\{\{[^\n]*?\}\}|\{:[^{}\n]*\}/gu;
const CODE_BLOCK = /^ {0,3}(`{3,}|~{3,})[\s\S]*?^ {0,3}\1[`~]*[ \t]*$/gmu;
const CODE_SPAN = /(`+)[\s\S]*?\1/gu;
const TAG_OR_COMMENT = /<!--[\s\S]*?-->|<\/?[a-z][\w-]*\b[^<>]*>/giu;

/** The non-prose regions of a Markdown text, in document order, as their exact source text. */
export function nonProseRegions(text) {
  const regions = [];
  const frontMatter = FRONT_MATTER.exec(text);
  if (frontMatter) regions.push(`front matter: ${frontMatter[0]}`);
  const body = frontMatter ? text.slice(frontMatter[0].length) : text;
  // Elements are looked for outside code, where `<script>` is only text.
  const outsideCode = body.replace(CODE_BLOCK, '').replace(CODE_SPAN, '');
  for (const match of outsideCode.matchAll(NON_PROSE_ELEMENT)) regions.push(`element: ${match[0]}`);
  for (const match of outsideCode.matchAll(FOREIGN_ELEMENT)) regions.push(`foreign: ${match[0]}`);
  for (const match of outsideCode.matchAll(TEMPLATE_CODE)) regions.push(`template: ${match[0]}`);
  const visit = (tokens) => {
    for (const token of tokens ?? []) {
      if (token.type === 'code') regions.push(`code: ${token.text}`);
      else if (token.type === 'codespan') regions.push(`codespan: ${token.raw}`);
      // Raw HTML: its tags and comments; the text between them may be prose (`<p>…</p>`).
      else if (token.type === 'html')
        for (const tag of token.raw.match(TAG_OR_COMMENT) ?? []) regions.push(`tag: ${tag}`);
      else if (token.type === 'link' || token.type === 'image') regions.push(`url: ${token.href}`);
      if (token.tokens) visit(token.tokens);
      if (token.items) for (const item of token.items) visit(item.tokens);
      if (token.header) for (const cell of token.header) visit(cell.tokens);
      if (token.rows) for (const row of token.rows) for (const cell of row) visit(cell.tokens);
    }
  };
  visit(marked.lexer(body, { gfm: true }));
  return regions;
}

const count = (text, char) => text.split(char).length - 1;

/** Fixes each file and compares it with its original. */
export async function fixSafety(files, { fix } = {}) {
  const fixText = fix ?? (await import('@plume/linter')).fix;
  const result = { files: 0, changed: 0, nonProseChanged: 0, apostrophesLost: 0, examples: [] };
  for (const file of files) {
    const original = readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
    const fixed = fixText(original, { path: file });
    result.files += 1;
    if (fixed === original) continue;
    result.changed += 1;
    const before = nonProseRegions(original);
    const after = nonProseRegions(fixed);
    const firstDifference = before.findIndex((region, index) => region !== after[index]);
    if (before.length !== after.length || firstDifference !== -1) {
      result.nonProseChanged += 1;
      if (result.examples.length < 5)
        result.examples.push(
          `${fileKey(file)}: region ${firstDifference === -1 ? before.length : firstDifference + 1} changed`,
        );
    }
    result.apostrophesLost += Math.max(0, count(original, '’') - count(fixed, '’'));
  }
  return result;
}

export function fixSafetyTable(result) {
  return table(
    ['files', 'changed by --fix', 'non-prose regions changed', '’ turned into something else', 'verdict'],
    [
      [
        result.files,
        result.changed,
        result.nonProseChanged,
        result.apostrophesLost,
        result.nonProseChanged === 0 && result.apostrophesLost === 0 ? 'PASS' : 'FAIL',
      ],
    ],
  );
}

async function main() {
  const missing = linterApiMissing();
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const files = corpusFiles();
  if (files.length === 0) {
    console.log(`No corpus at ${corpusDir}: nothing to fix.`);
    return;
  }
  const result = await fixSafety(files);
  console.log(fixSafetyTable(result));
  for (const example of result.examples) console.log(example);
  if (result.nonProseChanged > 0 || result.apostrophesLost > 0) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
