// `pnpm version-packages`: applies the pending changesets (versions and changelogs of the three
// packages, which share one version), then writes that version into the linter's VERSION
// constant (its cache key, `--version` and the docs links of every diagnostic). Commit the
// result, then tag it `v<version>` to release (.github/workflows/release.yml).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

run('pnpm', ['exec', 'changeset', 'version']);

const version = JSON.parse(readFileSync(join(root, 'packages/linter/package.json'), 'utf8')).version;
const declaration = /export const VERSION = '[^']*';/;
const sources = readdirSync(join(root, 'packages/linter/src'), { recursive: true })
  .filter((path) => path.endsWith('.ts'))
  .map((path) => join(root, 'packages/linter/src', path))
  .filter((path) => declaration.test(readFileSync(path, 'utf8')));
if (sources.length !== 1) throw new Error(`expected one VERSION declaration, found ${sources.length}`);
const [file] = sources;
writeFileSync(file, readFileSync(file, 'utf8').replace(declaration, `export const VERSION = '${version}';`));
console.log(`version-packages: ${version} (tag it v${version} to release)`);
