import { type ModelProfile, profileFor } from '../model/profiles.js';
import type { ChatMessage } from '../prompt/build-prompt.js';

/** The only endpoint Plume batches: the one the synchronous path calls (DESIGN §5.2). */
export const BATCH_ENDPOINT = '/v1/chat/completions';

/** The synchronous client's default (model/client.ts), for models that accept a temperature. */
const TEMPERATURE = 0.4;

/** One line of a batch input file (OpenAI's documented request input object). */
export interface BatchRequestLine {
  custom_id: string;
  method: 'POST';
  url: typeof BATCH_ENDPOINT;
  body: Record<string, unknown>;
}

/**
 * The Chat Completions body the synchronous client sends for the same messages and budget:
 * the model profile picks the token parameter and whether a temperature may be sent.
 */
export function chatRequestBody(
  model: string,
  messages: readonly ChatMessage[],
  maxOutputTokens: number,
  profile: ModelProfile = profileFor(model),
): Record<string, unknown> {
  return {
    model,
    messages: messages.map((m) => ({ role: m.role, content: m.content })),
    [profile.tokenParam]: maxOutputTokens,
    ...(profile.temperature ? { temperature: TEMPERATURE } : {}),
  };
}

export function requestLine(customId: string, body: Record<string, unknown>): BatchRequestLine {
  return { custom_id: customId, method: 'POST', url: BATCH_ENDPOINT, body };
}
