/** A size measure that is additive over concatenation (characters, UTF-8 bytes). */
export type Measure = (text: string) => number;

export const characters: Measure = (text) => text.length;
export const utf8Bytes: Measure = (text) => Buffer.byteLength(text, 'utf8');

/** Closes what a cut left open, so the rest of the page still renders. */
function closeOpenBlocks(text: string): string {
  let closing = '';
  let open: string | undefined;
  for (const line of text.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!fence?.[1]) continue;
    if (open === undefined) open = fence[1];
    // CommonMark: a closing fence uses the same character, at least as long, with nothing after.
    else if (fence[1][0] === open[0] && fence[1].length >= open.length && fence[2]?.trim() === '')
      open = undefined;
  }
  if (open !== undefined) closing += `\n${open}`;
  const opened = (text.match(/<details\b/g) ?? []).length - (text.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < opened; i++) closing += '\n</details>';
  return closing;
}

/**
 * Joins Markdown sections with blank lines within `budget`. When they do not fit, keeps whole
 * lines up to the budget, closes any code fence or `<details>` left open, and appends `note`.
 */
export function fitSections(sections: string[], budget: number, note: string, measure: Measure): string {
  const whole = sections.join('\n\n');
  if (measure(whole) <= budget) return whole;
  const tail = `\n\n${note}`;
  // Leaves room for the note and for the closing lines a cut may need.
  const room = budget - measure(tail) - 200;
  const kept: string[] = [];
  let size = 0;
  for (const line of whole.split('\n')) {
    const cost = measure(line) + 1;
    if (size + cost > room) break;
    kept.push(line);
    size += cost;
  }
  const text = kept.join('\n');
  return `${text}${closeOpenBlocks(text)}${tail}`;
}
