import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measure, median } from '../lib/measure.mjs';

describe('measuring a child process', () => {
  it('sees the peak memory of a child that allocates, against one that does not', async () => {
    const idle = await measure(process.execPath, ['-e', '']);
    const hungry = await measure(process.execPath, ['-e', 'Buffer.alloc(300e6, 1)']);
    expect(hungry.peakMb - idle.peakMb).toBeGreaterThan(250);
    expect(hungry.wallMs).toBeGreaterThan(0);
  });

  it('reports the exit code and the end of stderr of a failing child', async () => {
    const run = await measure(process.execPath, ['-e', 'console.error("boom"); process.exit(2)']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('boom');
  });

  it('takes the median of odd and even samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('CPU time', () => {
  it.skipIf(!existsSync('/usr/bin/time'))('counts the CPU a child burns, not the time it waits', async () => {
    // Spin until the child itself has used 300 ms of CPU, however busy the machine is.
    const spin = 'while (process.cpuUsage().user < 300_000);';
    const run = await measure(process.execPath, ['-e', spin]);
    expect(run.cpuMs).toBeGreaterThanOrEqual(300);
    const idle = await measure(process.execPath, ['-e', 'setTimeout(() => {}, 400)']);
    expect(idle.cpuMs).toBeLessThan(run.cpuMs);
  });
});
