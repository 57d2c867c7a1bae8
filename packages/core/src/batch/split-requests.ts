/** A provider's limits on one batch input file. */
export interface BatchLimits {
  maxRequests: number;
  maxBytes: number;
}

/**
 * OpenAI's documented limits: 50,000 requests and 200 MB per input file. Counted in decimal
 * megabytes, the smaller reading, less room for the multipart framing.
 */
export const OPENAI_BATCH_LIMITS: BatchLimits = { maxRequests: 50_000, maxBytes: 200_000_000 - 64 * 1024 };

export interface SplitResult<T> {
  /** JSONL files, each within the limits: the items and their text. */
  files: Array<{ items: T[]; text: string }>;
  /** Items whose single line is over the byte limit: no file can take them. */
  tooLarge: T[];
}

/** Packs JSONL lines into as few files as the limits allow, keeping their order. */
export function splitRequests<T>(
  items: readonly T[],
  line: (item: T) => string,
  limits: BatchLimits,
): SplitResult<T> {
  const files: SplitResult<T>['files'] = [];
  const tooLarge: T[] = [];
  let current: { items: T[]; lines: string[]; bytes: number } = { items: [], lines: [], bytes: 0 };
  const flush = () => {
    if (current.items.length === 0) return;
    files.push({ items: current.items, text: `${current.lines.join('\n')}\n` });
    current = { items: [], lines: [], bytes: 0 };
  };
  for (const item of items) {
    const text = line(item);
    const bytes = Buffer.byteLength(text, 'utf8') + 1;
    if (bytes > limits.maxBytes) {
      tooLarge.push(item);
      continue;
    }
    if (current.items.length >= limits.maxRequests || current.bytes + bytes > limits.maxBytes) flush();
    current.items.push(item);
    current.lines.push(text);
    current.bytes += bytes;
  }
  flush();
  return { files, tooLarge };
}
