import { stripBom } from '../text/bom.js';

export type Decoded =
  /** `utf8`: the bytes were UTF-8, so --fix may write the text back; `utf16`: decoded from UTF-16. */
  { kind: 'text'; text: string; utf8: boolean; utf16?: boolean } | { kind: 'binary'; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/** UTF-16 is recognised by its byte-order mark only (its NUL bytes would otherwise mean binary). */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * File bytes to text. UTF-16 with a byte-order mark is decoded. A NUL byte means binary (not linted). Bytes that are not UTF-8 are read
 * as Windows-1252, the usual encoding of French text saved by older editors.
 * The BOM is removed; line endings are kept.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    try {
      return {
        kind: 'text',
        text: new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2)),
        utf8: false,
        utf16: true,
      };
    } catch {
      return { kind: 'binary', reason: 'a UTF-16 byte-order mark followed by bytes that are not UTF-16' };
    }
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { kind: 'binary', reason: `binary file (NUL byte at offset ${nul})` };
  try {
    return { kind: 'text', text: stripBom(utf8.decode(bytes)), utf8: true };
  } catch {
    return { kind: 'text', text: stripBom(windows1252.decode(bytes)), utf8: false };
  }
}
