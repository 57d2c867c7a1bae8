import { availableParallelism } from 'node:os';
import { prestartLintWorkers } from '../run/spawn-worker.js';
import { tuneV8ForLintRun } from './v8-tiering.js';

/**
 * Whether a lint run's arguments will most likely lint files that are not cached. Only a guess,
 * made before the arguments are parsed; a wrong guess costs an idle worker thread, stopped unused.
 */
const NO_FRESH_LINT = /^(?:--cache|--stdin|--print-config(?:=.*)?|--help|-h|--version|-v)$/u;

/**
 * Called by a CLI first thing, with the lint command's arguments: tunes V8 for a run of seconds
 * (v8-tiering.ts), then starts the lint workers (one per core, up to the two a corpus keeps
 * busy), which load the engine while the CLI loads, reads its configuration and finds the
 * files. The pool stops those it does not need once it has counted the files and the free
 * cores: a few files are linted in the CLI's own thread, which has most of the engine loaded
 * already. Why two and what a stopped worker costs: bench/TUNING.md.
 */
export function prestartForLintArgs(argv: readonly string[]): void {
  tuneV8ForLintRun();
  if (argv.some((arg) => NO_FRESH_LINT.test(arg))) return;
  prestartLintWorkers(Math.min(2, availableParallelism()));
}
