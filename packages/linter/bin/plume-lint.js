#!/usr/bin/env node
// The `plume-lint` executable. It checks the Node version before it loads anything: the linter
// and its dependencies need Node 22, and on an older Node they would die with a syntax or import
// error that does not say why. So this file imports nothing and uses no recent syntax.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(`Plume needs Node 22 or newer (found ${process.version}).\n`);
  process.exit(2);
}
import('../dist/bin/cli.js');
