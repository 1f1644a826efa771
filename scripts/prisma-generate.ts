// `prisma generate` that also works offline. Prisma 7's generator needs no
// engine binary, but its CLI looks for the schema engine before generating and
// tries to download it when missing; pointing PRISMA_SCHEMA_ENGINE_BINARY at
// any existing file skips that (we never run the schema engine: migrations are
// applied by src/db/migrate.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const prismaCli = fileURLToPath(new URL('../node_modules/prisma/build/index.js', import.meta.url));
if (!existsSync(prismaCli)) {
  // Production images install without dev tools only after generating; nothing to do.
  console.error('prisma-generate: prisma CLI not installed, skipping');
  process.exit(0);
}
const run = spawnSync(process.execPath, [prismaCli, 'generate'], { cwd: root, env, stdio: 'inherit' });
if (run.status === 0) readQueryCompilerFromFile();
process.exit(run.status ?? 1);

/**
 * The generated client gets Prisma's query compiler (WebAssembly) by importing a
 * module that exports it as a 4.4 MB base64 string: V8 keeps that module's source
 * and the string for the life of the process, 8.7 MiB of every process's heap
 * (bench/memory.ts, bench/RESULTS.md). Reading the same file as text and decoding
 * it leaves both to the garbage collector once the compiler is compiled. Same
 * file, same bytes; when a Prisma version generates something else, the client
 * is left as generated.
 */
function readQueryCompilerFromFile(): void {
  const file = fileURLToPath(new URL('../src/db/generated/internal/class.ts', import.meta.url));
  if (!existsSync(file)) return;
  const source = readFileSync(file, 'utf8');
  const imported =
    /const \{ wasm \} = await import\(("@prisma\/client\/runtime\/query_compiler_[a-z]+_bg\.[a-z]+\.wasm-base64\.mjs")\)\n(\s*)return await decodeBase64AsWasm\(wasm\)/;
  const match = imported.exec(source);
  if (!match) {
    console.error('prisma-generate: the query compiler is not imported as expected; client left as generated');
    return;
  }
  const [whole, specifier, indent] = match;
  const read = [
    '// cohort-bot (scripts/prisma-generate.ts): read as text, not imported, so that no module keeps the base64.',
    "const { readFile } = await import('node:fs/promises')",
    `const text = await readFile(new URL(import.meta.resolve(${specifier})), 'utf8')`,
    'const wasm = /"([A-Za-z0-9+/=]+)"/.exec(text)?.[1]',
    `if (!wasm) throw new Error('no base64 in ' + ${specifier})`,
    'return await decodeBase64AsWasm(wasm)',
  ].join(`\n${indent}`);
  writeFileSync(file, source.replace(whole!, read));
}
