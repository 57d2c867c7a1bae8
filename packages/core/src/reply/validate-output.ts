import type { Diagnostic } from '../lint/types.js';

const LINK =
  /\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)|<((?:https?|ftp|mailto):[^>\s]+)>|\b((?:https?:\/\/|www\.)[^\s)<>\]]+)/gi;
const HTML_TAG = /<\/?([a-z][a-z0-9-]*)\b([^>]*)>/gi;

/**
 * Markup that runs code, loads resources or changes the page: refused even when the seed holds
 * it, since a seed is untrusted text too (a prompt injection brings its own payload along).
 */
const NEVER_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'template',
  'noscript',
]);
const ACTIVE_ATTRIBUTE = /(?:^|[\s/"'])on[a-z]+\s*=|(?:javascript|vbscript|data)\s*:/i;

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function diagnostic(
  text: string,
  offset: number,
  length: number,
  ruleId: string,
  message: string,
): Diagnostic {
  const start = lineAndColumn(text, offset);
  const end = lineAndColumn(text, offset + length);
  return {
    ruleId,
    severity: 'error',
    message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    fixable: false,
  };
}

/**
 * Prompt-injection defence on the way out: a seed that talks the model into adding a link or
 * markup must not get it published. Links and HTML are allowed only when the source has them,
 * and markup that runs code (scripts, event handlers, `javascript:` URLs) never is.
 * Quotations are the linter's job (`faithful-quotes`).
 */
export function validateOutput(article: string, sourceText: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const source = sourceText.toLowerCase();
  for (const m of article.matchAll(LINK)) {
    const url = (m[1] ?? m[2] ?? m[3] ?? '').replace(/[.,;:!?]+$/, '');
    if (url === '' || url.startsWith('#') || source.includes(url.toLowerCase())) continue;
    diagnostics.push(
      diagnostic(
        article,
        m.index,
        m[0].length,
        'source-links',
        `Link to "${url}" is not in the source; remove it.`,
      ),
    );
  }
  for (const m of article.matchAll(HTML_TAG)) {
    const tag = (m[1] ?? '').toLowerCase();
    if (NEVER_TAGS.has(tag) || ACTIVE_ATTRIBUTE.test(m[2] ?? '')) {
      diagnostics.push(
        diagnostic(
          article,
          m.index,
          m[0].length,
          'source-html',
          `HTML <${tag}> is never published; write plain Markdown.`,
        ),
      );
      continue;
    }
    if (source.includes(`<${tag}`)) continue;
    diagnostics.push(
      diagnostic(
        article,
        m.index,
        m[0].length,
        'source-html',
        `HTML <${tag}> is not in the source; write plain Markdown.`,
      ),
    );
  }
  return diagnostics;
}
