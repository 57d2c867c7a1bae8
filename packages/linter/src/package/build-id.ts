import { readFileSync } from 'node:fs';

/**
 * The bundled CLI's build: a hash of its code, written beside it by scripts/bundle-cli.mjs. While
 * Plume is developed, rules, presets and dependencies change within one version; the caches keyed
 * by the build are then emptied, as after a new version. Empty where there is no such file (the
 * per-file library build, tests).
 */
export const BUILD_ID = readBuildId();

function readBuildId(): string {
  try {
    return readFileSync(new URL('./build-id.txt', import.meta.url), 'utf8').trim();
  } catch {
    return '';
  }
}
