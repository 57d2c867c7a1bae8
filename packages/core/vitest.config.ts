import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // End-to-end tests lint real drafts (dictionary loading included) on a shared, busy machine.
    testTimeout: 30_000,
  },
});
