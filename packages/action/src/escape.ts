// Text that comes from a pull request (file names, titles, provider errors) is shown in a comment
// read by the whole team: it must not ping people, inject HTML or load images. Prose goes through
// `prose`, code-like text through `inlineCode` and `fenced`, text inside raw HTML through `htmlText`.
import { escapeMarkdown } from '@plume/linter';

/**
 * GitHub finds @mentions and #references in the rendered text, after character references are
 * decoded, so `&#64;` still pings: a zero-width space between the sign and the name stops it.
 */
const unlinkMentions = (text: string) =>
  // `(?<!&)`: the `#` of a character reference such as `&#35;` is not a sign.
  text.replace(/(?:&#64;|@)(?=[\w-])/g, '@\u200b').replace(/(?:&#35;|(?<!&)#)(?=\d)/g, '#\u200b');

/** Text shown as Markdown prose: nothing in it renders, links or pings. */
export function prose(text: string): string {
  return unlinkMentions(escapeMarkdown(text));
}

/** Wraps text in a code fence longer than any backtick run inside it, so nothing in it renders. */
export function fenced(text: string, lang = ''): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text.replace(/\n?$/, '\n')}${fence}`;
}

/**
 * Text as a CommonMark code span: a fence of backticks no run inside the text matches, so nothing
 * in it renders, links or pings; line breaks become spaces so the span stays on its line.
 */
export function inlineCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const runs = new Set([...flat.matchAll(/`+/g)].map((m) => m[0].length));
  let length = 1;
  while (runs.has(length)) length++;
  const fence = '`'.repeat(length);
  // A span that starts or ends with a backtick needs a space, which CommonMark strips again.
  const pad = /^`|`$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Text inside raw HTML (a `<summary>`): GitHub shows Markdown escapes there literally, so this
 * escapes for HTML instead.
 */
export function htmlText(text: string): string {
  // Signs first: the entities written next hold a `#` that must stay as it is.
  return unlinkMentions(text).replace(/[&<>"\r\n]/g, (c) =>
    c === '\r' || c === '\n' ? ' ' : `&#${c.charCodeAt(0)};`,
  );
}
