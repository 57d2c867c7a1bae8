import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Most tests drive real git repositories and the bundled Action in child processes, on a
    // shared machine that can be busy: the default 5 s is too tight for a slow fork of git.
    testTimeout: 60_000,
    // One module graph per worker, not per file: the unit tests load @plume/core and the linter once.
    // Tests that set environment variables stub and restore them; the Action itself runs in
    // child processes.
    isolate: false,
    // The end-to-end cases run side by side, two at a time: each waits on its own Action process
    // and a second one uses the other core.
    maxConcurrency: 2,
    // A folder for the pull request repositories the tests build once and copy, removed at the end.
    globalSetup: ['test/helpers/repo-templates.ts'],
  },
});
