// The JSON report on the corpus, byte for byte: a refactoring of the linter must not change it.
//   node bench/report-identity.mjs --save before.json     the built CLI's report, saved
//   node bench/report-identity.mjs before.json            compared with a saved report
//   node bench/report-identity.mjs other/dist/bin/cli.js  compared with another build's report
// Exit code 1 and the first differing lines when the reports differ.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { corpusDir, corpusRoot } from './lib/paths.mjs';
import { linterCli, linterCliMissing } from './lib/plume-linter.mjs';

/** `plume-lint --format json` on the corpus, as the README's command runs it (paths relative to the corpus's parent). */
export async function corpusReport(cli = linterCli) {
  const target = relative(corpusRoot, corpusDir);
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [cli, '--format', 'json', target], {
      cwd: corpusRoot,
      maxBuffer: 512 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    // Exit code 1: the corpus has lint errors, which is expected.
    if (error.code === 1) return error.stdout;
    throw error;
  }
}

/** The first lines where two reports differ, with their line numbers. */
export function firstDifferences(a, b, limit = 10) {
  const left = a.split('\n');
  const right = b.split('\n');
  const out = [];
  for (let i = 0; i < Math.max(left.length, right.length) && out.length < limit; i++) {
    if (left[i] !== right[i])
      out.push(`line ${i + 1}\n  - ${left[i] ?? '(none)'}\n  + ${right[i] ?? '(none)'}`);
  }
  return out;
}

if (import.meta.main) {
  const missing = linterCliMissing();
  if (missing) {
    console.error(missing);
    process.exit(2);
  }
  const [first, second] = process.argv.slice(2);
  const report = await corpusReport();
  if (first === '--save' && second) {
    writeFileSync(second, report);
    console.log(`saved the report (${report.length} bytes) to ${second}`);
  } else if (first) {
    const baseline = first.endsWith('.js') ? await corpusReport(resolve(first)) : readFileSync(first, 'utf8');
    if (baseline === report) console.log(`identical: ${report.length} bytes`);
    else {
      console.log(`the reports differ (${baseline.length} and ${report.length} bytes):`);
      console.log(firstDifferences(baseline, report).join('\n'));
      process.exitCode = 1;
    }
  } else {
    console.error('usage: node bench/report-identity.mjs (--save <file> | <report.json> | <other cli.js>)');
    process.exitCode = 2;
  }
}
