/** The only endpoint Plume batches: the one the synchronous path calls (DESIGN §5.2). */
export const BATCH_ENDPOINT = '/v1/chat/completions';

/** One line of a batch input file (OpenAI's documented request input object). */
export interface BatchRequestLine {
  custom_id: string;
  method: 'POST';
  url: typeof BATCH_ENDPOINT;
  body: Record<string, unknown>;
}

export function requestLine(customId: string, body: Record<string, unknown>): BatchRequestLine {
  return { custom_id: customId, method: 'POST', url: BATCH_ENDPOINT, body };
}
