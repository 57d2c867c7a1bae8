import { access, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type BatchInputLine,
  type BatchLineReply,
  type FakeBatchesOptions,
  type FakeOpenAI,
  startFakeOpenAI,
} from '@plume/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { loadProjectConfig } from '../src/config.js';
import { findSeeds } from '../src/rewrite/find-seeds.js';
import { rewriteSeeds } from '../src/rewrite/rewrite-seeds.js';
import { captureIo, cleanDraft, repoSeed, SEED_004, shortDraft, tempProject } from './helpers.js';

const KEY = 'sk-plume-test-0123456789abcdefSECRET';
/** Polls every 10 ms: the fake moves a batch on at each look. */
const CONFIG = JSON.stringify({ rewrite: { batchPollSeconds: 0.01 } });

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const nameOf = (line: BatchInputLine) =>
  /Dossier (\w+)\./.exec(line.body.messages?.[1]?.content ?? '')?.[1] ?? '?';
const isRepair = (line: BatchInputLine) => (line.body.messages?.length ?? 0) > 2;

async function project(names: string[]) {
  const seed = (await repoSeed(SEED_004)).toString('utf8');
  const files: Record<string, string> = { 'plume.config.json': CONFIG };
  for (const name of names) files[`seeds/${name}.txt`] = `${seed}\nDossier ${name}.\n`;
  return tempProject(files);
}

async function run(cwd: string, argv: string[]) {
  const io = captureIo(cwd, { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: fake?.baseURL });
  const code = await main(['rewrite', '--batch', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

interface JsonReport {
  seeds: Array<{
    seed: string;
    status: string;
    attempts: number;
    error: string | null;
    batch?: { id: string };
  }>;
  batch?: {
    batches: Array<{ id: string; round: number; requests: number; status: string }>;
    costUsd: number | null;
  };
}
const json = (out: string) => JSON.parse(out) as JsonReport;
const status = (report: JsonReport) => Object.fromEntries(report.seeds.map((s) => [s.seed, s.status]));
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Clean drafts for everyone, except the first draft of the seeds named in `short`. */
async function replies(short: string[] = []): Promise<(line: BatchInputLine) => BatchLineReply> {
  const [clean, shortText] = [await cleanDraft(), await shortDraft()];
  return (line) => ({
    kind: 'completion',
    content: short.includes(nameOf(line)) && !isRepair(line) ? shortText : clean,
  });
}

async function startFake(batches: FakeBatchesOptions) {
  fake = await startFakeOpenAI({ batches });
  return fake;
}

describe('plume rewrite --batch', () => {
  it('sends every first draft as one batch built like the synchronous request, and writes the articles', async () => {
    const f = await startFake({ reply: await replies() });
    const cwd = await project(['a', 'b', 'c']);
    const { code, out, err } = await run(cwd, ['--format', 'json']);
    expect(code, err).toBe(0);
    const report = json(out);
    expect(status(report)).toEqual({
      'seeds/a.txt': 'written',
      'seeds/b.txt': 'written',
      'seeds/c.txt': 'written',
    });
    expect(f.batches.uploads).toBe(1);
    expect(f.batches.batches).toHaveLength(1);
    expect(f.batches.files[0]?.purpose).toBe('batch');
    const batch = f.batches.batches[0];
    expect(batch?.endpoint).toBe('/v1/chat/completions');
    expect(batch?.lines).toHaveLength(3);
    // The synchronous client's body for gpt-5-mini: max_completion_tokens, no temperature.
    const body = batch?.lines[0]?.body;
    expect(body).toMatchObject({ model: 'gpt-5-mini', max_completion_tokens: expect.any(Number) });
    expect(body).not.toHaveProperty('temperature');
    expect(body?.messages?.[0]?.content).toMatch(/^You are a senior news editor/);
    expect(report.batch?.batches).toEqual([{ id: batch?.id, round: 1, requests: 3, status: 'completed' }]);
    expect(report.batch?.costUsd).toBeGreaterThan(0);
    expect((await readdir(join(cwd, 'articles'))).sort()).toEqual(['a.md', 'b.md', 'c.md']);
    // Nothing left to collect: no state file.
    expect(await exists(join(cwd, 'articles', '.plume-batch.json'))).toBe(false);
    expect(err).toMatch(/plume: submitted batch batch_\w+ \(round 1\): 3 requests/);
    expect(`${out}${err}`).not.toContain(KEY);
  });

  it('sends the configured rewrite.profile and rewrite.maxOutputTokens in every batch line', async () => {
    const f = await startFake({ reply: await replies() });
    const seed = (await repoSeed(SEED_004)).toString('utf8');
    const config = {
      rewrite: {
        batchPollSeconds: 0.01,
        maxOutputTokens: 7000,
        // An Azure deployment whose name hides a model that takes max_tokens and a temperature.
        profile: { tokenParam: 'max_tokens', temperature: true },
      },
    };
    const cwd = await tempProject({ 'plume.config.json': JSON.stringify(config), 'seeds/a.txt': seed });
    const { code, err } = await run(cwd, ['--model', 'my-deployment', '--format', 'json']);
    expect(code, err).toBe(0);
    const body = f.batches.batches[0]?.lines[0]?.body;
    expect(body).toMatchObject({ model: 'my-deployment', max_tokens: 7000, temperature: 0.4 });
    expect(body).not.toHaveProperty('max_completion_tokens');
  });

  it('sends the drafts that need a repair as the next round, with their lint errors', async () => {
    const f = await startFake({ reply: await replies(['b']) });
    const cwd = await project(['a', 'b']);
    const { code, out } = await run(cwd, ['--format', 'json']);
    expect(code).toBe(0);
    const report = json(out);
    expect(report.seeds.map((s) => [s.seed, s.status, s.attempts])).toEqual([
      ['seeds/a.txt', 'written', 1],
      ['seeds/b.txt', 'written', 2],
    ]);
    expect(f.batches.batches.map((b) => b.lines.length)).toEqual([2, 1]);
    const repair = f.batches.batches[1]?.lines[0];
    expect(nameOf(repair as BatchInputLine)).toBe('b');
    expect(repair?.body.messages?.at(-1)?.content).toMatch(/\[word-count\]/);
    // The repair quotes the same <source id> as the first draft.
    const first = f.batches.batches[0]?.lines.find((l) => nameOf(l) === 'b');
    expect(repair?.body.messages?.[0]?.content).toBe(first?.body.messages?.[0]?.content);
    expect(report.batch?.batches.map((b) => b.round)).toEqual([1, 2]);
  });

  it('stops after maxRepairs rounds and writes the best draft with its errors', async () => {
    const short = await shortDraft();
    const f = await startFake({ reply: () => ({ kind: 'completion', content: short }) });
    const cwd = await project(['a']);
    const { code, out } = await run(cwd, ['--format', 'json', '--max-repairs', '1']);
    expect(code).toBe(1);
    expect(json(out).seeds[0]).toMatchObject({ status: 'written-with-errors', attempts: 2 });
    expect(f.batches.batches).toHaveLength(2);
  });

  it('--no-wait submits and exits; later runs collect without submitting again', async () => {
    const f = await startFake({ reply: await replies(), pollsPerStatus: 2 });
    const cwd = await project(['a', 'b']);
    const first = await run(cwd, ['--no-wait', '--format', 'json']);
    expect(first.code).toBe(0);
    expect(json(first.out).seeds.map((s) => s.status)).toEqual(['submitted', 'submitted']);
    expect(json(first.out).seeds[0]?.batch?.id).toBe(f.batches.batches[0]?.id);
    expect(await exists(join(cwd, 'articles', '.plume-batch.json'))).toBe(true);
    expect(await exists(join(cwd, 'articles', 'a.md'))).toBe(false);

    const second = await run(cwd, ['--no-wait']);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(
      /submitted +seeds\/a\.txt → articles\/a\.md +\(in batch batch_\w+, validating; run again/,
    );

    const third = await run(cwd, ['--format', 'json']);
    expect(third.code).toBe(0);
    expect(status(json(third.out))).toEqual({ 'seeds/a.txt': 'written', 'seeds/b.txt': 'written' });
    expect(f.batches.uploads).toBe(1);
    expect(f.batches.batches).toHaveLength(1);
    expect(await exists(join(cwd, 'articles', '.plume-batch.json'))).toBe(false);
  });

  it('finds the batch an interrupted run created but did not get to record, instead of creating another', async () => {
    const f = await startFake({ reply: await replies() });
    const cwd = await project(['a']);
    expect((await run(cwd, ['--no-wait'])).code).toBe(0);
    // As if killed between the create request and saving its answer.
    const statePath = join(cwd, 'articles', '.plume-batch.json');
    const state = JSON.parse(await readFile(statePath, 'utf8'));
    state.batches[0].id = null;
    await writeFile(statePath, JSON.stringify(state));
    const { code, err } = await run(cwd, []);
    expect(code).toBe(0);
    expect(err).toMatch(/found batch batch_\w+ \(round 1\), created before the interruption/);
    expect(f.batches.batches).toHaveLength(1);
    expect(f.batches.uploads).toBe(1);
  });

  it('reports the seeds of an expired batch and sends only those again on the next run', async () => {
    const f = await startFake({
      reply: await replies(),
      outcome: (index) => (index === 0 ? { status: 'expired', ran: 1 } : { status: 'completed' }),
    });
    const cwd = await project(['a', 'b', 'c']);
    const first = await run(cwd, ['--format', 'json']);
    expect(first.code).toBe(1);
    const report = json(first.out);
    expect(status(report)).toEqual({
      'seeds/a.txt': 'written',
      'seeds/b.txt': 'failed',
      'seeds/c.txt': 'failed',
    });
    expect(report.seeds[1]?.error).toMatch(/batch_expired.*sent again on the next run/);
    expect(report.batch?.batches[0]?.status).toBe('expired');

    const second = await run(cwd, ['--format', 'json']);
    expect(second.code).toBe(0);
    expect(status(json(second.out))).toEqual({
      'seeds/a.txt': 'skipped-unchanged',
      'seeds/b.txt': 'written',
      'seeds/c.txt': 'written',
    });
    expect(f.batches.batches.map((b) => b.lines.map(nameOf))).toEqual([
      ['a', 'b', 'c'],
      ['b', 'c'],
    ]);
  });

  it('reports the seeds of a cancelled batch with the provider’s code', async () => {
    await startFake({ reply: await replies(), outcome: () => ({ status: 'cancelled', ran: 0 }) });
    const cwd = await project(['a']);
    const { code, out } = await run(cwd, ['--format', 'json']);
    expect(code).toBe(1);
    expect(json(out).seeds[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/batch_cancelled.*sent again on the next run/),
    });
    expect(json(out).batch?.batches[0]?.status).toBe('cancelled');
  });

  it('reports a batch that failed validation per seed, with the provider’s reason', async () => {
    await startFake({
      reply: await replies(),
      outcome: () => ({
        status: 'failed',
        code: 'token_limit_exceeded',
        message: 'Enqueued token limit reached.',
      }),
    });
    const cwd = await project(['a']);
    const { code, out } = await run(cwd, ['--format', 'json']);
    expect(code).toBe(1);
    expect(json(out).seeds[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(
        /batch batch_\w+ failed: Enqueued token limit reached\. \(token_limit_exceeded\)/,
      ),
    });
    expect(await exists(join(cwd, 'articles', 'a.md'))).toBe(false);
  });

  it('writes no article through a symlinked output folder outside the config folder (writeRoot, as the Action sets it)', async () => {
    const f = await startFake({ reply: await replies() });
    const seed = (await repoSeed(SEED_004)).toString('utf8');
    const cwd = await tempProject({ 'site/plume.config.json': CONFIG, 'site/seeds/a.txt': seed });
    const outside = await tempProject({ 'keep.txt': 'x' });
    await symlink(outside, join(cwd, 'articles'));
    const loaded = loadProjectConfig({ cwd: join(cwd, 'site') });
    if (!loaded.ok) throw new Error(loaded.message);
    const report = await rewriteSeeds({
      config: loaded.config,
      seeds: await findSeeds(['seeds'], join(cwd, 'site'), join(cwd, 'site')),
      outDir: join(cwd, 'articles'),
      writeRoot: cwd,
      model: 'gpt-5-mini',
      baseURL: f.baseURL,
      apiKey: KEY,
      batch: true,
    });
    expect(report.seeds.map((s) => s.status)).toEqual(['failed']);
    expect(await readdir(outside)).toEqual(['keep.txt']);
  });

  it('splits a round over the provider’s per-file request limit', async () => {
    const f = await startFake({ reply: await replies(), maxRequestsPerBatch: 2 });
    const cwd = await project(['a', 'b', 'c', 'd', 'e']);
    const loaded = loadProjectConfig({ cwd });
    if (!loaded.ok) throw new Error(loaded.message);
    const report = await rewriteSeeds({
      config: loaded.config,
      seeds: await findSeeds(['seeds'], cwd, cwd),
      outDir: join(cwd, 'articles'),
      model: 'gpt-5-mini',
      baseURL: f.baseURL,
      apiKey: KEY,
      batch: true,
      batchLimits: { maxRequests: 2, maxBytes: 1_000_000 },
    });
    expect(report.seeds.every((s) => s.status === 'written')).toBe(true);
    expect(f.batches.batches.map((b) => b.lines.length)).toEqual([2, 2, 1]);
    expect(f.batches.batches.every((b) => b.status === 'completed')).toBe(true);
  });

  it('prices the report at the table’s batch price when the config gives one', async () => {
    const clean = await cleanDraft();
    await startFake({
      reply: () => ({
        kind: 'completion',
        content: clean,
        usage: { prompt_tokens: 1000, completion_tokens: 2000 },
      }),
    });
    const cwd = await project(['a']);
    const prices = { input: 1, output: 2, batch: { input: 0.3, output: 0.7 } };
    await writeFile(
      join(cwd, 'plume.config.json'),
      JSON.stringify({ rewrite: { batchPollSeconds: 0.01, prices } }),
    );
    const { code, out } = await run(cwd, ['--format', 'json']);
    expect(code).toBe(0);
    expect(json(out).batch?.costUsd).toBeCloseTo((1000 * 0.3 + 2000 * 0.7) / 1e6, 9);
    const text = await run(cwd, ['--force']);
    expect(text.out).toMatch(
      /· \$0\.0017 at the Batch API price\n1 batch: batch_\w+ \(round 1, 1 request, completed\)/,
    );
  });

  it('refuses a damaged state file instead of submitting its batches again', async () => {
    await startFake({ reply: await replies() });
    const cwd = await project(['a']);
    await mkdir(join(cwd, 'articles'));
    await writeFile(join(cwd, 'articles', '.plume-batch.json'), '{"version": 1, "batc');
    const { code, err } = await run(cwd, []);
    expect(code).toBe(2);
    expect(err).toMatch(/articles\/\.plume-batch\.json: is not a batch state file/);
    expect(fake?.batches.uploads).toBe(0);
  });

  it('--no-wait needs --batch, --concurrency does not go with it; a batch dry run prices at the Batch API discount', async () => {
    const cwd = await project(['a']);
    const io = captureIo(cwd, {});
    expect(await main(['rewrite', '--no-wait'], io)).toBe(2);
    expect(io.err()).toMatch(/--no-wait goes with --batch/);
    const both = captureIo(cwd, {});
    expect(await main(['rewrite', '--batch', '--concurrency', '2'], both)).toBe(2);
    expect(both.err()).toMatch(/--concurrency has no effect with --batch/);

    const sync = captureIo(cwd, {});
    expect(await main(['rewrite', '--dry-run'], sync)).toBe(0);
    const batch = captureIo(cwd, {});
    expect(await main(['rewrite', '--dry-run', '--batch'], batch)).toBe(0);
    const cost = (text: string) => Number(/expected \$(\d+\.\d+)/.exec(text)?.[1]);
    expect(batch.out()).toMatch(/to rewrite with gpt-5-mini at the Batch API price: /);
    expect(cost(batch.out())).toBeCloseTo(cost(sync.out()) / 2, 3);
  });
});
