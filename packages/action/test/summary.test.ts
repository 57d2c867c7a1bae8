import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunView } from '../src/render.js';
import { writeJobSummary } from '../src/summary.js';
import { diag, fileResult, lintReport } from './helpers/report.js';

const view: RunView = {
  notices: ['Lint only: no `api-key` or `base-url` input, so the changed seeds were not rewritten.'],
  rewrite: null,
  push: null,
  lint: lintReport([fileResult('articles/x.md', [diag('warning', 3)], { words: 912 })]),
  heldBack: [],
  unpushedArticles: [],
};

let dir: string | undefined;
afterEach(() => {
  vi.unstubAllEnvs();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('the job summary', () => {
  it('is appended after what earlier steps wrote, with the full lint report', async () => {
    dir = mkdtempSync(join(tmpdir(), 'plume-summary-'));
    const file = join(dir, 'summary.md');
    writeFileSync(file, '## Earlier step\n');
    vi.stubEnv('GITHUB_STEP_SUMMARY', file);
    const outcome = await writeJobSummary(view);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('## Earlier step\n### Plume')).toBe(true);
    expect(text).toContain('#### ⚠️ `articles/x.md`\n\n1 warning · 912 words');
    expect(text).toContain('  - line 3: warning at 3');
    expect(text).toContain('> Lint only');
    // The written bytes plus the line break that ends the block.
    expect(outcome).toEqual({
      kind: 'written',
      bytes: Buffer.byteLength(text) - '## Earlier step\n'.length - 1,
    });
  });

  it('is skipped, not failed, outside a runner', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    expect(await writeJobSummary(view)).toMatchObject({ kind: 'skipped' });
  });

  it('reports an unwritable summary file as a failure value', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '/nonexistent/dir/summary.md');
    expect(await writeJobSummary(view)).toMatchObject({ kind: 'failed' });
  });
});
