import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';

describe('loading a config a pull request may have planted', () => {
  it('refuses a symlinked plume.config.json without reading it', () => {
    const secrets = mkdtempSync(join(tmpdir(), 'plume-secrets-'));
    writeFileSync(join(secrets, 'credentials'), 'SECRET_TOKEN=ghp_abcdef');
    const repo = mkdtempSync(join(tmpdir(), 'plume-repo-'));
    symlinkSync(join(secrets, 'credentials'), join(repo, 'plume.config.json'));
    const result = loadConfig({ cwd: repo });
    expect(result).toEqual({
      ok: false,
      error: `${join(repo, 'plume.config.json')}: is a symbolic link; it was not read`,
    });
  });

  it('says where a non-JSON file fails without quoting its first characters', () => {
    const repo = mkdtempSync(join(tmpdir(), 'plume-repo-'));
    writeFileSync(join(repo, 'plume.config.json'), 'SECRET_TOKEN=ghp_abcdef\n');
    const result = loadConfig({ cwd: repo });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/plume\.config\.json: invalid JSON/);
    expect(!result.ok && result.error).not.toMatch(/SECRET|ghp_|'S'/);
  });

  it('refuses a FIFO named with --config at once', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'plume-repo-'));
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [join(repo, 'fifo.json')]);
    expect(loadConfig({ cwd: repo, configFile: 'fifo.json' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/fifo\.json: is a FIFO, not a regular file/),
    });
  });
});
