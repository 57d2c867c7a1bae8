import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSafe, readFileSafeSync } from '../../src/fs/safe-read.js';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'plume-safe-read-'));
  const outside = mkdtempSync(join(tmpdir(), 'plume-outside-'));
  writeFileSync(join(outside, 'credentials'), 'TOKEN=secret');
  mkdirSync(join(root, 'seeds'));
  writeFileSync(join(root, 'seeds/a.txt'), 'bonjour');
  return { root, outside };
}

const both = [
  ['async', readFileSafe],
  ['sync', async (...args: Parameters<typeof readFileSafeSync>) => readFileSafeSync(...args)],
] as const;

describe.each(both)('readFileSafe (%s)', (_, read) => {
  it('reads a regular file inside the root', async () => {
    const { root } = project();
    const result = await read(join(root, 'seeds/a.txt'), { root, maxBytes: 100 });
    expect(result.ok && result.bytes.toString()).toBe('bonjour');
  });

  it('refuses a file reached through a symlinked folder, without reading it', async () => {
    const { root, outside } = project();
    symlinkSync(outside, join(root, 'seeds/x'));
    expect(await read(join(root, 'seeds/x/credentials'), { root, maxBytes: 100 })).toEqual({
      ok: false,
      problem: 'symlinked-folder',
      message: 'is inside a symlinked folder (seeds/x)',
    });
  });

  it('checks each folder of a pass over many files once, and never lets a symlinked one through', async () => {
    const { root, outside } = project();
    symlinkSync(outside, join(root, 'seeds/x'));
    const checkedFolders = new Set<string>();
    const a = await read(join(root, 'seeds/a.txt'), { root, maxBytes: 100, checkedFolders });
    expect(a.ok).toBe(true);
    expect([...checkedFolders]).toEqual([join(root, 'seeds')]);
    const through = await read(join(root, 'seeds/x/credentials'), { root, maxBytes: 100, checkedFolders });
    expect(through).toMatchObject({ ok: false, problem: 'symlinked-folder' });
    expect([...checkedFolders]).toEqual([join(root, 'seeds')]);
  });

  it('refuses a symlinked file and a path outside the root', async () => {
    const { root, outside } = project();
    symlinkSync(join(outside, 'credentials'), join(root, 'seeds/link.txt'));
    expect(await read(join(root, 'seeds/link.txt'), { root, maxBytes: 100 })).toMatchObject({
      ok: false,
      problem: 'symlink',
    });
    expect(await read('/proc/self/environ', { root, maxBytes: 100 })).toMatchObject({
      ok: false,
      problem: 'outside-root',
    });
    expect(await read(join(root, '../x'), { root, maxBytes: 100 })).toMatchObject({
      problem: 'outside-root',
    });
  });

  it('refuses /dev/zero and a FIFO at once, without blocking', async () => {
    const { root } = project();
    execFileSync('mkfifo', [join(root, 'seeds/fifo.txt')]);
    expect(await read(join(root, 'seeds/fifo.txt'), { root, maxBytes: 100 })).toEqual({
      ok: false,
      problem: 'not-a-file',
      message: 'is a FIFO, not a regular file',
    });
    expect(await read('/dev/zero', { maxBytes: 100 })).toMatchObject({ problem: 'not-a-file' });
  });

  it('refuses a file over the size cap and reads one at the cap', async () => {
    const { root } = project();
    writeFileSync(join(root, 'big.txt'), 'x'.repeat(101));
    writeFileSync(join(root, 'fits.txt'), 'x'.repeat(100));
    expect(await read(join(root, 'big.txt'), { root, maxBytes: 100 })).toMatchObject({
      problem: 'too-large',
      message: 'is 101 bytes; the limit is 100 bytes',
    });
    expect(await read(join(root, 'fits.txt'), { root, maxBytes: 100 })).toMatchObject({ ok: true });
  });

  it('stops reading a file that reports no size (as /proc files do) at the cap', async () => {
    const result = await read('/proc/self/status', { maxBytes: 10 });
    expect(result).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('says a missing file does not exist', async () => {
    const { root } = project();
    expect(await read(join(root, 'seeds/none.txt'), { root, maxBytes: 10 })).toMatchObject({
      problem: 'not-found',
    });
  });
});
