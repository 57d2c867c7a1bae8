import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test processes keep the pull request repositories they copy (helpers/pr-repo.ts). */
    repoTemplates: string;
  }
}

/** Vitest global setup: one folder for the whole run, removed when it ends, whatever the workers do. */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'plume-pr-templates-'));
  project.provide('repoTemplates', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
