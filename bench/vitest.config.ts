import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Some tests run the CLI or child processes; on a busy 2-core machine the default 5 s is
    // too tight for a cold start, and a timeout there says nothing about the code.
    testTimeout: 30_000,
    // One module graph per worker, not per file: the linter and its French data load once. No test
    // changes process-wide state; the measured programs run in child processes.
    isolate: false,
  },
});
