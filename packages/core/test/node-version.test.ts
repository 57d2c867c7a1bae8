import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A Node older than 22 on PATH (this machine's system Node is 20), or undefined. */
function oldNode(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter).concat(['/usr/bin', '/usr/local/bin'])) {
    const candidate = join(dir, 'node');
    try {
      accessSync(candidate, constants.X_OK);
      const version = execFileSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' });
      if (Number(version.split('.')[0]) < 22) return candidate;
    } catch {}
  }
  return undefined;
}

const bin = join(import.meta.dirname, '..', 'bin', 'plume.js');
const old = oldNode();

describe('plume on an old Node', () => {
  it.skipIf(old === undefined)('exits 2 saying which Node it needs, before loading anything', () => {
    const run = spawnSync(old as string, [bin, '--version'], { encoding: 'utf8' });
    const found = execFileSync(old as string, ['--version'], { encoding: 'utf8' }).trim();
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`Plume needs Node 22 or newer (found ${found}).\n`);
    expect(run.stdout).toBe('');
  });

  it('starts on this Node', () => {
    const run = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
