import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { resolveConfig, settingsFor } from '../src/config/resolve.js';

const resolve = (raw: unknown) => resolveConfig(raw, { baseDir: '/project' });

describe('configuration', () => {
  it('uses each rule’s default severity and options without a config', () => {
    const result = resolve({});
    expect(result.ok && result.config.rules['word-count']).toEqual({
      severity: 'error',
      options: { min: 700 },
    });
    expect(result.ok && result.config.lang).toBe('fr');
  });

  it('accepts severities, the warn alias and options', () => {
    const result = resolve({ rules: { 'word-count': ['warn', { min: 300 }], 'title-length': 'off' } });
    expect(result.ok && result.config.rules['word-count']).toEqual({
      severity: 'warning',
      options: { min: 300 },
    });
    expect(result.ok && result.config.rules['title-length']?.severity).toBe('off');
  });

  it('names the bad key in rule options', () => {
    const result = resolve({ rules: { 'word-count': ['error', { min: 'beaucoup' }] } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^rules\.word-count\[1\]\.min: /);
  });

  it('rejects unknown rules, keys, severities and presets', () => {
    expect(!resolve({ rules: { 'no-such-rule': 'error' } }).ok).toBe(true);
    const typo = resolve({ rule: {} });
    expect(!typo.ok && typo.error).toContain('rule');
    const severity = resolve({ rules: { 'word-count': 'fatal' } });
    expect(!severity.ok && severity.error).toContain('rules.word-count');
    const preset = resolve({ extends: 'plume:strict' });
    expect(!preset.ok && preset.error).toContain(
      'extends: expected "plume:recommended" or "plume:yoast", got "plume:strict"',
    );
  });

  it('passes the rewrite section on as written: @plume/core validates it', () => {
    const ok = resolve({ rewrite: { model: 'gpt-5-mini', maxRepairs: -1 } });
    expect(ok.ok && ok.config.rewrite).toEqual({ model: 'gpt-5-mini', maxRepairs: -1 });
    const notObject = resolve({ rewrite: 'gpt-5-mini' });
    expect(!notObject.ok && notObject.error).toContain('rewrite');
  });

  it('applies overrides by glob, keeping options when only the severity changes', () => {
    const result = resolve({
      rules: { 'word-count': ['error', { min: 900 }] },
      overrides: [
        { files: ['articles/breves/**'], rules: { 'word-count': ['error', { min: 300 }] } },
        { files: ['articles/drafts/**'], rules: { 'word-count': 'warning' } },
      ],
    });
    if (!result.ok) throw new Error(result.error);
    expect(settingsFor(result.config, 'articles/breves/a.md').rules['word-count']?.options).toEqual({
      min: 300,
    });
    expect(settingsFor(result.config, 'articles/drafts/a.md').rules['word-count']).toEqual({
      severity: 'warning',
      options: { min: 900 },
    });
    expect(settingsFor(result.config, 'articles/a.md').rules['word-count']?.options).toEqual({ min: 900 });
  });

  it('validates options inside overrides with their path', () => {
    const result = resolve({
      overrides: [{ files: ['x/**'], rules: { 'word-count': ['error', { min: 0 }] } }],
    });
    expect(!result.ok && result.error).toMatch(/^overrides\[0\]\.rules\.word-count\[1\]\.min: /);
  });

  it('finds plume.config.json upward and resolves paths from its directory', () => {
    const root = mkdtempSync(join(tmpdir(), 'plume-config-'));
    mkdirSync(join(root, 'a/b'), { recursive: true });
    writeFileSync(join(root, 'plume.config.json'), JSON.stringify({ lang: 'en' }));
    const result = loadConfig({ cwd: join(root, 'a/b') });
    expect(result.ok && result.config.baseDir).toBe(root);
    expect(result.ok && result.config.lang).toBe('en');
  });

  it('fails on a missing --config file and on invalid JSON, naming the file', () => {
    const root = mkdtempSync(join(tmpdir(), 'plume-config-'));
    const missing = loadConfig({ cwd: root, configFile: 'nope.json' });
    expect(!missing.ok && missing.error).toContain('nope.json: config file not found');
    writeFileSync(join(root, 'bad.json'), '{ "rules": ');
    const bad = loadConfig({ cwd: root, configFile: 'bad.json' });
    expect(!bad.ok && bad.error).toContain('bad.json: invalid JSON');
  });

  it('falls back to the built-in defaults when no file is found', () => {
    const root = mkdtempSync(join(tmpdir(), 'plume-config-'));
    const result = loadConfig({ cwd: root });
    expect(result.ok && result.config.configPath).toBeUndefined();
  });
});
