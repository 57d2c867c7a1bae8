import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  // The root devDependency `node` pins Node 24 for every script; without its build permission
  // pnpm silently falls back to the system Node (20 on our machines), which GitHub no longer runs.
  it('runs the tests on Node 24 or newer', () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(24);
  });
});
