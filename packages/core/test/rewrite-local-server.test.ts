import { chatModel, completion, thinkThenArticle } from '@plume/testkit';
import { describe, expect, it } from 'vitest';
import { cleanDraft } from './helpers.js';
import { freePort, providerCli } from './provider-cli.js';

const cli = providerCli();

describe('local servers', () => {
  it("uses the server's only model when none is configured", async () => {
    await cli.serve({ models: ['qwen3:8b'], fallback: thinkThenArticle(await cleanDraft()) });
    const cwd = await cli.project(['a']);
    const { code, out } = await cli.run(cwd, ['--format', 'json'], { OPENAI_API_KEY: undefined });
    expect(code).toBe(0);
    expect(cli.report(out).model).toBe('qwen3:8b');
    expect(chatModel(cli.fake?.requests[0])).toBe('qwen3:8b');
    expect(cli.fake?.modelRequests).toHaveLength(1);
  });

  it('exits 2 listing the models when the server has several and none is configured', async () => {
    await cli.serve({ models: ['llama3.1:8b', 'qwen3:8b'] });
    const cwd = await cli.project(['a']);
    const { code, err } = await cli.run(cwd, [], { OPENAI_API_KEY: undefined });
    expect(code).toBe(2);
    expect(err).toContain(
      'offers 2: llama3.1:8b, qwen3:8b; set one with --model, PLUME_MODEL or rewrite.model',
    );
    expect(cli.fake?.requests).toHaveLength(0);
  });

  it('exits 2 at once, naming the URL, when the local server is down', async () => {
    const port = await freePort();
    const cwd = await cli.project(['a']);
    const started = Date.now();
    const { code, err } = await cli.run(cwd, [], {
      OPENAI_API_KEY: undefined,
      OPENAI_BASE_URL: `http://localhost:${port}/v1`,
    });
    expect(code).toBe(2);
    expect(err).toContain(
      `nothing is listening at http://localhost:${port}/v1 (connection refused): is the server running`,
    );
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('sends one seed at a time to a single-slot server: nothing queued times out and is sent again', async () => {
    await cli.serve({ slots: 1, latencyMs: 150, fallback: completion(await cleanDraft()) });
    const cwd = await cli.project(['a', 'b', 'c']);
    const { code } = await cli.run(cwd, ['--model', 'llama3.1:8b']);
    expect(code).toBe(0);
    expect(cli.fake?.requests).toHaveLength(3);
    expect(cli.fake?.maxInFlight).toBe(1);
    expect(cli.fake?.abandoned).toBe(0);

    // The same server treated as a remote one (4 at once, a timeout shorter than the queue):
    // queued requests time out and are sent again while the server still generates them.
    await cli.fake?.close();
    await cli.serve({ slots: 1, latencyMs: 150, fallback: completion(await cleanDraft()) });
    const remote = { rewrite: { localServer: false, concurrency: 4, requestTimeoutMs: 250, maxRetries: 1 } };
    await cli.run(await cli.project(['a', 'b', 'c'], remote), ['--model', 'llama3.1:8b']);
    expect(cli.fake?.abandoned).toBeGreaterThan(0);
    expect(cli.fake?.requests.length).toBeGreaterThan(3);
  });
});
