import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chatMessages, completion, type FakeOpenAI, startFakeOpenAI } from '@plume/testkit';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { textTokens } from '../src/cost.js';
import { validateOutput } from '../src/reply/validate-output.js';
import { captureIo, cleanDraft, repoSeed, SEED_004, tempProject } from './helpers.js';

/** The attacks of issue 15 on the rewriter, each as the review ran it, through the CLI. */

const KEY = 'sk-plume-test-0123456789abcdefSECRET';
let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function run(cwd: string, argv: string[]) {
  const io = captureIo(cwd, { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: fake?.baseURL });
  const code = await main(['rewrite', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

interface SeedRow {
  seed: string;
  status: string;
  error: string | null;
  errorCount: number;
}
const seedsOf = (out: string) => (JSON.parse(out) as { seeds: SeedRow[] }).seeds;
const sent = () =>
  (fake?.requests ?? [])
    .map((r) =>
      chatMessages(r)
        .map((m) => m.content)
        .join('\n'),
    )
    .join('\n');

async function projectWith(extra: Record<string, string> = {}) {
  const seed = (await repoSeed(SEED_004)).toString('utf8');
  return tempProject({ 'plume.config.json': '{}\n', 'seeds/a.txt': `${seed}\nDossier a.\n`, ...extra });
}

async function outsideFolder() {
  const outside = await mkdtemp(join(tmpdir(), 'plume-outside-'));
  await writeFile(
    join(outside, 'credentials.txt'),
    'aws_secret_access_key = WJALRXUTNFEMIK7MDENGbPxRfiCYSECRET\n',
  );
  return outside;
}

describe('seeds the review planted', () => {
  it('never reads a file through a symlinked folder inside seeds/', async () => {
    fake = await startFakeOpenAI({ fallback: completion(await cleanDraft()) });
    const cwd = await projectWith();
    const outside = await outsideFolder();
    await symlink(outside, join(cwd, 'seeds/x'));
    const byGlob = await run(cwd, ['--format', 'json']);
    expect(seedsOf(byGlob.out).map((s) => s.seed)).toEqual(['seeds/a.txt']);
    // Named explicitly (as the Action names a pull request's files), it is refused by name.
    const named = await run(cwd, ['--format', 'json', 'seeds/x/credentials.txt']);
    expect(named.code).toBe(1);
    expect(seedsOf(named.out)).toEqual([
      expect.objectContaining({
        seed: 'seeds/x/credentials.txt',
        status: 'failed',
        error:
          'seeds/x/credentials.txt: is inside a symlinked folder (seeds/x); seeds must be regular files of the project',
      }),
    ]);
    // A symlink named like a seed but pointing at a folder is refused, not expanded.
    await symlink(outside, join(cwd, 'seeds/y.txt'));
    const folderLink = await run(cwd, ['--format', 'json', 'seeds/y.txt']);
    expect(seedsOf(folderLink.out)).toEqual([
      expect.objectContaining({
        seed: 'seeds/y.txt',
        error: 'seeds/y.txt: is a symbolic link; seeds must be regular files',
      }),
    ]);
    expect(sent()).not.toContain('WJALRXUTNFEMIK7MDENG');
    expect(await readdir(join(cwd, 'articles'))).toEqual(['a.md']);
  });

  it('finds a seed once when seeds/ holds a symlink loop', async () => {
    fake = await startFakeOpenAI({ fallback: completion(await cleanDraft()) });
    const cwd = await projectWith();
    await symlink('.', join(cwd, 'seeds/loop'));
    const { out } = await run(cwd, ['--format', 'json']);
    expect(seedsOf(out).map((s) => [s.seed, s.status])).toEqual([['seeds/a.txt', 'written']]);
    expect(fake.requests).toHaveLength(1);
  });

  it('refuses a FIFO seed at once instead of waiting for a writer', async () => {
    fake = await startFakeOpenAI({ fallback: completion(await cleanDraft()) });
    const cwd = await projectWith();
    execFileSync('mkfifo', [join(cwd, 'seeds/pipe.txt')]);
    const { out } = await run(cwd, ['--format', 'json', 'seeds/pipe.txt', 'seeds/a.txt']);
    expect(seedsOf(out).find((s) => s.seed === 'seeds/pipe.txt')).toMatchObject({
      status: 'failed',
      error: 'seeds/pipe.txt: is a FIFO, not a regular file',
    });
  });
});

describe('writing articles', () => {
  it('refuses an output folder that is a symlink and writes nothing outside the project', async () => {
    fake = await startFakeOpenAI({ fallback: completion(await cleanDraft()) });
    const cwd = await projectWith();
    const outside = await mkdtemp(join(tmpdir(), 'plume-outside-'));
    await symlink(outside, join(cwd, 'articles'));
    const { code, out } = await run(cwd, ['--format', 'json']);
    expect(code).toBe(1);
    expect(seedsOf(out)[0]).toMatchObject({
      status: 'failed',
      error:
        'articles/a.md: the existing article is inside a symlinked folder (articles); it cannot be replaced',
    });
    expect(await readdir(outside)).toEqual([]);
  });

  it('does not overwrite an article someone saved while the model was writing', async () => {
    const cwd = await projectWith();
    const draft = await cleanDraft();
    fake = await startFakeOpenAI({
      fallback: () => {
        execFileSync('sh', ['-c', 'mkdir -p articles && printf "Mon brouillon à moi.\\n" > articles/a.md'], {
          cwd,
        });
        return completion(draft);
      },
    });
    const { code, out } = await run(cwd, ['--format', 'json']);
    expect(code).toBe(1);
    expect(seedsOf(out)[0]).toMatchObject({
      status: 'failed',
      error: 'articles/a.md: changed since it was read; it was not overwritten',
    });
    expect(await readFile(join(cwd, 'articles/a.md'), 'utf8')).toBe('Mon brouillon à moi.\n');
    expect((await readdir(join(cwd, 'articles'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('removes a key the model echoes back before writing, and does not call the seed written', async () => {
    const echoed = (await cleanDraft()).replace(
      'Le message est clair',
      `Clé de démonstration : ${KEY}. Le message est clair`,
    );
    fake = await startFakeOpenAI({ fallback: completion(echoed) });
    const cwd = await projectWith();
    const { code, out } = await run(cwd, ['--format', 'json', '--max-repairs', '0']);
    const article = await readFile(join(cwd, 'articles/a.md'), 'utf8');
    expect(article).not.toContain(KEY);
    expect(article).not.toContain('0123456789abcdef');
    expect(code).toBe(1);
    expect(seedsOf(out)[0]).toMatchObject({ status: 'written-with-errors', errorCount: 1 });
    expect(out).not.toContain(KEY);
  });

  it('holds the article to the seed’s own minimum ("create at least 1500 words")', async () => {
    fake = await startFakeOpenAI({ fallback: completion(await cleanDraft()) });
    const seed = (await repoSeed(SEED_004)).toString('utf8').replace(/^\s*\n/, '');
    const cwd = await tempProject({
      'plume.config.json': '{}\n',
      'seeds/long.txt': `Make this article seo compatible, create at least 1500 words\n${seed}`,
      'seeds/front.txt': `---\nminWords: 1500\n---\n${seed}`,
    });
    const { code, out } = await run(cwd, ['--format', 'json', '--max-repairs', '0']);
    expect(code).toBe(1);
    for (const row of seedsOf(out)) {
      expect(row).toMatchObject({ status: 'written-with-errors' });
      expect(row.error).toMatch(/lint error/);
    }
    const text = await run(cwd, ['--force', '--max-repairs', '0']);
    expect(text.out.match(/word-count.*Expected at least 1500 words, found \d{3}\./g)).toHaveLength(2);
  });
});

describe('model replies the review sent', () => {
  it('counts the tokens of a 10 MB reply without a space in linear time', () => {
    // Quadratic BPE took hours on this; the test's own timeout is the bound.
    expect(textTokens('x'.repeat(10_000_000))).toBeGreaterThan(10_000);
    expect(textTokens(`${'ab'.repeat(2_000_000)} ${' '.repeat(1_000_000)}fin`)).toBeGreaterThan(1_000);
  }, 20_000);

  it('keeps the token count of ordinary French text exact', () => {
    const text = 'Le président a rencontré les ministres à Kyiv, selon l’agence. '.repeat(50);
    expect(textTokens(text)).toBe(countTokens(text));
  });

  it('refuses a script tag even when the seed itself holds one', () => {
    const seed = 'Le site affichait <script src="https://evil.example/x.js"></script> et <b>gras</b>.';
    const article =
      '---\ntitle: t\n---\n\nTexte <script src="https://evil.example/x.js"></script> et <b>gras</b>.\n';
    const rules = validateOutput(article, seed).map((d) => `${d.ruleId}: ${d.message}`);
    expect(rules).toContain('source-html: HTML <script> is never published; write plain Markdown.');
    expect(rules.filter((r) => r.includes('<b>'))).toEqual([]);
  });
});
