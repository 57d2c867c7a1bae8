import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { completion, type FakeOpenAI, startFakeOpenAI } from '@plume/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PRICES } from '../src/cost.js';
import type { DraftLinter } from '../src/lint/types.js';
import { createModelClient } from '../src/model/client.js';
import { profileFor } from '../src/model/profiles.js';
import { findSeeds } from '../src/rewrite/find-seeds.js';
import { runRewrite } from '../src/rewrite/run-rewrite.js';
import { cleanDraft, repoSeed, SEED_004, tempProject } from './helpers.js';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
});

describe('runRewrite', () => {
  it('reports a bug hit by one seed as that seed’s failure and still writes the others', async () => {
    fake = await startFakeOpenAI({ fallback: completion(await cleanDraft()) });
    const seed = (await repoSeed(SEED_004)).toString('utf8');
    const cwd = await tempProject({
      'seeds/a.txt': `${seed}\nDossier a.\n`,
      'seeds/b.txt': `${seed}\nDossier b.\n`,
    });
    const lint: DraftLinter = async (_text, { sourceText }) => {
      if (sourceText.includes('Dossier a.')) throw new TypeError('linter exploded');
      return { words: 900, diagnostics: [], errorCount: 0, warningCount: 0 };
    };
    const report = await runRewrite({
      seeds: await findSeeds(['seeds'], cwd, cwd),
      baseDir: cwd,
      outDir: join(cwd, 'articles'),
      model: 'm',
      client: createModelClient({ model: 'm', baseURL: fake.baseURL }),
      profile: profileFor('m'),
      lint,
      defaultsFor: () => ({ lang: 'fr', minWords: 700, targetWords: 900 }),
      maxRepairs: 2,
      concurrency: 2,
      force: false,
      dryRun: false,
      seedDeadlineMs: 30_000,
      prices: DEFAULT_PRICES,
    });
    expect(report.seeds.map((s) => [s.seed, s.status])).toEqual([
      ['seeds/a.txt', 'failed'],
      ['seeds/b.txt', 'written'],
    ]);
    expect(report.seeds[0]?.error).toMatch(/^seeds\/a\.txt: internal error: TypeError: linter exploded/);
    expect(await readFile(join(cwd, 'articles/b.md'), 'utf8')).toContain('source: seeds/b.txt');
  });
});
