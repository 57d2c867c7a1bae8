// The rewriter's throughput benchmark lives in rewrite.mjs, written by the core package's owner;
// this runs it as a child process and keeps its printed lines for the combined report.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchDir } from './lib/paths.mjs';

const script = fileURLToPath(new URL('./rewrite.mjs', import.meta.url));
const TIME_LIMIT_MS = 5 * 60_000;

export function rewriteThroughput() {
  if (!existsSync(script)) return Promise.resolve({ skipped: 'bench/rewrite.mjs does not exist yet' });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { cwd: benchDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const timer = setTimeout(() => child.kill(), TIME_LIMIT_MS);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      const lines = stdout
        .trimEnd()
        .split('\n')
        .filter((line) => line !== '');
      if (exitCode === 0) resolve({ lines });
      else {
        const why = signal
          ? `was stopped (${signal}) after ${TIME_LIMIT_MS / 1000} s`
          : `exited with ${exitCode}`;
        resolve({
          lines,
          error: `bench/rewrite.mjs ${why}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`,
        });
      }
    });
  });
}
