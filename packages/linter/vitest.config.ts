import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Some tests run the CLI or child processes; on a busy 2-core machine the default 5 s is
    // too tight for a cold start, and a timeout there says nothing about the code.
    testTimeout: 30_000,
    // One module graph per worker, not per file: loading the engine and the French data again for
    // each of ~40 files cost about half a minute. Tests that change process-wide state (V8 flags,
    // worker threads) do it in a child process.
    isolate: false,
  },
});
