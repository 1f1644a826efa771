// Preloaded by `npm start` and the Docker image (`node --import ./src/compile-cache.js src/main.ts`),
// before any TypeScript file: Node's compile cache keeps each module's type-stripped
// code (and V8's code cache) on disk, keyed by the file's contents, so a started bot
// does not load Node's TypeScript stripper (a WebAssembly module) at all once the cache
// is warm, and a changed file is simply stripped again. That stripper and its memory
// were about 20 MiB of every process's RSS (bench/memory.ts, bench/RESULTS.md).
// Plain JavaScript on purpose: a .ts file here would need the stripper to load.
//
// The folder is NODE_COMPILE_CACHE when set (the Docker image sets it), else
// Node's default under the system's temporary folder. A folder that cannot be
// written only costs the saving, never the start.

import { enableCompileCache } from 'node:module';

enableCompileCache();
