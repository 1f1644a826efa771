// One process per PGlite folder. PGlite has no server to arbitrate: two
// processes opening the same files (the bot and `npm run migrate`, or two bots)
// would corrupt them. A lock file holding the owner's pid says who has it; a
// lock left by a process that died is taken over. The pid is recorded with the
// process's start time, because in a container the next run often gets the
// same pid as the last one.

import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { OperatorError } from '../core/errors.ts';

export class FolderInUse extends OperatorError {
  constructor(dir: string, pid: number) {
    super(
      `the embedded database in ${dir} is in use by another cohort-bot process (pid ${pid}); ` +
        'stop it first, or point both at PostgreSQL with DATABASE_URL',
    );
    this.name = 'FolderInUse';
  }
}

/** A process's start time (Linux /proc), or '' where it cannot be read. */
function startTime(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22, counted after the command name, which may contain spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

function alive(pid: number, started: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return started === '' || startTime(pid) === started;
}

/** Take the folder's lock or throw FolderInUse; returns the release function. */
export function lockFolder(dir: string): () => void {
  const path = join(dir, 'cohort-bot.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid} ${startTime(process.pid)}`);
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const [pidText = '', started = ''] = readFileSync(path, 'utf8').trim().split(' ');
      const owner = Number(pidText);
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner, started)) {
        throw new FolderInUse(dir, owner);
      }
      rmSync(path, { force: true }); // left by a process that is gone
    }
  }
  throw new Error(`could not take the lock ${path}`);
}
