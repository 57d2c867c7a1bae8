import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lintText } from '@plume/linter';
import { chatMessages, completion, type FakeOpenAI, startFakeOpenAI } from '@plume/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { buildPrompt } from '../src/prompt/build-prompt.js';
import { chooseKeyphrase } from '../src/prompt/keyphrase.js';
import { resolveSpec } from '../src/prompt/spec.js';
import { parseSeed } from '../src/seed/parse-seed.js';
import { isSeedError } from '../src/seed/types.js';
import { captureIo, cleanDraft, REPO_SEEDS, repoSeed, SEED_004, tempProject } from './helpers.js';

const EXAMPLES = join(REPO_SEEDS, '..', 'examples');
let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function rewrite(cwd: string) {
  const io = captureIo(cwd, { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake?.baseURL });
  const code = await main(['rewrite', '--format', 'json'], io);
  return {
    code,
    report: JSON.parse(io.out()) as { seeds: { seed: string; attempts: number; status: string }[] },
  };
}

const keyphraseProblems = (text: string, path: string) =>
  lintText(text, { path }).files[0]?.diagnostics.filter((d) => d.ruleId.startsWith('keyphrase-')) ?? [];

const fieldOf = (text: string, key: string) => new RegExp(`^${key}: (.+)$`, 'm').exec(text)?.[1];

describe('choosing the focus keyphrase', () => {
  const base = {
    title: 'Coopération militaire : Poutine reçoit Li Shangfu',
    keywords: ['Li Shangfu', 'Russie'],
  };

  it("keeps the seed's own keyphrase over the draft's proposal", () => {
    expect(chooseKeyphrase({ ...base, seed: 'Li Shangfu', proposed: 'coopération militaire' })).toBe(
      'Li Shangfu',
    );
  });

  it("takes the draft's proposal when the seed sets none", () => {
    expect(chooseKeyphrase({ ...base, proposed: ' coopération militaire ' })).toBe('coopération militaire');
  });

  it('else takes a keyword the title holds, else the title’s first two content words', () => {
    expect(chooseKeyphrase(base)).toBe('Li Shangfu');
    expect(chooseKeyphrase({ ...base, keywords: ['Ukraine'] })).toBe('coopération militaire');
  });

  it('reads a keyphrase from the instruction line, French words and all', () => {
    const seed = parseSeed(
      new TextEncoder().encode(
        'Make this article seo compatible, keyphrase: « coopération militaire »\nTexte.\n',
      ),
      'seeds/x.txt',
    );
    if (isSeedError(seed)) throw new Error(seed.message);
    expect(seed.options).toMatchObject({ seo: true, keyphrase: 'coopération militaire' });
    expect(seed.warnings).toEqual([]);
    // A first line that merely mentions keywords stays article text.
    const prose = parseSeed(
      new TextEncoder().encode('Keywords are what readers type.\nTexte.\n'),
      'seeds/y.txt',
    );
    if (isSeedError(prose)) throw new Error(prose.message);
    expect(prose.options.keyphrase).toBeUndefined();
    expect(prose.text).toMatch(/^Keywords are what readers type\./);
  });

  it('asks the model for a keyphrase and states the thresholds the draft is checked against', () => {
    const seed = parseSeed(new TextEncoder().encode('Texte.\n'), 'seeds/x.txt');
    if (isSeedError(seed)) throw new Error(seed.message);
    const system = buildPrompt(seed, resolveSpec(seed), 'id')[0]?.content ?? '';
    expect(system).toMatch(/choose one and write it in the front matter as keyphrase/);
    expect(system).toMatch(/1 to 4 content words/);
    expect(system).toMatch(/begin the title with it/);
    expect(system).toMatch(/in 30 to 75 % of the "## " subheadings/);
    // 900 words, a 2-word keyphrase, 0.5–3.5 % weighted as Yoast does: 4 to 23 occurrences.
    expect(system).toMatch(/between 4 and 23 times in an article of about 900 words/);
  });
});

describe('plume rewrite and the keyphrase', () => {
  it('ends every seed with a keyphrase in the front matter and no keyphrase problem', async () => {
    const seeds = (await readdir(REPO_SEEDS)).filter((name) => name.endsWith('.txt'));
    const files: Record<string, string | Uint8Array> = { 'plume.config.json': '{}\n' };
    const replies = new Map<string, string>();
    for (const name of seeds) {
      const seed = (await repoSeed(name)).toString('utf8');
      files[`seeds/${name}`] = seed;
      // The fake model answers each seed with the hand-written example article for it.
      replies.set(
        seed.trim().split('\n').slice(-1)[0] ?? '',
        await readFile(join(EXAMPLES, name.replace(/\.txt$/, '.md')), 'utf8'),
      );
    }
    fake = await startFakeOpenAI({
      fallback: (request) => {
        const user = chatMessages(request)[1]?.content ?? '';
        const match = [...replies].find(([tail]) => user.includes(tail));
        return completion(match?.[1] ?? '');
      },
    });
    const cwd = await tempProject(files);
    const { code, report } = await rewrite(cwd);
    expect(code).toBe(0);
    expect(report.seeds).toHaveLength(seeds.length);
    for (const entry of report.seeds) {
      expect(entry).toMatchObject({ status: 'written', attempts: 1 });
      const path = entry.seed.replace(/^seeds\//, 'articles/').replace(/\.txt$/, '.md');
      const article = await readFile(join(cwd, path), 'utf8');
      expect(fieldOf(article, 'keyphrase'), path).toBeTruthy();
      expect(keyphraseProblems(article, join(cwd, path)), path).toEqual([]);
    }
  });

  it('sends one repair request naming each keyphrase problem of a misplaced keyphrase', async () => {
    const clean = await cleanDraft();
    // The keyphrase moved out of the title's beginning, the first paragraph and the description.
    const misplaced = clean
      .replace(
        'title: "Coopération militaire : Poutine veut l’appui de la Chine"',
        'title: "Poutine veut l’appui de la Chine"',
      )
      .replace('la coopération militaire entre les forces armées', 'la coopération entre les forces armées')
      .replace('a plaidé pour une coopération militaire accrue', 'a plaidé pour un partenariat accru');
    fake = await startFakeOpenAI({ replies: [completion(misplaced), completion(clean)] });
    const seed = (await repoSeed(SEED_004)).toString('utf8');
    const cwd = await tempProject({ 'plume.config.json': '{}\n', 'seeds/a.txt': seed });
    const { code, report } = await rewrite(cwd);
    expect(code).toBe(0);
    expect(fake.requests).toHaveLength(2);
    expect(report.seeds[0]).toMatchObject({ status: 'written', attempts: 2 });
    const repair = chatMessages(fake.requests[1]).at(-1)?.content ?? '';
    for (const rule of ['keyphrase-in-title', 'keyphrase-in-introduction', 'keyphrase-in-description']) {
      expect(repair).toContain(`[${rule}]`);
    }
    expect(repair).toContain('« coopération militaire »');
    const article = await readFile(join(cwd, 'articles/a.md'), 'utf8');
    expect(keyphraseProblems(article, join(cwd, 'articles/a.md'))).toEqual([]);
  });
});
