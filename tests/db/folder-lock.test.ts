import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderInUse, lockFolder } from '../../src/db/folder-lock.ts';

describe('embedded database folder lock', () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'cohort-lock-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('refuses a folder another live process holds, naming it', async () => {
    const folder = dir();
    // Another process takes the lock and waits.
    const child = spawn(process.execPath, [
      '--input-type=module',
      '-e',
      `import { lockFolder } from ${JSON.stringify(join(import.meta.dirname, '../../src/db/folder-lock.ts'))};
       lockFolder(${JSON.stringify(folder)}); console.log('locked'); setTimeout(() => {}, 30000);`,
    ]);
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    try {
      expect(() => lockFolder(folder)).toThrow(FolderInUse);
      expect(() => lockFolder(folder)).toThrow(new RegExp(`pid ${child.pid}`));
    } finally {
      child.kill('SIGKILL');
    }
    await new Promise((resolve) => child.once('exit', resolve));
    // The holder died without releasing: the lock is taken over.
    const release = lockFolder(folder);
    release();
    expect(existsSync(join(folder, 'cohort-bot.lock'))).toBe(false);
  });

  it('takes over a lock whose pid now belongs to a different process (a new container, same pid)', () => {
    const folder = dir();
    const lock = join(folder, 'cohort-bot.lock');
    // pid 1 is alive, but it started at another time than the one recorded: not the process that locked.
    writeFileSync(lock, '1 12345');
    const release = lockFolder(folder);
    expect(readFileSync(lock, 'utf8')).toMatch(new RegExp(`^${process.pid} `));
    release();
    expect(existsSync(lock)).toBe(false);
  });
});
