import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // End-to-end tests lint real drafts (dictionary loading included) on a shared, busy machine.
    testTimeout: 30_000,
    // One module graph per worker, not per file: loading the linter and the French data again for
    // each file was a third of the suite. The tests change no process-wide state (the CLI runs
    // in-process through an injected io; the ones that need a process of their own spawn it).
    isolate: false,
  },
});
