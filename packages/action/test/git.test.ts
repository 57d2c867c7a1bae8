import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { git } from '../src/git.js';

afterEach(() => vi.unstubAllEnvs());

describe('running git', () => {
  it("keeps the Action's inputs, the api key among them, out of git's environment", async () => {
    vi.stubEnv('INPUT_API-KEY', 'sk-should-not-reach-git');
    const shown = await git(['-c', 'alias.show-env=!env', 'show-env'], { cwd: tmpdir() });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('GIT_TERMINAL_PROMPT=0');
    expect(shown.stdout).not.toContain('sk-should-not-reach-git');
  });

  it('returns a failing command as a result with its exit code and message, not a throw', async () => {
    const failed = await git(['rev-parse', '--verify', 'no-such-ref^{commit}'], { cwd: tmpdir() });
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).not.toBe('');
  });
});
