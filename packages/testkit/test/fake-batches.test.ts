import OpenAI, { toFile } from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeOpenAI, type FakeOpenAIOptions, startFakeOpenAI } from '../src/index.js';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const client = (baseURL: string) => new OpenAI({ baseURL, apiKey: 'sk-test-not-a-secret', maxRetries: 0 });

const line = (id: string, model = 'gpt-test', url = '/v1/chat/completions') =>
  JSON.stringify({
    custom_id: id,
    method: 'POST',
    url,
    body: { model, messages: [{ role: 'user', content: id }] },
  });

async function submit(options: FakeOpenAIOptions['batches'], rows: string[]) {
  fake = await startFakeOpenAI({ batches: options });
  const sdk = client(fake.baseURL);
  const file = await sdk.files.create({
    file: await toFile(Buffer.from(`${rows.join('\n')}\n`), 'input.jsonl'),
    purpose: 'batch',
  });
  const batch = await sdk.batches.create({
    input_file_id: file.id,
    endpoint: '/v1/chat/completions',
    completion_window: '24h',
  });
  return { sdk, file, batch };
}

async function statuses(sdk: OpenAI, id: string) {
  const seen: string[] = [];
  for (let i = 0; i < 10; i++) {
    const batch = await sdk.batches.retrieve(id);
    seen.push(batch.status);
    if (['completed', 'failed', 'expired', 'cancelled'].includes(batch.status)) return { seen, batch };
  }
  return { seen, batch: await sdk.batches.retrieve(id) };
}

interface ResultLine {
  custom_id: string;
  response: { status_code: number; body: { choices: Array<{ message: { content: string } }> } } | null;
  error: { code: string } | null;
}

const jsonl = async (sdk: OpenAI, id: string | undefined | null) =>
  id
    ? (await (await sdk.files.content(id)).text())
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as ResultLine)
    : [];

describe('fake Files and Batches endpoints', () => {
  it('takes a batch through validating, in_progress and finalizing to completed with an output file', async () => {
    const { sdk, file, batch } = await submit(
      {
        reply: (l) =>
          l.custom_id === 'b'
            ? { kind: 'error', status: 400, message: 'bad request' }
            : { kind: 'completion', content: `answer ${l.custom_id}` },
      },
      [line('a'), line('b')],
    );
    expect(file).toMatchObject({ object: 'file', purpose: 'batch', filename: 'input.jsonl' });
    expect(batch).toMatchObject({ object: 'batch', status: 'validating', completion_window: '24h' });
    const { seen, batch: done } = await statuses(sdk, batch.id);
    expect(seen).toEqual(['in_progress', 'finalizing', 'completed']);
    expect(done.request_counts).toEqual({ total: 2, completed: 1, failed: 1 });
    const output = await jsonl(sdk, done.output_file_id);
    expect(output).toHaveLength(1);
    expect(output[0]).toMatchObject({ custom_id: 'a', error: null, response: { status_code: 200 } });
    expect(output[0]?.response?.body.choices[0]?.message.content).toBe('answer a');
    const errors = await jsonl(sdk, done.error_file_id);
    expect(errors[0]).toMatchObject({ custom_id: 'b', response: { status_code: 400 } });
    expect(fake?.batches.uploads).toBe(1);
  });

  it('expires a batch with the finished results in the output file and the rest as batch_expired', async () => {
    const { sdk, batch } = await submit(
      {
        reply: () => ({ kind: 'completion', content: 'ok' }),
        outcome: () => ({ status: 'expired', ran: 1 }),
      },
      [line('a'), line('b'), line('c')],
    );
    const { seen, batch: done } = await statuses(sdk, batch.id);
    expect(seen.at(-1)).toBe('expired');
    expect((await jsonl(sdk, done.output_file_id)).map((l) => l.custom_id)).toEqual(['a']);
    const errors = await jsonl(sdk, done.error_file_id);
    expect(errors.map((l) => [l.custom_id, l.error?.code])).toEqual([
      ['b', 'batch_expired'],
      ['c', 'batch_expired'],
    ]);
  });

  it('fails validation on a duplicate custom_id, a second model or too many requests, with no output', async () => {
    const { sdk, batch } = await submit({ maxRequestsPerBatch: 2 }, [
      line('a'),
      line('a', 'other'),
      line('c'),
    ]);
    const { batch: done } = await statuses(sdk, batch.id);
    expect(done.status).toBe('failed');
    expect(done.output_file_id).toBeNull();
    expect(done.errors?.data?.map((e) => e.code).sort()).toEqual([
      'duplicate_custom_id',
      'mismatched_model',
      'too_many_requests',
    ]);
  });

  it('cancels on request: cancelling, then cancelled with the unrun requests as batch_cancelled', async () => {
    const { sdk, batch } = await submit(
      { reply: () => ({ kind: 'completion', content: 'ok' }), hold: true },
      [line('a')],
    );
    expect((await sdk.batches.retrieve(batch.id)).status).toBe('in_progress');
    expect((await sdk.batches.cancel(batch.id)).status).toBe('cancelling');
    const done = await sdk.batches.retrieve(batch.id);
    expect(done.status).toBe('cancelled');
    expect((await jsonl(sdk, done.error_file_id))[0]?.error?.code).toBe('batch_cancelled');
  });

  it('holds batches in progress until released', async () => {
    const { sdk, batch } = await submit(
      { reply: () => ({ kind: 'completion', content: 'ok' }), hold: true },
      [line('a')],
    );
    for (let i = 0; i < 4; i++) expect((await sdk.batches.retrieve(batch.id)).status).toBe('in_progress');
    fake?.batches.release();
    expect((await statuses(sdk, batch.id)).batch.status).toBe('completed');
  });

  it('refuses a batch whose file was not uploaded for batches', async () => {
    fake = await startFakeOpenAI();
    const sdk = client(fake.baseURL);
    const file = await sdk.files.create({
      file: await toFile(Buffer.from(line('a')), 'x.jsonl'),
      purpose: 'user_data',
    });
    const error = await sdk.batches
      .create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
  });
});

describe('listing batches', () => {
  it('lists newest first with cursor pagination, as the SDK iterates it', async () => {
    const { sdk } = await submit({}, [line('a')]);
    const file = await sdk.files.create({
      file: await toFile(Buffer.from(line('b')), 'b.jsonl'),
      purpose: 'batch',
    });
    const second = await sdk.batches.create({
      input_file_id: file.id,
      endpoint: '/v1/chat/completions',
      completion_window: '24h',
    });
    const seen: string[] = [];
    for await (const batch of sdk.batches.list({ limit: 1 })) seen.push(batch.input_file_id);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(second.input_file_id);
  });
});
