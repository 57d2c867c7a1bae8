/**
 * The article text of a chat completion message, without the model's reasoning. Servers hand
 * reasoning back in several ways, and none of it may reach the article:
 * - a separate field (`reasoning_content`: DeepSeek, vLLM and llama.cpp with a reasoning parser;
 *   `reasoning`: Groq's "parsed" format, OpenRouter, Ollama): never read here;
 * - content parts (Mistral's Magistral: `[{ type: "thinking", thinking: [...] }, { type: "text" }]`):
 *   only the text parts are kept;
 * - inline tags before the answer (vLLM without `--reasoning-parser`, LM Studio, Groq's
 *   `reasoning_format: "raw"`, llama.cpp `--reasoning-format none`): `<think>…</think>`, or only
 *   the closing tag when the chat template opened the block in the prompt (DeepSeek-R1 distills,
 *   Qwen3): stripped;
 * - gpt-oss's raw Harmony channels (llama.cpp `--reasoning-format none`): the `final` channel kept.
 */
export function replyText(content: unknown): string {
  return stripReasoning(contentText(content));
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part) =>
      typeof part === 'string'
        ? part
        : part && typeof part === 'object' && (part as { type?: unknown }).type === 'text'
          ? String((part as { text?: unknown }).text ?? '')
          : '',
    )
    .join('');
}

const TAGS = 'think|thinking|reasoning|thought';
const LEADING_BLOCK = new RegExp(`^\\s*<(${TAGS})>[\\s\\S]*?</\\1>`, 'i');
const LONE_CLOSE = new RegExp(`</(?:${TAGS})>`, 'i');
const OPEN = new RegExp(`<(?:${TAGS})>`, 'i');
const HARMONY_FINAL = '<|channel|>final<|message|>';

export function stripReasoning(raw: string): string {
  let text = raw;
  const final = text.lastIndexOf(HARMONY_FINAL);
  if (final >= 0) text = text.slice(final + HARMONY_FINAL.length).replace(/<\|(?:return|end)\|>\s*$/, '');
  for (let m = LEADING_BLOCK.exec(text); m; m = LEADING_BLOCK.exec(text)) text = text.slice(m[0].length);
  // A closing tag with no opening one before it: everything up to it was reasoning.
  const close = LONE_CLOSE.exec(text);
  if (close && !OPEN.test(text.slice(0, close.index))) text = text.slice(close.index + close[0].length);
  // An opening tag never closed: the reply was all reasoning (cut off, or a model that never answered).
  if (new RegExp(`^\\s*<(?:${TAGS})>`, 'i').test(text)) return '';
  return text.replace(/^\s+/, '');
}

/** Whether the message carried reasoning beside its content (to explain a cut-off or an empty reply). */
export function hasReasoning(message: unknown): boolean {
  if (!message || typeof message !== 'object') return false;
  const m = message as Record<string, unknown>;
  const field = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  if (field(m.reasoning_content) || field(m.reasoning)) return true;
  if (Array.isArray(m.content))
    return m.content.some((p) => (p as { type?: unknown } | null)?.type === 'thinking');
  return typeof m.content === 'string' && new RegExp(`<(?:/)?(?:${TAGS})>`, 'i').test(m.content);
}
