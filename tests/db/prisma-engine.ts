// Prisma's own schema engine (the WASM build that ../shared/tools/prisma-offline
// installs), driven through a driver adapter against a real PostgreSQL
// database: the same engine calls `prisma migrate status` (diagnoseMigrationHistory)
// and `prisma migrate deploy` (applyMigrations) make, for machines where
// Prisma's native schema-engine binary cannot be downloaded.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const toolDir = path.resolve(repoRoot, '../shared/tools/prisma-offline');
const cacheDir = process.env.PRISMA_OFFLINE_CACHE ?? '/tmp/prisma-offline-tool';

export interface HistoryDiagnosis {
  editedMigrationNames: string[];
  failedMigrationNames: string[];
  hasMigrationsTable: boolean;
  history:
    | null
    | { diagnostic: 'databaseIsBehind'; unappliedMigrationNames: string[] }
    | { diagnostic: 'migrationsDirectoryIsBehind'; unpersistedMigrationNames: string[] }
    | {
        diagnostic: 'historiesDiverge';
        lastCommonMigrationName: string | null;
        unpersistedMigrationNames: string[];
        unappliedMigrationNames: string[];
      };
}

export interface PrismaEngine {
  /** What `prisma migrate status` asks the engine. */
  status(migrationsDir: string): Promise<HistoryDiagnosis>;
  /**
   * What `prisma migrate deploy` asks the engine; returns the names it applied.
   * Like the CLI, the engine keeps Prisma's advisory lock until it is closed.
   */
  deploy(migrationsDir: string): Promise<string[]>;
  /** Free the engine and end its connections (which releases its lock). Idempotent. */
  close(): Promise<void>;
}

interface WasmEngine {
  diagnoseMigrationHistory(input: unknown): Promise<HistoryDiagnosis>;
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  free(): void;
}

interface EngineModule {
  SchemaEngine: { new: (options: unknown, log: () => void, adapter: object) => Promise<WasmEngine> };
  __wbg_set_wasm(exports: unknown): void;
}

/** Why the engine cannot be used here, or null when it can. */
export function engineUnavailable(): string | null {
  if (existsSync(path.join(cacheDir, '.ready'))) return null;
  if (!existsSync(path.join(toolDir, 'prisma-offline'))) return `no prisma-offline tool at ${toolDir}`;
  // The tool installs the engine on first use; `check` is also a cheap, useful run.
  const run = spawnSync(path.join(toolDir, 'prisma-offline'), ['check'], { cwd: repoRoot, encoding: 'utf8' });
  if (!existsSync(path.join(cacheDir, '.ready'))) {
    return `prisma-offline could not install Prisma's WASM schema engine: ${run.stderr || run.stdout}`;
  }
  return null;
}

// The tsconfig's libs have no WebAssembly types; this is the one call needed.
const wasmApi = (
  globalThis as unknown as {
    WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: object } }> };
  }
).WebAssembly;

let loaded: Promise<{ bg: EngineModule; bind: (factory: object) => object }> | undefined;

function load() {
  loaded ??= (async () => {
    const require = createRequire(path.join(cacheDir, 'package.json'));
    const bgFile = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bg = (await import(pathToFileURL(bgFile).href)) as EngineModule;
    const wasm = readFileSync(path.join(path.dirname(bgFile), 'schema_engine_bg.wasm'));
    const { instance } = await wasmApi.instantiate(wasm, { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    const utils = (await import(pathToFileURL(require.resolve('@prisma/driver-adapter-utils')).href)) as {
      bindMigrationAwareSqlAdapterFactory: (factory: object) => object;
    };
    return { bg, bind: utils.bindMigrationAwareSqlAdapterFactory };
  })();
  return loaded;
}

export async function openPrismaEngine(databaseUrl: string): Promise<PrismaEngine> {
  const { bg, bind } = await load();
  const schemaPath = path.join(repoRoot, 'prisma/schema.prisma');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, connectionTimeoutMillis: 5000 });
  pool.on('error', () => {});
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[schemaPath, readFileSync(schemaPath, 'utf8')]] },
    () => {},
    bind(new PrismaPg(pool)),
  );
  const filters = { externalTables: [], externalEnums: [] };
  let closed = false;
  return {
    status: (dir) =>
      engine.diagnoseMigrationHistory({ migrationsList: migrationsList(dir), optInToShadowDatabase: false, filters }),
    deploy: async (dir) =>
      (await engine.applyMigrations({ migrationsList: migrationsList(dir), filters })).appliedMigrationNames,
    async close() {
      if (closed) return;
      closed = true;
      engine.free();
      await pool.end();
    },
  };
}

/** The migrations folder as the Prisma CLI hands it to the engine. */
function migrationsList(dir: string) {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const lock = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lock) ? readFileSync(lock, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}
