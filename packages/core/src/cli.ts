#!/usr/bin/env node
import { enableCompileCache } from 'node:module';

// Compiled code kept on disk between runs (see the linter's CLI); enabled before any import.
enableCompileCache();

const argv = process.argv.slice(2);
if (argv[0] === 'lint') {
  // The lint workers load the engine while this thread reads its configuration and finds the files.
  const { prestartForLintArgs } = await import('@plume/linter');
  prestartForLintArgs(argv.slice(1));
}
const { processIo } = await import('./cli/io.js');
const { main } = await import('./cli/main.js');

process.exitCode = await main(argv, processIo());
