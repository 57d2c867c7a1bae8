import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../src/cli/io.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const REPO_SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));
export const SEED_004 = '004_fe1a5bfc56a193f7.txt';

export const readFixture = (name: string) => readFile(join(FIXTURES, name), 'utf8');

/** The clean draft of seed 004, as a model would reply (front matter and body). */
export const cleanDraft = () => readFixture('drafts/clean-004.md');

/** The same draft cut after its second section: well under 700 words. */
export async function shortDraft(): Promise<string> {
  const draft = await cleanDraft();
  const sections = draft.split(/\n(?=## )/);
  return `${sections.slice(0, 3).join('\n')}\n`;
}

/** The clean draft with a quotation the source never had. */
export async function inventedQuoteDraft(): Promise<string> {
  return (await cleanDraft()).replace(
    'Le message est clair',
    '« Nos armées marcheront ensemble jusqu’à la victoire », a-t-il ajouté. Le message est clair',
  );
}

export const fence = (text: string) => `\`\`\`markdown\n${text}\`\`\`\n`;

/** A temporary project: the given files (text or bytes) under a fresh directory. */
export async function tempProject(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'plume-core-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

export const repoSeed = (name: string) => readFile(join(REPO_SEEDS, name));

export interface CapturedIo extends CliIo {
  out: () => string;
  err: () => string;
}

export function captureIo(
  cwd: string,
  env: Record<string, string | undefined> = {},
  tty = false,
): CapturedIo {
  let out = '';
  let err = '';
  return {
    cwd,
    env,
    stdout: { write: (text: string) => (out += text), isTTY: tty },
    stderr: { write: (text: string) => (err += text), isTTY: tty },
    out: () => out,
    err: () => err,
  };
}
