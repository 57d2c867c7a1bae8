// Run by the release workflow on a tag: fails unless the tag is `v<version>` of all three packages
// (they share one version) and the linter's VERSION constant says the same, then writes the
// release notes (that version's section of the changelogs) to the file named second.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const [tag, notesFile] = process.argv.slice(2);
const read = (path) => readFileSync(join(root, path), 'utf8');
const fail = (message) => {
  console.error(`release-check: ${message}`);
  process.exit(1);
};

const packages = ['packages/linter', 'packages/core', 'packages/action'];
const versions = packages.map((dir) => JSON.parse(read(`${dir}/package.json`)).version);
const version = versions[0];
if (versions.some((v) => v !== version)) fail(`the packages disagree: ${versions.join(', ')}`);
if (tag !== `v${version}`) fail(`tag ${tag} is not v${version}, the packages' version`);
const constant = readdirSync(join(root, 'packages/linter/src'), { recursive: true })
  .filter((path) => path.endsWith('.ts'))
  .map((path) => read(join('packages/linter/src', path)).match(/export const VERSION = '([^']*)';/)?.[1])
  .find((found) => found !== undefined);
if (constant !== version)
  fail(`the linter's VERSION is ${constant}, not ${version}: run pnpm version-packages`);

const section = (changelog) => {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${version}`);
  if (start === -1) return '';
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim();
};
const notes = packages
  .map((dir) => {
    const name = JSON.parse(read(`${dir}/package.json`)).name;
    let changelog = '';
    try {
      changelog = read(`${dir}/CHANGELOG.md`);
    } catch {}
    const body = section(changelog);
    return body ? `## ${name}\n\n${body}` : '';
  })
  .filter(Boolean)
  .join('\n\n');
if (notes === '') fail(`no changelog section for ${version}: run pnpm version-packages`);
if (notesFile) writeFileSync(notesFile, `${notes}\n`);
console.log(`release-check: ${tag} is the packages' version`);
