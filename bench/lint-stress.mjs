// Stress cases moved out of `pnpm test` (they took a minute and more of it): a 5 MB article and a
// list nested 400 levels deep (micromark's parse grows with the square of the depth), each linted
// by the CLI. It checks that each is linted completely and reports how long it takes;
// bench/TUNING.md's TurboFan figures come from the big article.
//   node bench/lint-stress.mjs
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { linterCli, linterCliMissing } from './lib/plume-linter.mjs';

const FRONT_MATTER = '---\ntitle: Un titre\ndescription: Une description.\n---\n\n';
const SENTENCE = 'Une phrase assez ordinaire pour remplir le fichier. ';
const REPEAT = 100_000;

const NESTED = Array.from({ length: 400 }, (_, depth) => `${'  '.repeat(depth)}- niveau ${depth}`).join('\n');

export const STRESS_CASES = {
  'a 5 MB article': {
    text: `${FRONT_MATTER}## Gros\n\n${SENTENCE.repeat(REPEAT)}\n`,
    words: REPEAT * SENTENCE.trim().split(' ').length + 1,
  },
  'a list nested 400 levels deep': {
    text: `${FRONT_MATTER}## Listes\n\n${NESTED}\n`,
    words: 1 + 400 * 2,
  },
};

/** Lints one stress case with the CLI: its wall time, and whether every word was counted. */
export async function lintStress({ text, words: expected }) {
  const missing = linterCliMissing();
  if (missing) return { skipped: missing };
  const root = mkdtempSync(join(tmpdir(), 'plume-stress-'));
  try {
    writeFileSync(join(root, 'big.md'), text);
    writeFileSync(
      join(root, 'plume.config.json'),
      JSON.stringify({ rules: { spelling: 'off', 'language-match': 'off' } }),
    );
    const started = performance.now();
    let stdout;
    try {
      ({ stdout } = await promisify(execFile)(process.execPath, [linterCli, 'big.md', '-f', 'json'], {
        cwd: root,
        maxBuffer: 256 * 1024 * 1024,
      }));
    } catch (error) {
      // Exit code 1: the article has lint errors, which is expected of it.
      if (error.code !== 1) throw error;
      stdout = error.stdout;
    }
    const wallMs = Math.round(performance.now() - started);
    const words = JSON.parse(stdout).files[0]?.metrics.words ?? 0;
    return { bytes: Buffer.byteLength(text), wallMs, words, expected, ok: words === expected };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  for (const [name, stress] of Object.entries(STRESS_CASES)) {
    const result = await lintStress(stress);
    if (result.skipped) {
      console.log(`${name} skipped: ${result.skipped}`);
      continue;
    }
    console.log(
      `${name} (${(result.bytes / 1e6).toFixed(2)} MB): ${result.wallMs} ms, ${result.words} words counted (expected ${result.expected}).`,
    );
    if (!result.ok) process.exitCode = 1;
  }
}
