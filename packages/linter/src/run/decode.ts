import type { Diagnostic } from '../report/types.js';

export type Decoded =
  | { kind: 'text'; text: string; warning: string | undefined }
  | { kind: 'binary'; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * File bytes to text. A NUL byte means binary (not linted). Bytes that are not UTF-8 are read
 * as Windows-1252, the usual encoding of French text saved by older editors, with a warning.
 * The BOM is removed; line endings are kept.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { kind: 'binary', reason: `binary file (NUL byte at offset ${nul})` };
  let text: string;
  let warning: string | undefined;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = windows1252.decode(bytes);
    warning = 'The file is not valid UTF-8; it was read as Windows-1252. Save it as UTF-8.';
  }
  return { kind: 'text', text: stripBom(text), warning };
}

export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export function fileDiagnostic(
  ruleId: string,
  severity: Diagnostic['severity'],
  message: string,
  url?: string,
): Diagnostic {
  return {
    ruleId,
    severity,
    message,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fixable: false,
    ...(url ? { url } : {}),
  };
}
