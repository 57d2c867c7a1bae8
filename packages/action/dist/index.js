import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);

// src/main.ts
async function run() {
}

// src/index.ts
await run();
