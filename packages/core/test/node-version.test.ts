import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { oldNodeOnPath } from '@plume/testkit';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'bin', 'plume.js');
const old = oldNodeOnPath();

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
