/** The text without its byte-order mark (U+FEFF), which editors may leave at the start. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
