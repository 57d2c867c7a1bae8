#!/usr/bin/env node
import { runLintCli } from './cli-run.js';

process.exitCode = await runLintCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
