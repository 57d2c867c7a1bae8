import { describe, expect, it } from 'vitest';
import { readBatchResults } from '../src/batch/read-results.js';
import { requestLine } from '../src/batch/request-line.js';
import { applyReply, type SeedJob } from '../src/batch/seed-job.js';
import { OPENAI_BATCH_LIMITS, splitRequests } from '../src/batch/split-requests.js';
import { batchPrice } from '../src/cost.js';
import { chatRequestBody } from '../src/model/request-body.js';

const completionLine = (id: string, content: string, finish = 'stop') =>
  JSON.stringify({
    id: `batch_req_${id}`,
    custom_id: id,
    response: {
      status_code: 200,
      request_id: 'r',
      body: {
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finish }],
        usage: { prompt_tokens: 10, completion_tokens: 5 },
      },
    },
    error: null,
  });

describe('batch stages', () => {
  it('splits by request count and by bytes, keeping order, and sets aside a line no file can take', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(
      splitRequests(items, (x) => x, { maxRequests: 2, maxBytes: 1000 }).files.map((f) => f.items),
    ).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    // Each line is 4 bytes with its newline: three fit in 12.
    const byBytes = splitRequests(['xxx', 'yyy', 'zzz', 'www'], (x) => x, { maxRequests: 100, maxBytes: 12 });
    expect(byBytes.files.map((f) => f.text)).toEqual(['xxx\nyyy\nzzz\n', 'www\n']);
    const huge = splitRequests(['ok', 'x'.repeat(50)], (x) => x, { maxRequests: 100, maxBytes: 20 });
    expect(huge.tooLarge).toEqual(['x'.repeat(50)]);
    expect(huge.files.map((f) => f.items)).toEqual([['ok']]);
  });

  it('keeps each file within OpenAI’s 50,000 requests and 200 MB', () => {
    const many = Array.from({ length: 50_001 }, (_, i) => i);
    expect(splitRequests(many, String, OPENAI_BATCH_LIMITS).files.map((f) => f.items.length)).toEqual([
      50_000, 1,
    ]);
    // 200 MB in its smaller, decimal reading.
    expect(OPENAI_BATCH_LIMITS.maxBytes).toBeLessThanOrEqual(200_000_000);
  });

  it('builds the request line with the model profile’s token parameter and temperature', () => {
    const messages = [{ role: 'user' as const, content: 'x' }];
    expect(requestLine('id-1', chatRequestBody('gpt-4o-mini', messages, 100))).toEqual({
      custom_id: 'id-1',
      method: 'POST',
      url: '/v1/chat/completions',
      body: { model: 'gpt-4o-mini', messages, max_completion_tokens: 100, temperature: 0.4 },
    });
    expect(chatRequestBody('mistral-small-latest', messages, 100)).toMatchObject({ max_tokens: 100 });
    expect(chatRequestBody('gpt-5-mini', messages, 100)).not.toHaveProperty('temperature');
  });

  it('reads output and error files into replies: drafts, cut-offs, HTTP errors, unrun requests', () => {
    const output = [
      completionLine('ok', 'Bonjour'),
      completionLine('cut', 'Bon', 'length'),
      completionLine('empty', ' '),
    ].join('\n');
    const errors = [
      JSON.stringify({
        id: 'x',
        custom_id: 'bad',
        response: { status_code: 400, body: { error: { message: 'context too long' } } },
        error: null,
      }),
      JSON.stringify({
        id: 'y',
        custom_id: 'busy',
        response: { status_code: 500, body: { error: { message: 'oops' } } },
        error: null,
      }),
      JSON.stringify({
        id: 'z',
        custom_id: 'late',
        response: null,
        error: { code: 'batch_expired', message: 'too late' },
      }),
      'not json',
    ].join('\n');
    const { replies, problems } = readBatchResults(output, errors);
    expect(replies.get('ok')).toEqual({
      ok: true,
      content: 'Bonjour',
      usage: { promptTokens: 10, completionTokens: 5 },
    });
    expect(replies.get('cut')).toMatchObject({ ok: false, redraft: true, cutOff: true, resend: false });
    expect(replies.get('empty')).toMatchObject({ ok: false, redraft: true, cutOff: false });
    expect(replies.get('bad')).toMatchObject({
      ok: false,
      reason: 'the provider answered HTTP 400: context too long',
      resend: false,
    });
    expect(replies.get('busy')).toMatchObject({ ok: false, resend: true });
    expect(replies.get('late')).toMatchObject({
      ok: false,
      resend: true,
      reason: expect.stringMatching(/batch_expired: too late/),
    });
    expect(problems).toEqual(['line 4 of a result file is not JSON']);
  });

  it('prices batches at half the synchronous price unless the table says otherwise', () => {
    expect(batchPrice({ input: 1, output: 8 })).toEqual({ input: 0.5, output: 4 });
    expect(batchPrice({ input: 1, output: 8, batch: { input: 0.7, output: 6 } })).toEqual({
      input: 0.7,
      output: 6,
    });
    expect(batchPrice(undefined)).toBeUndefined();
  });

  it('asks a cut-off request again with more room, unless rewrite.maxOutputTokens set the budget', async () => {
    const cutOff = {
      ok: false as const,
      reason: 'the reply was cut off (finish_reason=length)',
      redraft: true,
      cutOff: true,
      resend: false,
      usage: { promptTokens: 10, completionTokens: 1000 },
    };
    const jobWith = (): SeedJob =>
      ({
        index: 0,
        prompt: [],
        prepared: {},
        state: { attempts: 0, usage: { promptTokens: 0, completionTokens: 0 }, maxOutputTokens: 1000 },
      }) as unknown as SeedJob;
    // A cut-off reply is never linted.
    const lint = async () => Promise.reject(new Error('not linted'));
    const tools = { lint, model: 'gpt-5-mini', maxRepairs: 2 };

    const guessed = jobWith();
    expect(await applyReply(guessed, cutOff, tools)).toBe('again');
    expect(guessed.state.maxOutputTokens).toBe(1500);

    // The synchronous draft loop stops here too: the same budget would be cut off the same way.
    const fixed = jobWith();
    expect(await applyReply(fixed, cutOff, { ...tools, fixedBudget: true })).toBe('finished');
    expect(fixed.state.maxOutputTokens).toBe(1000);
    expect(fixed.state.lastFailure).toBe(cutOff.reason);
  });
});
