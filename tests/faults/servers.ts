// Private Redis and PostgreSQL servers for fault tests: each test stops and
// starts its own, on a free port with a temporary folder, and never touches
// the machine's shared servers (6379, 5432) that other test files use.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';

export interface PrivateServer {
  url: string;
  port: number;
  /** Stop the server: `kill` is a crash (SIGKILL), `stop` a clean shutdown. */
  stop(how?: 'kill' | 'stop'): Promise<void>;
  /** Start it again on the same port and data. */
  start(): Promise<void>;
  /** Stop it and remove its data. */
  remove(): Promise<void>;
}

/**
 * redis-server as production runs it (AOF on, noeviction), its data in a temporary folder.
 * `appendfsync always`: a crash keeps every write Redis acknowledged (with the recommended
 * `everysec`, up to a second of writes may be lost on a crash of the machine).
 */
export async function privateRedis(): Promise<PrivateServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'cohort-fault-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    );
    const started = child;
    await waitFor(`redis-server on port ${port}`, () => {
      if (started.exitCode !== null) throw new Error(`redis-server exited with ${started.exitCode}`);
      const ping = spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' });
      return ping.stdout.trim() === 'PONG';
    });
  };
  const stop = (how: 'kill' | 'stop' = 'kill') => stopChild(child, how);
  await start();
  return childServer(url, port, start, stop, dir);
}

/** Stop a server run as a child process (`kill`: SIGKILL, `stop`: SIGTERM); resolves once it exited. */
async function stopChild(child: ChildProcess | null, how: 'kill' | 'stop'): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill(how === 'kill' ? 'SIGKILL' : 'SIGTERM');
  await gone;
}

function childServer(
  url: string,
  port: number,
  start: () => Promise<void>,
  stop: (how?: 'kill' | 'stop') => Promise<void>,
  dir: string,
): PrivateServer {
  return {
    url,
    port,
    stop,
    start,
    async remove() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The PostgreSQL server programs of this machine (Debian's layout), or null. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

/** PostgreSQL refuses to run as root: run its programs as the postgres user then. */
function asPostgres(bin: string, args: string[]) {
  const root = process.getuid?.() === 0;
  const run = root
    ? spawnSync('runuser', ['-u', 'postgres', '--', bin, ...args], { encoding: 'utf8' })
    : spawnSync(bin, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed: ${run.stderr || run.stdout}`);
  return run;
}

/** A PostgreSQL cluster of its own (initdb into a temporary folder), with one database `cohort`. */
export async function privatePostgres(): Promise<PrivateServer> {
  const bin = postgresBin();
  if (!bin) throw new Error('no PostgreSQL server programs under /usr/lib/postgresql');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'cohort-fault-pg-'));
  if (process.getuid?.() === 0) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  asPostgres(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const pgCtl = (...args: string[]) => asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-w', '-t', '60', ...args]);
  const start = async () => {
    pgCtl('-o', options, '-l', join(dir, 'log'), 'start');
  };
  await start();
  const base = `postgresql://postgres@127.0.0.1:${port}`;
  const client = new pg.Client({ connectionString: `${base}/postgres` });
  await client.connect();
  await client.query('CREATE DATABASE cohort');
  await client.end();
  return {
    url: `${base}/cohort`,
    port,
    async stop(how = 'stop') {
      // immediate: connections cut at once, as a crash or a failover does; fast: a clean restart.
      pgCtl('-m', how === 'kill' ? 'immediate' : 'fast', 'stop');
    },
    start,
    async remove() {
      try {
        pgCtl('-m', 'immediate', 'stop');
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Where `matrix-homeserver` installed Synapse (a Debian root run with chroot). */
export const SYNAPSE_ROOT = process.env.MATRIX_HS_ROOT ?? '/opt/matrix-hs-root';

/** Why a private Synapse cannot run here, or null when it can. */
export function synapseSkipReason(): string | null {
  if (!existsSync(join(SYNAPSE_ROOT, 'usr', 'bin', 'python3')))
    return `no Synapse root at ${SYNAPSE_ROOT}: run ../shared/tools/matrix-homeserver up once`;
  if (process.getuid?.() !== 0) return 'a private Synapse runs with chroot, which needs root';
  return null;
}

/**
 * A Synapse of its own, from the Debian root the shared one runs from, with its
 * data (SQLite, keys, log) in a folder of that root and the relaxed settings
 * of `matrix-homeserver` (open registration, no rate limits worth the name).
 * It runs as a child process (not daemonized), so `stop` signals it directly;
 * the shared homeserver on 8008 is never touched.
 */
export async function privateSynapse(): Promise<PrivateServer> {
  const port = await freePort();
  const dir = `/fault-${process.pid}-${randomBytes(3).toString('hex')}`;
  const host = join(SYNAPSE_ROOT, dir);
  mkdirSync(host, { recursive: true });
  const generated = spawnSync(
    'chroot',
    [
      SYNAPSE_ROOT,
      'python3',
      '-m',
      'synapse.app.homeserver',
      '--server-name',
      'localhost',
      '--config-path',
      `${dir}/homeserver.yaml`,
      '--data-directory',
      dir,
      '--generate-config',
      '--report-stats=no',
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (generated.status !== 0) {
    rmSync(host, { recursive: true, force: true });
    throw new Error(`synapse --generate-config failed: ${generated.stderr}`);
  }
  const configPath = join(host, 'homeserver.yaml');
  const config = readFileSync(configPath, 'utf8').replace('port: 8008', `port: ${port}`);
  writeFileSync(configPath, `${config}\n${RELAXED_SYNAPSE}`);
  const logConfig = join(host, 'localhost.log.config');
  writeFileSync(logConfig, readFileSync(logConfig, 'utf8').replace(/filename: .*/, `filename: ${dir}/homeserver.log`));
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(
      'chroot',
      [SYNAPSE_ROOT, 'python3', '-m', 'synapse.app.homeserver', '--config-path', `${dir}/homeserver.yaml`],
      { stdio: 'ignore' },
    );
    const started = child;
    await waitFor(
      `Synapse on port ${port}`,
      async () => {
        if (started.exitCode !== null)
          throw new Error(`Synapse exited with ${started.exitCode}; see ${host}/homeserver.log`);
        try {
          return (await fetch(`${url}/_matrix/client/versions`)).ok;
        } catch {
          return false;
        }
      },
      { timeoutMs: 60_000 },
    );
  };
  const server = childServer(url, port, start, (how = 'kill') => stopChild(child, how), host);
  try {
    await start();
  } catch (error) {
    await server.remove();
    throw error;
  }
  return server;
}

/** What `matrix-homeserver` appends to the generated configuration. */
const RELAXED_SYNAPSE = `
enable_registration: true
enable_registration_without_verification: true
suppress_key_server_warning: true
trusted_key_servers: []
rc_message: {per_second: 10000, burst_count: 10000}
rc_registration: {per_second: 10000, burst_count: 10000}
rc_login:
  address: {per_second: 10000, burst_count: 10000}
  account: {per_second: 10000, burst_count: 10000}
  failed_attempts: {per_second: 10000, burst_count: 10000}
rc_joins:
  local: {per_second: 10000, burst_count: 10000}
  remote: {per_second: 10000, burst_count: 10000}
rc_invites:
  per_room: {per_second: 10000, burst_count: 10000}
  per_user: {per_second: 10000, burst_count: 10000}
  per_issuer: {per_second: 10000, burst_count: 10000}
`;
