import { createServer } from 'node:net';
import { type FakeOpenAI, type FakeOpenAIOptions, startFakeOpenAI } from '@plume/testkit';
import { afterEach, expect } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureIo, repoSeed, SEED_004, tempProject } from './helpers.js';

export const KEY = 'sk-proj-providers-0123456789abcdefSECRET';

export type Report = {
  model: string;
  seeds: Array<{ status: string; attempts: number; error: string | null }>;
};

/**
 * `plume rewrite` against a fake provider, for the provider tests: a project of copies of seed
 * 004, the CLI run with the key in the environment, and a check on every run that no key and no
 * stack trace reached the user.
 */
export function providerCli() {
  const h = {
    fake: undefined as FakeOpenAI | undefined,
    async serve(options: FakeOpenAIOptions) {
      h.fake = await startFakeOpenAI(options);
      return h.fake;
    },
    async project(names: string[], config: unknown = {}) {
      const seed = (await repoSeed(SEED_004)).toString('utf8');
      const files: Record<string, string> = { 'plume.config.json': JSON.stringify(config) };
      for (const name of names) files[`seeds/${name}.txt`] = `${seed}\nDossier ${name}.\n`;
      return tempProject(files);
    },
    async run(cwd: string, argv: string[], env: Record<string, string | undefined> = {}) {
      const io = captureIo(cwd, { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: h.fake?.baseURL, ...env });
      const code = await main(['rewrite', ...argv], io);
      const out = io.out();
      const err = io.err();
      expect(`${out}${err}`).not.toContain('SECRET');
      expect(`${out}${err}`).not.toMatch(/\n\s+at |internal error/);
      return { code, out, err };
    },
    report: (out: string) => JSON.parse(out) as Report,
    sentBody: (index: number) => h.fake?.requests[index]?.body as Record<string, unknown>,
  };
  afterEach(async () => {
    await h.fake?.close();
    h.fake = undefined;
  });
  return h;
}

/** A port nothing listens on: a server that is down. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
