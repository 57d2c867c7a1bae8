import { stripBom } from '../text/bom.js';

export type Decoded = { kind: 'text'; text: string; utf8: boolean } | { kind: 'binary'; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * File bytes to text. A NUL byte means binary (not linted). Bytes that are not UTF-8 are read
 * as Windows-1252, the usual encoding of French text saved by older editors.
 * The BOM is removed; line endings are kept.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { kind: 'binary', reason: `binary file (NUL byte at offset ${nul})` };
  try {
    return { kind: 'text', text: stripBom(utf8.decode(bytes)), utf8: true };
  } catch {
    return { kind: 'text', text: stripBom(windows1252.decode(bytes)), utf8: false };
  }
}
