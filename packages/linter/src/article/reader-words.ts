import type { TextSpan } from './article.js';

/**
 * Markup a reader does not see between two halves of one word: inline tags (`facili<wbr>teur`,
 * `l’<b>État</b>`; not `<br>`, which breaks the line), emphasis markers, soft hyphens and
 * zero-width spaces. Word counting splits there, as Yoast SEO does; a reader, and so the spell
 * checker, does not.
 */
const INVISIBLE_GAP =
  /^(?:<\/?(?:a|abbr|b|bdi|bdo|cite|data|dfn|em|i|mark|q|s|small|span|strong|sub|sup|time|u|wbr|del|ins)\b[^<>]*>|[*_~]+|\u00AD|\u200B|\u2060)+$/iu;
/** A word hyphenated at the end of a line (« facili-⏎teur »). */
const LINE_END_HYPHEN = /^-\r?\n[ \t>]*$/u;
const INVISIBLE_CHARS = /\u00AD|\u200B|\u200C|\u200D|\u2060/gu;

/**
 * The words of a body as a reader reads them: spans split by invisible markup are joined again,
 * and a word broken by a hyphen at a line end is joined when the whole word is known
 * (`correct`), so that no word is checked in two pieces.
 */
export function readerWords(
  article: { text: string; body: { words: readonly TextSpan[] } },
  correct: (word: string) => boolean,
): TextSpan[] {
  const { text } = article;
  const words = article.body.words;
  const out: TextSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    let word = words[i] as TextSpan;
    let joined = word.text.replace(INVISIBLE_CHARS, '');
    for (let next = words[i + 1]; next !== undefined; next = words[i + 1]) {
      const gap = text.slice(word.end.offset, next.start.offset);
      const nextText = next.text.replace(INVISIBLE_CHARS, '');
      let whole: string | undefined;
      if (INVISIBLE_GAP.test(gap)) whole = joined + nextText;
      else if (LINE_END_HYPHEN.test(gap)) {
        if (correct(joined + nextText)) whole = joined + nextText;
        else if (correct(`${joined}-${nextText}`)) whole = `${joined}-${nextText}`;
      }
      if (whole === undefined) break;
      joined = whole;
      word = { text: joined, start: word.start, end: next.end };
      i++;
    }
    out.push(joined === word.text ? word : { ...word, text: joined });
  }
  return out;
}
