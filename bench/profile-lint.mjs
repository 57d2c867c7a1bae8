// Where Plume's lint time goes: runs the CLI on the corpus under V8's CPU profiler (main thread
// and workers) and sums self time by dependency and by linter module, then by function. Not a
// budget: a map for whoever works on the lint-speed budget. `node profile-lint.mjs [paths…]`;
// PROFILE_TOP=n lists n owners (default 25). Time in the bundled CLI is told by the source file
// it came from (the bundle's source maps).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, corpusRoot } from './lib/paths.mjs';
import { linterCli, linterCliMissing } from './lib/plume-linter.mjs';
import { table } from './lib/table.mjs';

const NOT_WORK = new Set(['(idle)', '(program)', '(root)']);

const sourceMaps = new Map();

/** The bundle's own source map, so that time in a chunk is told by the file it came from. */
function sourceMapOf(url) {
  if (!sourceMaps.has(url)) {
    const file = `${fileURLToPath(url)}.map`;
    sourceMaps.set(url, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  return sourceMaps.get(url);
}

/** Where a bundled function came from: `{ url, lineNumber }` of its source, or the frame itself. */
function original({ url, lineNumber, columnNumber }) {
  if (!url.startsWith('file:') || !url.includes('/dist/bin/')) return { url, lineNumber };
  const entry = sourceMapOf(url)?.findEntry(lineNumber, columnNumber);
  if (!entry?.originalSource) return { url, lineNumber };
  return { url: entry.originalSource, lineNumber: entry.originalLine };
}

/** `nspell@2.1.5` for a dependency, `french/speller.ts` for the linter's own code. */
function owner(url) {
  const dependency = /node_modules\/\.pnpm\/((?:@[^/+]+\+)?[^/]+)\//.exec(url);
  if (dependency) return dependency[1].replace('+', '/');
  const linter = /packages\/linter\/(?:dist|src)\/(.+)$/.exec(url);
  if (linter) return `linter: ${linter[1]}`;
  return url === '' ? '(V8 and native)' : url.replace(/^file:\/\//, '');
}

/** Self time in ms per owner and per function over every `.cpuprofile` in `dir`. */
export function summariseProfiles(dir) {
  const byOwner = new Map();
  const byFunction = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  let totalMs = 0;
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const selfUs = new Map();
    profile.samples.forEach((id, i) => {
      selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
    });
    for (const node of profile.nodes) {
      const ms = (selfUs.get(node.id) ?? 0) / 1000;
      const { functionName } = node.callFrame;
      if (ms === 0 || NOT_WORK.has(functionName)) continue;
      const { url, lineNumber } = original(node.callFrame);
      const who = functionName === '(garbage collector)' ? '(garbage collector)' : owner(url);
      totalMs += ms;
      add(byOwner, who, ms);
      add(byFunction, `${functionName || '(anonymous)'} — ${who}:${lineNumber + 1}`, ms);
    }
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, ms]) => ({ key, ms: Math.round(ms), percent: Math.round((ms / totalMs) * 1000) / 10 }));
  return {
    totalMs: Math.round(totalMs),
    owners: top(byOwner, Number(process.env.PROFILE_TOP ?? 25)),
    functions: top(byFunction, 40),
  };
}

if (import.meta.main) {
  const missing = linterCliMissing();
  if (missing) {
    console.log(`profile skipped: ${missing}`);
    process.exit(0);
  }
  const targets = process.argv.length > 2 ? process.argv.slice(2) : [relative(corpusRoot, corpusDir)];
  const cwd = process.argv.length > 2 ? process.cwd() : corpusRoot;
  const dir = mkdtempSync(join(tmpdir(), 'plume-profile-'));
  try {
    const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, linterCli, ...targets], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (run.status !== 0 && run.status !== 1) {
      console.log(
        `plume lint exited with ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`,
      );
      process.exit(1);
    }
    const summary = summariseProfiles(dir);
    const rows = (list) => list.map((entry) => [entry.key, entry.ms, `${entry.percent} %`]);
    console.log(
      `CPU time of plume lint ${targets.join(' ')} (all threads, idle excluded): ${summary.totalMs} ms`,
    );
    console.log(table(['by dependency or linter module', 'self ms', 'share'], rows(summary.owners)));
    console.log(table(['by function', 'self ms', 'share'], rows(summary.functions)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
