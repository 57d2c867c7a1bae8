/**
 * Whether a UTF-16 code unit is white space as JavaScript's `\s` reads it, which covers the
 * no-break spaces French typography puts around `« » : ; ! ?`. The text scanners test every
 * character of a document; a code comparison spares them a one-character string and a regex
 * run each (most of their time when they used `/\s/u.test(text[i])`).
 */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
