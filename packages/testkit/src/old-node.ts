import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * A Node older than 22 on PATH or in the usual places (this machine's system Node is 20), or
 * undefined: the executables' version check is tested against a real old Node.
 */
export function oldNodeOnPath(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter).concat(['/usr/bin', '/usr/local/bin'])) {
    const candidate = join(dir, 'node');
    try {
      accessSync(candidate, constants.X_OK);
      const version = execFileSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' });
      if (Number(version.split('.')[0]) < 22) return candidate;
    } catch {}
  }
  return undefined;
}
