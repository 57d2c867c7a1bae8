// Text that comes from a pull request (file names, titles, provider errors) is shown in a comment
// read by the whole team: it must not ping people, inject HTML or load images. Prose goes through
// the linter's escapeMarkdown (the same as its Markdown report); code-like text through these.

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
