import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import defaults from './data/prices.json' with { type: 'json' };
import type { ChatMessage } from './prompt/build-prompt.js';

export interface Price {
  /** USD per million input tokens. */
  input: number;
  /** USD per million output tokens. */
  output: number;
  /** The Batch API's price, when it is not half of the above. */
  batch?: { input: number; output: number } | undefined;
}

export const DEFAULT_PRICES: Readonly<Record<string, Price>> = defaults.prices;

/** The price of `model`: the longest table key that prefixes its name (dated snapshots match). */
export function priceFor(model: string, table: Readonly<Record<string, Price>>): Price | undefined {
  const name = model.toLowerCase().replace(/^.*\//, '');
  const key = Object.keys(table)
    .filter((k) => name.startsWith(k.toLowerCase()))
    .sort((a, b) => b.length - a.length)[0];
  return key === undefined ? undefined : table[key];
}

/**
 * What a request costs through the Batch API: the table's `batch` entry, else half the
 * synchronous price (the discount of OpenAI's, Mistral's and Groq's batch APIs).
 */
export function batchPrice(price: Price | undefined): Price | undefined {
  if (!price) return undefined;
  return price.batch ? { ...price.batch } : { input: price.input / 2, output: price.output / 2 };
}

/** Every entry of a price table at its Batch API price. */
export function batchPrices(table: Readonly<Record<string, Price>>): Record<string, Price> {
  return Object.fromEntries(
    Object.entries(table).flatMap(([model, price]) => {
      const batch = batchPrice(price);
      return batch ? [[model, batch]] : [];
    }),
  );
}

/** Tokens of a chat request, o200k (GPT-4o/5 family): exact for OpenAI, an estimate elsewhere. */
export function promptTokens(messages: readonly ChatMessage[]): number {
  // Chat framing adds a few tokens per message on top of the contents.
  return messages.reduce((sum, m) => sum + textTokens(m.content) + 4, 3);
}

/**
 * Runs of one kind longer than this are counted in pieces: BPE merging is quadratic in the
 * length of one pre-token, so a 10 MB reply without a space would outlast the seed's deadline.
 * Real text never has such runs; in a hostile one the count is off by a token per piece at most.
 */
const PIECE = 256;

const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0x85 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;

/** Tokens of a text, o200k, in time linear in its length. */
export function textTokens(text: string): number {
  let total = 0;
  let segment = 0;
  let run = 0;
  let runIsSpace: boolean | undefined;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space !== runIsSpace) {
      runIsSpace = space;
      run = i;
    } else if (i - run >= PIECE) {
      total += countTokens(text.slice(segment, i));
      segment = i;
      run = i;
    }
  }
  return total + countTokens(text.slice(segment));
}

export function estimateCost(
  price: Price | undefined,
  usage: { promptTokens: number; completionTokens: number },
): number | undefined {
  if (!price) return undefined;
  return (usage.promptTokens * price.input + usage.completionTokens * price.output) / 1_000_000;
}
