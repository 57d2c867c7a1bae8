import type { Usage } from '../model/client.js';
import { isRetryableStatus } from '../model/retry.js';

/** One request's outcome, read from a batch's output or error file. */
export type BatchReply =
  | { ok: true; content: string; usage: Usage }
  | {
      ok: false;
      reason: string;
      usage: Usage;
      /** A bad draft (cut off, empty): the next round may ask again, as the synchronous loop does. */
      redraft: boolean;
      cutOff: boolean;
      /** The request never ran or met a transient fault: a later run sends it again. */
      resend: boolean;
    };

interface ResultLine {
  custom_id?: unknown;
  response?: { status_code?: unknown; body?: unknown } | null;
  error?: { code?: unknown; message?: unknown } | null;
}

interface ChatBody {
  choices?: Array<{ finish_reason?: string | null; message?: { content?: string | null } | null }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
  error?: { message?: unknown } | null;
}

const noUsage = (): Usage => ({ promptTokens: 0, completionTokens: 0 });

const failure = (
  reason: string,
  flags: Partial<{ redraft: boolean; cutOff: boolean; resend: boolean }>,
  usage = noUsage(),
): BatchReply => ({
  ok: false,
  reason,
  usage,
  redraft: flags.redraft ?? false,
  cutOff: flags.cutOff ?? false,
  resend: flags.resend ?? false,
});

/** A 200 response's chat completion, judged as the synchronous client judges one. */
function fromCompletion(body: ChatBody): BatchReply {
  const usage = {
    promptTokens: body.usage?.prompt_tokens ?? 0,
    completionTokens: body.usage?.completion_tokens ?? 0,
  };
  const choice = body.choices?.[0];
  const content = choice?.message?.content ?? '';
  if (choice?.finish_reason === 'length')
    return failure(
      'the reply was cut off at its token limit (finish_reason=length)',
      { redraft: true, cutOff: true },
      usage,
    );
  if (choice?.finish_reason === 'content_filter')
    return failure('the provider filtered the reply (finish_reason=content_filter)', {}, usage);
  if (content.trim() === '') return failure('the model returned an empty reply', { redraft: true }, usage);
  return { ok: true, content, usage };
}

function fromLine(line: ResultLine): BatchReply {
  if (line.error) {
    const code = typeof line.error.code === 'string' ? line.error.code : 'error';
    const message = typeof line.error.message === 'string' ? line.error.message : 'no message';
    // batch_expired / batch_cancelled: the request never ran, so it costs nothing to send again.
    return failure(`the batch did not run this request (${code}: ${message})`, { resend: true });
  }
  const status = typeof line.response?.status_code === 'number' ? line.response.status_code : undefined;
  const body = (line.response?.body ?? {}) as ChatBody;
  if (status === 200) return fromCompletion(body);
  const message = typeof body.error?.message === 'string' ? `: ${body.error.message}` : '';
  return failure(`the provider answered HTTP ${status ?? '?'}${message}`, {
    resend: isRetryableStatus(status),
  });
}

/**
 * The replies in a batch's output and error files by `custom_id`. A line that cannot be read is
 * returned as a problem: its request is then treated as unanswered, never as a success.
 */
export function readBatchResults(...files: string[]): {
  replies: Map<string, BatchReply>;
  problems: string[];
} {
  const replies = new Map<string, BatchReply>();
  const problems: string[] = [];
  for (const text of files) {
    text.split('\n').forEach((row, i) => {
      if (row.trim() === '') return;
      let line: ResultLine;
      try {
        line = JSON.parse(row) as ResultLine;
      } catch {
        problems.push(`line ${i + 1} of a result file is not JSON`);
        return;
      }
      if (typeof line.custom_id !== 'string') {
        problems.push(`line ${i + 1} of a result file has no custom_id`);
        return;
      }
      replies.set(line.custom_id, fromLine(line));
    });
  }
  return { replies, problems };
}
