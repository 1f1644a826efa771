// Running `node src/main.ts` as operators do: a child process, its output, its readiness.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { admin, adminUrl } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';

export const root = join(import.meta.dirname, '..', '..');
export const main = join(root, 'src', 'main.ts');
export const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'info' };

export function runOnce(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [main, ...args], {
    cwd: root,
    env: { ...baseEnv, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Wait until the bot answers /readyz with 200 and return its body; fails at once if the process exits. */
export async function waitForReady(
  port: number,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 90_000,
): Promise<Record<string, string>> {
  return waitFor(
    `the bot on port ${port} to be ready`,
    async () => {
      if (child.exitCode !== null) throw new Error(`bot exited early:\n${output()}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        return res.status === 200 ? ((await res.json()) as Record<string, string>) : null;
      } catch {
        return null; // not listening yet
      }
    },
    { timeoutMs, seen: output },
  );
}

/** `node [...nodeFlags] src/main.ts [...args]` (nodeFlags: e.g. those of `npm start`, for a benchmark). */
export function startBot(env: Record<string, string>, args: string[] = [], nodeFlags: string[] = []) {
  const child = spawn(process.execPath, [...nodeFlags, main, ...args], {
    cwd: root,
    env: { ...baseEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** A fresh PostgreSQL database for one test file, and its URL. */
export async function createDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  await admin(`CREATE DATABASE "${name}"`);
  return {
    url: adminUrl.replace(/\/[^/]*$/, `/${name}`),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
