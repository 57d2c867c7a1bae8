// The rewrite benchmarks' common ground: a project of N copies of one seed, each marked
// "Dossier i." so that the fake server knows which seed a request is for, and the drafts it
// answers with.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
export const SEED = here('../../seeds/004_fe1a5bfc56a193f7.txt');
export const CLEAN_DRAFT = here('../../packages/core/test/fixtures/drafts/clean-004.md');

/** The clean draft cut after two sections: word-count fails, one repair fixes it. */
export const shortOf = (draft) =>
  `${draft
    .split(/\n(?=## )/)
    .slice(0, 3)
    .join('\n')}\n`;

/** A temporary project with `n` seeds (`seeds/s00.txt`…) and the given `plume.config.json`. */
export async function seedProject(n, config = {}) {
  const root = await mkdtemp(join(tmpdir(), 'plume-bench-rewrite-'));
  const seed = await readFile(SEED, 'utf8');
  await mkdir(join(root, 'seeds'));
  await writeFile(join(root, 'plume.config.json'), `${JSON.stringify(config)}\n`);
  const width = Math.max(2, String(n - 1).length);
  for (let i = 0; i < n; i++) {
    await writeFile(
      join(root, 'seeds', `s${String(i).padStart(width, '0')}.txt`),
      `${seed}\nDossier ${i}.\n`,
    );
  }
  return root;
}

/**
 * What the fake answers to a request's messages: the clean draft, except the first draft of
 * every `shortEvery`-th seed (0: none), which is short and needs one repair.
 */
export function draftFor(clean, shortEvery) {
  const short = shortOf(clean);
  return (messages) => {
    const n = Number(/Dossier (\d+)\./.exec(messages?.[1]?.content ?? '')?.[1] ?? -1);
    const repair = (messages?.length ?? 0) > 2;
    return !repair && shortEvery > 0 && n % shortEvery === 0 ? short : clean;
  };
}
