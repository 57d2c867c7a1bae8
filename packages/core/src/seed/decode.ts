export type Decoded = { ok: true; text: string; warning?: string } | { ok: false; problem: string };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Bytes to text. UTF-8 is the contract; a BOM names UTF-16 or UTF-8 explicitly; bytes that are
 * not valid UTF-8 are almost always Windows-1252 (a superset of Latin-1 in practice, and what
 * WHATWG decoders use for the `latin1` label), so they are decoded as such with a warning.
 */
export function decodeSeed(bytes: Uint8Array): Decoded {
  try {
    if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)) };
    }
    if (startsWith(bytes, 0xff, 0xfe)) {
      return {
        ok: true,
        text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)),
        warning: 'decoded as UTF-16 LE (byte order mark); save seeds as UTF-8',
      };
    }
    if (startsWith(bytes, 0xfe, 0xff)) {
      return {
        ok: true,
        text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)),
        warning: 'decoded as UTF-16 BE (byte order mark); save seeds as UTF-8',
      };
    }
  } catch {
    return { ok: false, problem: 'has a byte order mark but its content is not valid in that encoding' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: fall through to the legacy single-byte encoding.
  }
  return {
    ok: true,
    text: new TextDecoder('windows-1252').decode(bytes),
    warning: 'not valid UTF-8; decoded as Windows-1252 (Latin-1); save seeds as UTF-8',
  };
}

/**
 * Text that still holds NUL or many other C0 control characters after decoding is not a text
 * file (a UTF-16 file without a BOM lands here too, which is the right refusal).
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let controls = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 && ch !== '\n' && ch !== '\r' && ch !== '\t' && ch !== '\f') controls++;
  }
  return controls > 0 && controls / text.length > 0.01;
}
