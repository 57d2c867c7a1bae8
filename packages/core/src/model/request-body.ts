import type { ChatMessage } from '../prompt/build-prompt.js';
import { type ModelProfile, profileFor } from './profiles.js';

/** The temperature Plume asks for, where the model accepts one (its profile says). */
export const DEFAULT_TEMPERATURE = 0.4;

/**
 * The Chat Completions body of one draft, the same for a synchronous request and a line of a
 * batch: the model profile picks the token parameter and whether a temperature may be sent.
 */
export function chatRequestBody(
  model: string,
  messages: readonly ChatMessage[],
  maxOutputTokens: number,
  profile: ModelProfile = profileFor(model),
  temperature: number = DEFAULT_TEMPERATURE,
): { model: string; messages: ChatMessage[] } & Record<string, unknown> {
  return {
    model,
    messages: messages.map((m) => ({ role: m.role, content: m.content })),
    [profile.tokenParam]: maxOutputTokens,
    ...(profile.temperature ? { temperature } : {}),
  };
}
