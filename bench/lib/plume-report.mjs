import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileKey } from './paths.mjs';

/**
 * Plume's report (DESIGN §4.5, §4.6: `lintFiles`) for `targets` ({ cwd, path } pairs) under the
 * preset `preset`, as a Map from `fileKey` to the report's file entry. A temporary config file
 * keeps the repository's own config out of the measurement. Returns `{ error }` when the linter
 * fails on a target, so that the other benchmarks still run.
 */
export async function plumeReport(targets, preset) {
  const { lintFiles } = await import('@plume/linter');
  const scratch = mkdtempSync(join(tmpdir(), 'plume-bench-config-'));
  const configFile = join(scratch, 'plume.config.json');
  writeFileSync(configFile, JSON.stringify({ extends: preset }));
  try {
    const files = new Map();
    for (const { cwd, path } of targets) {
      let report;
      try {
        report = await lintFiles([path], { cwd, configFile });
      } catch (error) {
        return { error: `lintFiles(${path}) with ${preset} failed: ${error.message}` };
      }
      for (const file of report.files) files.set(fileKey(resolve(cwd, file.path)), file);
    }
    return { files };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
