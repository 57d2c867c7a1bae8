// Text that comes from a pull request (file names, titles, provider errors) is shown in a comment
// read by the whole team: it must not ping people, inject HTML or load images.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for a Markdown paragraph or table cell. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[&<>"]/g, (c) => HTML[c] ?? c)
      // A zero-width joiner after `@` keeps the text readable and stops the mention.
      .replace(/@(?=[\w-])/g, '@\u200d')
      .replace(/[\\`*_[\]|!#~]/g, '\\$&')
      .replace(/\r?\n/g, ' ')
  );
}

/** Wraps text in a code fence longer than any backtick run inside it, so nothing in it renders. */
export function fenced(text: string, lang = ''): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text.replace(/\n?$/, '\n')}${fence}`;
}

/**
 * Text as inline code, safe in a paragraph or a table cell: no backtick can close the span, no
 * pipe can split a row, no line break can end it.
 */
export function inlineCode(text: string): string {
  return `\`${text
    .replace(/`/g, "'")
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')}\``;
}
