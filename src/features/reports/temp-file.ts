// A big export reaches a chat as a file on disk: the CSV stream is written to
// a temporary file (memory stays flat whatever its size), the adapter streams
// that file into its upload (OutboundFile `path`), and the file is removed as
// soon as the send resolved or failed. The file holds names: it is created
// readable by the bot's user only, in a folder of its own; a folder a crash
// left behind is removed at the next start (sweepTempExports).

import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const PREFIX = 'cohort-export-';

export interface TempFile {
  path: string;
  /** Bytes written. */
  size: number;
  remove(): Promise<void>;
}

/** Write `stream` to a new private file named `fileName` (no path: ours, never user text). */
export async function toTempFile(stream: Readable, fileName: string): Promise<TempFile> {
  const dir = await mkdtemp(join(tmpdir(), PREFIX));
  const path = join(dir, fileName);
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await pipeline(stream, createWriteStream(path, { mode: 0o600 }));
    return { path, size: (await stat(path)).size, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** Remove export folders older than an hour: a process that died while sending left them. */
export async function sweepTempExports(now = Date.now()): Promise<number> {
  let removed = 0;
  for (const name of await readdir(tmpdir()).catch(() => [] as string[])) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = join(tmpdir(), name);
    const info = await stat(dir).catch(() => null);
    if (!info || now - info.mtimeMs < 3_600_000) continue;
    await rm(dir, { recursive: true, force: true });
    removed++;
  }
  return removed;
}
