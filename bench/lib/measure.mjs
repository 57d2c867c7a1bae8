import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

/** Peak resident memory so far of a live process, from Linux's high-water mark, in kB. */
function highWaterMarkKb(pid) {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // the process has already exited
  }
}

/**
 * Runs a command to completion, its output discarded, and reports its wall time, peak resident
 * memory and, with GNU time, CPU time (user + system; the child and its descendants, as the kernel
 * accounts them). Without GNU time, /proc is sampled while the child runs, which can miss a last
 * spike, and CPU time is undefined.
 */
export function measure(command, args, { cwd } = {}) {
  const useGnuTime = existsSync(GNU_TIME);
  const scratch = mkdtempSync(join(tmpdir(), 'plume-measure-'));
  const timeFile = join(scratch, 'time.txt');
  const [file, argv] = useGnuTime
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]]
    : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      // Keep only the tail: a linter's report can be megabytes; the tail names a crash.
      stderr = (stderr + chunk).slice(-4000);
    });
    let sampledKb = 0;
    const sampler = useGnuTime
      ? undefined
      : setInterval(() => {
          sampledKb = Math.max(sampledKb, highWaterMarkKb(child.pid));
        }, 10);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      clearInterval(sampler);
      let peakKb = sampledKb;
      let cpuMs;
      if (useGnuTime) {
        // The last line: GNU time puts "Command exited with non-zero status" lines before it.
        const [maxRss, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ');
        peakKb = Number(maxRss);
        cpuMs = (Number(user) + Number(system)) * 1000;
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({ wallMs, cpuMs, peakMb: peakKb / 1024, exitCode, stderr });
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
