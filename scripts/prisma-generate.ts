// `prisma generate` that also works offline. Prisma 7's generator needs no
// engine binary, but its CLI looks for the schema engine before generating and
// tries to download it when missing; pointing PRISMA_SCHEMA_ENGINE_BINARY at
// any existing file skips that (we never run the schema engine: migrations are
// applied by src/db/migrate.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
process.exit(run.status ?? 1);
