import { describe, expect, it } from 'vitest';
import { mapInWorkers } from '../lib/worker-pool.mjs';

const fixture = new URL('./fixtures/square.mjs', import.meta.url);

describe('mapping over worker threads', () => {
  it('keeps the order of the items whatever thread finishes first', async () => {
    expect(await mapInWorkers(fixture, 'square', [3, 1, 2, 4, 5], 2)).toEqual([9, 1, 4, 16, 25]);
  });

  it('turns an item that throws into an error entry without stopping the others', async () => {
    expect(await mapInWorkers(fixture, 'square', [2, -1, 3], 2)).toEqual([4, { error: 'negative: -1' }, 9]);
  });

  it('starts no thread for no items', async () => {
    expect(await mapInWorkers(fixture, 'square', [])).toEqual([]);
  });
});

describe('a worker that dies', () => {
  it('fails the run with a clear error instead of hanging it', async () => {
    const exits = new URL('./fixtures/exits.mjs', import.meta.url);
    await expect(mapInWorkers(exits, 'exitAtThree', [1, 2, 3, 4], 1)).rejects.toThrow(
      'a worker running exitAtThree exited with code 7',
    );
  });
});
