import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileKey } from './paths.mjs';
import { linterCli } from './plume-linter.mjs';

function runCli(args, cwd) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [linterCli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    let stderr = '';
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (exitCode) =>
      resolvePromise({ exitCode, stdout: Buffer.concat(stdout).toString('utf8'), stderr }),
    );
  });
}

/**
 * Plume's JSON report (DESIGN §4.5) for `targets` ({ cwd, path } pairs), under the preset `preset`,
 * as a Map from `fileKey` to the report's file entry. The CLI is what users run, so the figures are
 * the ones they see; a temporary config keeps the repository's own config out of the measurement.
 * Returns `{ error }` when the CLI fails on any target.
 */
export async function plumeReport(targets, preset) {
  const scratch = mkdtempSync(join(tmpdir(), 'plume-bench-config-'));
  const config = join(scratch, 'plume.config.json');
  writeFileSync(config, JSON.stringify({ extends: preset }));
  try {
    const files = new Map();
    for (const { cwd, path } of targets) {
      const run = await runCli([path, '--format', 'json', '--config', config], cwd);
      if (run.exitCode !== 0 && run.exitCode !== 1) {
        return { error: `plume lint ${path} (${preset}) exited with ${run.exitCode}: ${run.stderr.trim()}` };
      }
      let report;
      try {
        report = JSON.parse(run.stdout);
      } catch (error) {
        return { error: `plume lint ${path} (${preset}) printed no JSON report: ${error.message}` };
      }
      for (const file of report.files) files.set(fileKey(resolve(cwd, file.path)), file);
    }
    return { files };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
