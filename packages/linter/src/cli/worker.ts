import { enableCompileCache } from 'node:module';

// The plume-lint executable's lint worker. A worker thread does not inherit the CLI's compile
// cache; enabled before the engine is imported, it spares each thread compiling markdownlint,
// micromark and the rules again. (The library's own worker, run/worker.ts, leaves the process
// as it is.)
enableCompileCache();
await import('../run/worker.js');
