// Sums the vitest JSON reports of every package into one closing line, so that the CI log
// says how many tests ran in all, not one count per package.
import { readFile } from 'node:fs/promises';

const files = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  const report = JSON.parse(await readFile(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
if (files.length === 0 || passed + failed === 0) {
  console.error('ci: no test report was written: did the tests run?');
  process.exit(1);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
