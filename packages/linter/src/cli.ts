#!/usr/bin/env node
import { enableCompileCache } from 'node:module';
import { availableParallelism } from 'node:os';

// V8 compiles Plume and its dependencies again in every run and every worker thread; Node can
// keep the compiled code on disk (its own cache directory, ignored when it cannot be written).
// Enabled before anything else is imported, so that all of it is cached.
enableCompileCache();

const argv = process.argv.slice(2);

/**
 * Whether this run will most likely lint files that are not cached. Only a guess, made before
 * the arguments are parsed; a wrong guess costs one idle worker thread, terminated unused.
 */
const NO_FRESH_LINT = /^(?:--cache|--stdin|--print-config(?:=.*)?|--help|-h|--version|-v)$/u;
if (!argv.some((arg) => NO_FRESH_LINT.test(arg))) {
  const { prestartLintWorkers } = await import('./lint-worker.js');
  // One per core, up to the two that a corpus keeps busy; the pool adds others once it has
  // counted the files, and stops the ones it does not need (a few files, a busy machine).
  prestartLintWorkers(Math.min(2, availableParallelism()));
}

const { runLintCli } = await import('./cli-run.js');

process.exitCode = await runLintCli(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
