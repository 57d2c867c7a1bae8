/**
 * An error body in the shape the `openai` SDK reads (`{ "error": { "message", … } }`), from the
 * shapes compatible servers really send. The SDK only looks at `body.error`: anything else
 * becomes "429 status code (no body)" and the provider's own words are lost.
 */
export function normaliseErrorBody(text: string, contentType: string | null): string | undefined {
  if (/\btext\/html\b/i.test(contentType ?? '') || /^\s*<(?:!doctype|html)\b/i.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    return JSON.stringify({
      error: { message: `an HTML page${title ? ` titled "${title}"` : ''}, not an OpenAI-compatible error` },
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  // Gemini's OpenAI-compatible endpoint wraps its error in an array: `[{ "error": { … } }]`.
  const wrapped = Array.isArray(body);
  if (wrapped) body = (body as unknown[]).find((item) => isObject(item) && 'error' in item);
  if (!isObject(body)) return undefined;
  // LM Studio: `{ "error": "Unexpected endpoint or method. (POST /chat/completions)" }`.
  if (typeof body.error === 'string') return JSON.stringify({ error: { message: body.error } });
  if (isObject(body.error)) return wrapped ? JSON.stringify(body) : undefined;
  // vLLM before its nested errors (`{ "object": "error", "message", "code" }`), FastAPI's `{ "detail" }`.
  const message = typeof body.message === 'string' ? body.message : detailText(body.detail);
  if (message === undefined) return undefined;
  return JSON.stringify({ error: { message, type: body.type, code: body.code } });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function detailText(detail: unknown): string | undefined {
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    const parts = detail.map((d) => (isObject(d) && typeof d.msg === 'string' ? d.msg : JSON.stringify(d)));
    return parts.join('; ');
  }
  return undefined;
}

/** A `fetch` that rewrites error bodies with `normaliseErrorBody` before the SDK reads them. */
export function fetchWithReadableErrors(inner: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    if (response.ok) return response;
    const text = await response.text().catch(() => '');
    const body = normaliseErrorBody(text, response.headers.get('content-type')) ?? text;
    const headers = new Headers(response.headers);
    if (body !== text) {
      headers.set('content-type', 'application/json');
      headers.delete('content-length');
    }
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}
