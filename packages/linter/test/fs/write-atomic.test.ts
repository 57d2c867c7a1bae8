import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// A full disk, as the review met it: every write after the first megabyte fails with ENOSPC.
const disk = vi.hoisted(() => ({ full: false, written: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeSync = (fd: number, buffer: Uint8Array, offset: number, length: number) => {
    if (disk.full && disk.written + length > 1024 * 1024) {
      const error = new Error('ENOSPC: no space left on device, write') as NodeJS.ErrnoException;
      error.code = 'ENOSPC';
      throw error;
    }
    disk.written += length;
    return fs.writeSync(fd, buffer, offset, Math.min(length, 64 * 1024));
  };
  return { ...fs, default: { ...fs, writeSync }, writeSync };
});

// Test files share one module graph (isolate: false): the writer is loaded afresh, after the
// stand-in for node:fs is in place.
vi.resetModules();
const { writeFileAtomicSync } = await import('../../src/fs/write-atomic.js');

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

describe('writeFileAtomicSync', () => {
  it('replaces the file whole and leaves no temporary file behind', () => {
    const root = temp('plume-write-');
    writeFileSync(join(root, 'a.md'), 'old');
    expect(writeFileAtomicSync(join(root, 'a.md'), 'new', { root, expected: 'old' })).toEqual({ ok: true });
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['a.md']);
  });

  it('does not overwrite a file edited since it was read', () => {
    const root = temp('plume-write-');
    writeFileSync(join(root, 'a.md'), 'edited by a person meanwhile');
    expect(writeFileAtomicSync(join(root, 'a.md'), 'fixed', { root, expected: 'as read' })).toMatchObject({
      ok: false,
      problem: 'changed',
    });
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('edited by a person meanwhile');
    expect(readdirSync(root)).toEqual(['a.md']);
  });

  it('does not create a file someone else created meanwhile (expected: null)', () => {
    const root = temp('plume-write-');
    writeFileSync(join(root, 'a.md'), 'theirs');
    expect(writeFileAtomicSync(join(root, 'a.md'), 'ours', { root, expected: null })).toMatchObject({
      problem: 'changed',
    });
  });

  it('refuses to write through a symlinked folder or over a symlink', () => {
    const root = temp('plume-write-');
    const outside = temp('plume-outside-');
    symlinkSync(outside, join(root, 'articles'));
    expect(writeFileAtomicSync(join(root, 'articles/a.md'), 'x', { root })).toMatchObject({
      problem: 'symlinked-folder',
      message: 'is inside a symlinked folder (articles)',
    });
    expect(readdirSync(outside)).toEqual([]);
    writeFileSync(join(outside, 'target'), 'keep');
    symlinkSync(join(outside, 'target'), join(root, 'b.md'));
    expect(writeFileAtomicSync(join(root, 'b.md'), 'x', { root })).toMatchObject({ problem: 'symlink' });
    expect(readFileSync(join(outside, 'target'), 'utf8')).toBe('keep');
  });

  it('creates missing folders only when asked, and only real ones', () => {
    const root = temp('plume-write-');
    expect(writeFileAtomicSync(join(root, 'a/b/c.md'), 'x', { root })).toMatchObject({ problem: 'io' });
    expect(writeFileAtomicSync(join(root, 'a/b/c.md'), 'x', { root, createFolders: true })).toEqual({
      ok: true,
    });
    expect(readFileSync(join(root, 'a/b/c.md'), 'utf8')).toBe('x');
    expect(writeFileAtomicSync('/etc/passwd-plume', 'x', { root })).toMatchObject({
      problem: 'outside-root',
    });
  });
});

describe('writeFileAtomicSync on a full disk', () => {
  it('leaves the old article whole and removes its temporary file', () => {
    const root = temp('plume-write-');
    mkdirSync(join(root, 'articles'));
    const article = join(root, 'articles/a.md');
    const before = 'Un paragraphe entier.\n\n'.repeat(1_200);
    writeFileSync(article, before);
    disk.full = true;
    disk.written = 0;
    try {
      const result = writeFileAtomicSync(article, `${before}plus`.repeat(40), { root, expected: before });
      expect(result).toEqual({
        ok: false,
        problem: 'io',
        code: 'ENOSPC',
        message: 'cannot be written (ENOSPC); it was left unchanged',
      });
    } finally {
      disk.full = false;
    }
    expect(readFileSync(article, 'utf8')).toBe(before);
    expect(readdirSync(join(root, 'articles'))).toEqual(['a.md']);
  });
});
