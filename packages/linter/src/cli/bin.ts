#!/usr/bin/env node
import { enableCompileCache } from 'node:module';

// V8 compiles Plume and its dependencies again in every run and every worker thread; Node can
// keep the compiled code on disk (its own cache directory, ignored when it cannot be written).
// Enabled before anything else is imported, so that all of it is cached.
enableCompileCache();

const argv = process.argv.slice(2);
const { prestartForLintArgs } = await import('./prestart.js');
prestartForLintArgs(argv);

const { runLintCli } = await import('./run-cli.js');

process.exitCode = await runLintCli(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
