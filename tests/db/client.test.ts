// Opening the database: errors an operator can act on, timeouts that end,
// and an embedded database that keeps its data in its folder.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, silentLog } from '../../src/db/client.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { createPrismaStore } from '../../src/db/store.ts';
import { redactUrl } from '../../src/util/redact-url.ts';
import { adminUrl, databaseKinds, openTestDatabase, openTestStore } from '../helpers/db.ts';

const execFileAsync = promisify(execFile);

function urlWith(change: (url: URL) => void): string {
  const url = new URL(adminUrl);
  change(url);
  return url.toString();
}

describe('openDatabase on PostgreSQL', () => {
  it('says which server it cannot reach and why, without the password', async () => {
    const url = urlWith((u) => {
      u.password = 's3cret-pw';
      u.port = '1';
      u.pathname = '/cohort';
    });
    const error = await openDatabase({ databaseUrl: url, dataDir: '', log: silentLog }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^cannot reach PostgreSQL at postgresql:\/\/[^:@/]+:\*\*\*@[^/]+:1\/cohort: .*ECONNREFUSED/,
    );
    expect(message).not.toContain('s3cret-pw');
  });

  it('names a database that does not exist', async () => {
    const url = urlWith((u) => {
      u.pathname = '/cohort_no_such_database';
    });
    await expect(openDatabase({ databaseUrl: url, dataDir: '', log: silentLog })).rejects.toThrow(
      /^cannot reach PostgreSQL at .*: database "cohort_no_such_database" does not exist/,
    );
  });

  describe('with a server that accepts connections and never answers', () => {
    let server: Server;
    const sockets: Array<import('node:net').Socket> = [];
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server?.close(resolve));
    });

    it('gives up after the 5 s connection timeout instead of waiting forever', async () => {
      server = createServer((socket) => sockets.push(socket));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as { port: number }).port;
      const started = Date.now();
      const error = await openDatabase({
        databaseUrl: `postgresql://postgres:pw@127.0.0.1:${port}/x`,
        dataDir: '',
        log: silentLog,
      }).catch((e: unknown) => e as Error);
      const elapsed = Date.now() - started;
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(
        new RegExp(`^cannot reach PostgreSQL at postgresql://postgres:\\*\\*\\*@127.0.0.1:${port}/x: .*timeout`, 'i'),
      );
      // It waited for the connection timeout (the message names it), not for ever: the case's own limit is 20 s.
      expect(elapsed).toBeGreaterThanOrEqual(4_500);
    }, 20_000);
  });

  it('ends a statement that runs longer than the statement timeout, for Prisma and raw SQL alike', async () => {
    const test = await openTestDatabase('postgres');
    try {
      const db = await openDatabase({ databaseUrl: test.url, dataDir: '', log: silentLog, statementTimeoutMs: 200 });
      try {
        await expect(db.query('SELECT pg_sleep(3)')).rejects.toThrow(/statement timeout/);
        await expect(db.prisma.$queryRaw`SELECT pg_sleep(3)`).rejects.toThrow(/statement timeout/);
        // The pool is still usable afterwards.
        expect(await db.query<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      } finally {
        await db.close();
      }
    } finally {
      await test.close();
    }
  });

  it('honours ?schema= as Prisma does: migrations, bookkeeping and queries all live in that schema', async () => {
    const test = await openTestDatabase('postgres');
    try {
      const url = new URL(test.url!);
      url.searchParams.set('schema', 'cohort bot');
      const db = await openDatabase({ databaseUrl: url.toString(), dataDir: '', log: silentLog });
      try {
        await applyMigrations(db);
        const tables = await test.db.query<{ table_schema: string; table_name: string }>(
          `SELECT table_schema, table_name FROM information_schema.tables
           WHERE table_name IN ('Account', '_prisma_migrations') ORDER BY table_name`,
        );
        expect(tables).toEqual([
          { table_schema: 'cohort bot', table_name: 'Account' },
          { table_schema: 'cohort bot', table_name: '_prisma_migrations' },
        ]);
        const store = createPrismaStore(db);
        const account = await store.accounts.upsert({ platform: 'fake', platformUserId: 'u', displayName: 'S' });
        expect(await store.accounts.byUsername('fake', 'nobody')).toBeNull();
        expect((await store.accounts.byId(account.id))?.displayName).toBe('S');
      } finally {
        await db.close();
      }
    } finally {
      await test.close();
    }
  });
});

describe('openDatabase on PGlite', () => {
  it('creates its data folder and keeps the data across restarts', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cohort-pglite-'));
    const dataDir = path.join(root, 'nested', 'data');
    try {
      const first = await openDatabase({ dataDir, log: silentLog });
      expect(first.kind).toBe('pglite');
      await applyMigrations(first);
      const store = createPrismaStore(first);
      const account = await store.accounts.upsert({ platform: 'fake', platformUserId: 'u1', displayName: 'Amina' });
      await store.close();

      const again = await openDatabase({ dataDir, log: silentLog });
      try {
        expect(await applyMigrations(again)).toEqual([]);
        const reopened = createPrismaStore(again);
        expect((await reopened.accounts.byId(account.id))?.displayName).toBe('Amina');
      } finally {
        await again.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('runs withLock sections one after another, even after one fails', async () => {
    const db = await openDatabase({ dataDir: 'memory://', log: silentLog });
    try {
      const events: string[] = [];
      const section = (name: string, fail = false) =>
        db.withLock(async () => {
          events.push(`${name} start`);
          await new Promise((resolve) => setTimeout(resolve, 20));
          events.push(`${name} end`);
          if (fail) throw new Error(`${name} failed`);
          return name;
        });
      const results = await Promise.allSettled([section('a'), section('b', true), section('c')]);
      expect(events).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    } finally {
      await db.close();
    }
  });

  it('says which folder it cannot open', async () => {
    // A folder inside a file: impossible even for root.
    const root = mkdtempSync(path.join(tmpdir(), 'cohort-pglite-'));
    const file = path.join(root, 'a-file');
    writeFileSync(file, '');
    try {
      await expect(openDatabase({ dataDir: path.join(file, 'data'), log: silentLog })).rejects.toThrow(
        new RegExp(`^cannot open the embedded database in ${file}/data: .*ENOTDIR`),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

// V8 optimizes hot WebAssembly functions; PGlite's SQL parser is one and took 600 MB to
// optimize, a peak the embedded bot reached a few seconds after every start. In child
// processes, so that the peak is that of a process doing nothing else.
describe.skipIf(process.platform !== 'linux')('the embedded database in a process of its own', () => {
  it('runs thousands of statements without a compiler peak of hundreds of MB', { timeout: 120_000 }, async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cohort-pglite-peak-'));
    const client = new URL('../../src/db/client.ts', import.meta.url).href;
    const script = `
      import { readFileSync } from 'node:fs';
      import { openDatabase, silentLog } from ${JSON.stringify(client)};
      const mib = (field) => {
        const line = readFileSync('/proc/self/status', 'utf8').split('\\n').find((l) => l.startsWith(field + ':'));
        return Math.round(Number(line.replace(/[^0-9]/g, '')) / 1024);
      };
      const db = await openDatabase({ dataDir: process.argv[1], log: silentLog });
      if (process.argv[2] === 'create') {
        await db.exec('CREATE TABLE t (id int PRIMARY KEY, name text)');
      } else {
        for (let i = 0; i < 3000; i++) {
          await db.query('SELECT t.id, upper(t.name) AS n' + (i % 7) + ' FROM t WHERE t.id = $1 OR t.name LIKE $2 ORDER BY 1', [i, 'x%']);
        }
        await new Promise((resolve) => setTimeout(resolve, 3000)); // V8 optimizes in the background
        console.log(JSON.stringify({ rss: mib('VmRSS'), peak: mib('VmHWM') }));
      }
      await db.close();
    `;
    const run = (...args: string[]) =>
      execFileAsync(process.execPath, ['--input-type=module', '-e', script, path.join(root, 'pglite'), ...args]);
    try {
      await run('create'); // initdb, which has a peak of its own, in a process before
      const { stdout } = await run();
      const { peak } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { rss: number; peak: number };
      // About 200 MiB; 700-800 MiB when V8 optimized the parser.
      expect(peak).toBeLessThan(450);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe.each(databaseKinds)('closing on %s', (kind) => {
  it('may be closed by the store and then by its owner', async () => {
    const { store, close } = await openTestStore(kind);
    await store.ping();
    await store.close();
    await expect(close()).resolves.toBeUndefined();
    await expect(store.ping()).rejects.toThrow();
  });
});

describe('redactUrl', () => {
  it('masks the password and password parameters, keeps the rest', () => {
    expect(redactUrl('postgresql://bot:hunter2@db.example:5432/cohort?sslmode=require&sslpassword=x')).toBe(
      'postgresql://bot:***@db.example:5432/cohort?sslmode=require&sslpassword=***',
    );
    expect(redactUrl('redis://:s3cret@cache:6379')).toBe('redis://:***@cache:6379');
    expect(redactUrl('not a url hunter2')).not.toContain('hunter2');
  });
});
