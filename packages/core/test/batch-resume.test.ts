import { spawn } from 'node:child_process';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FakeOpenAI, startFakeOpenAI } from '@plume/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureIo, cleanDraft, repoSeed, SEED_004, tempProject } from './helpers.js';

// The interrupted run is the built CLI in its own process, killed as a CI job's end or a lost
// machine would kill it: nothing of it runs after the signal.
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const KEY = 'sk-plume-test-0123456789abcdefSECRET';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

async function project(names: string[]) {
  const seed = (await repoSeed(SEED_004)).toString('utf8');
  const files: Record<string, string> = {
    'plume.config.json': JSON.stringify({ rewrite: { batchPollSeconds: 0.01 } }),
  };
  for (const name of names) files[`seeds/${name}.txt`] = `${seed}\nDossier ${name}.\n`;
  return tempProject(files);
}

describe('plume rewrite --batch, interrupted', () => {
  it('resumes after the process is killed once its batch is created, without a second submission', async () => {
    const clean = await cleanDraft();
    const f = await startFakeOpenAI({
      batches: { reply: () => ({ kind: 'completion', content: clean }), hold: true },
    });
    fake = f;
    const cwd = await project(['a', 'b']);
    const child = spawn(process.execPath, [CLI, 'rewrite', '--batch'], {
      cwd,
      env: { ...process.env, OPENAI_API_KEY: KEY, OPENAI_BASE_URL: f.baseURL, PLUME_MODEL: '' },
      stdio: 'ignore',
    });
    const exited = new Promise((done) => child.on('exit', done));
    const statePath = join(cwd, 'articles', '.plume-batch.json');
    // The state names the uploaded file before the batch is requested, so once the provider has
    // the batch the state can find it, whether or not the child lived to record its id.
    for (let i = 0; i < 3000 && f.batches.batches.length === 0; i++) {
      await new Promise((done) => setTimeout(done, 20));
    }
    expect(f.batches.batches).toHaveLength(1);
    child.kill('SIGKILL');
    await exited;
    expect(JSON.parse(await readFile(statePath, 'utf8')).batches[0].inputFileId).toBe(
      f.batches.batches[0]?.inputFileId,
    );

    f.batches.release();
    const io = captureIo(cwd, { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: f.baseURL });
    expect(await main(['rewrite', '--batch', '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out()) as { seeds: Array<{ status: string }> };
    expect(report.seeds.map((s) => s.status)).toEqual(['written', 'written']);
    expect(await exists(statePath)).toBe(false);
    expect(f.batches.uploads).toBe(1);
    expect(f.batches.batches).toHaveLength(1);
  });
});
