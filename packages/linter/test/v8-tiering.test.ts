import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// V8's flags are switched while the process runs, which V8 may stop allowing in a later Node:
// this checks, in a fresh process, which compiler a hot function actually gets.
const tiering = pathToFileURL(join(import.meta.dirname, '..', 'dist', 'cli', 'v8-tiering.js')).href;

const script = `
const { tuneV8ForLintRun, turbofanForFiles } = await import(${JSON.stringify(tiering)});
const { mkdtempSync, rmSync, truncateSync, writeFileSync } = await import('node:fs');
const { join } = await import('node:path');
const { tmpdir } = await import('node:os');
const dir = mkdtempSync(join(tmpdir(), 'plume-tiering-'));
const file = (name, bytes) => {
  const absolutePath = join(dir, name);
  writeFileSync(absolutePath, '');
  truncateSync(absolutePath, bytes);
  return { absolutePath };
};
// V8's optimisation status bits: 32 Maglev, 64 TurboFan.
const compilerOf = () => {
  const hot = new Function('n', 'let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s;');
  for (let i = 0; i < 300000; i++) hot(20);
  const status = eval('%GetOptimizationStatus(hot)');
  return status & 64 ? 'turbofan' : status & 32 ? 'maglev' : 'other';
};
const seen = [];
tuneV8ForLintRun();
seen.push(compilerOf());
turbofanForFiles([file('small.md', 30_000), { absolutePath: join(dir, 'missing.md') }]);
seen.push(compilerOf());
turbofanForFiles([file('small.md', 30_000), file('big.md', 2 * 1024 * 1024)]);
seen.push(compilerOf());
rmSync(dir, { recursive: true });
console.log(JSON.stringify(seen));
`;

describe('V8 tiering for a lint run', () => {
  it('runs on Maglev alone until a run with a file of 1 MiB or more switches TurboFan on', () => {
    const out = execFileSync(
      process.execPath,
      ['--allow-natives-syntax', '--input-type=module', '--eval', script],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual(['maglev', 'maglev', 'turbofan']);
  });
});
