import OpenAI from 'openai';
import { redact } from '../redact.js';
import { fetchWithReadableErrors } from './error-body.js';
import { describeFault } from './provider-error.js';

export type ServerModels = { ok: true; ids: string[] } | { ok: false; reason: string };

/**
 * `GET {baseURL}/models`: the models a server offers (Ollama: those pulled; vLLM: the one it
 * serves; LM Studio: those downloaded; llama.cpp: the one loaded). One request, no retry: it
 * runs before any seed, so a server that is down is reported at once.
 */
export async function listServerModels(
  baseURL: string,
  apiKey: string | undefined,
  timeoutMs = 10_000,
): Promise<ServerModels> {
  const client = new OpenAI({
    apiKey: apiKey || 'no-key',
    baseURL,
    maxRetries: 0,
    timeout: timeoutMs,
    fetch: fetchWithReadableErrors(),
  });
  try {
    const ids: string[] = [];
    for await (const model of client.models.list()) {
      if (typeof model?.id === 'string') ids.push(model.id);
    }
    return { ok: true, ids };
  } catch (error) {
    const fault = describeFault(error, { baseURL, local: true });
    const reason =
      fault?.reason ??
      `${baseURL}/models could not be read (${error instanceof Error ? error.message : String(error)})`;
    return { ok: false, reason: redact(reason, [apiKey]) };
  }
}

export type ModelChoice =
  | { ok: true; model: string; source: 'configured' | 'server' }
  | { ok: false; message: string };

/**
 * The model to ask for. Configured wins; on a local server with none configured, the server's
 * only model, else a usage error listing what it offers. Sending a default such as gpt-5-mini to
 * Ollama only earns a 404 per seed.
 */
export async function chooseModel(options: {
  configured: string | undefined;
  fallback: string;
  baseURL: string | undefined;
  apiKey: string | undefined;
  localServer: boolean;
}): Promise<ModelChoice> {
  if (options.configured) return { ok: true, model: options.configured, source: 'configured' };
  if (!options.localServer || !options.baseURL)
    return { ok: true, model: options.fallback, source: 'configured' };
  const listed = await listServerModels(options.baseURL, options.apiKey);
  const set = 'set one with --model, PLUME_MODEL or rewrite.model';
  if (!listed.ok) return { ok: false, message: `no model configured, and ${listed.reason}; ${set}` };
  const [only, ...others] = listed.ids;
  if (only !== undefined && others.length === 0) return { ok: true, model: only, source: 'server' };
  if (only === undefined)
    return {
      ok: false,
      message: `no model configured, and the server at ${options.baseURL} offers none (Ollama: "ollama pull <model>"); ${set}`,
    };
  return {
    ok: false,
    message: `no model configured, and the server at ${options.baseURL} offers ${listed.ids.length}: ${listed.ids.join(', ')}; ${set}`,
  };
}
