// The temporary files of chat exports (src/features/reports/temp-file.ts): a
// stream lands in a private file in a folder of its own, which is gone after
// remove(); folders a crashed process left behind go at the next start after
// an hour, while a folder being sent right now stays.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { sweepTempExports, toTempFile } from '../../src/features/reports/temp-file.ts';

describe('temporary export files', () => {
  it('writes a stream to a private file and removes its folder', async () => {
    const file = await toTempFile(Readable.from([Buffer.from('a,b\r\n'), Buffer.from('1,2\r\n')]), 'x.csv');
    expect(readFileSync(file.path, 'utf8')).toBe('a,b\r\n1,2\r\n');
    expect(file.size).toBe(10);
    expect(statSync(file.path).mode & 0o777).toBe(0o600);
    await file.remove();
    expect(existsSync(dirname(file.path))).toBe(false);
  });

  it('leaves nothing behind of a failed stream', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('database gone'));
      },
    });
    const name = `failed-${process.pid}-${Date.now()}.csv`;
    await expect(toTempFile(failing, name)).rejects.toThrow('database gone');
    const left = readdirSync(tmpdir())
      .filter((n) => n.startsWith('cohort-export-'))
      .filter((n) => existsSync(join(tmpdir(), n, name)));
    expect(left).toEqual([]);
  });

  it('sweeps folders older than an hour and keeps fresh ones', async () => {
    const old = join(tmpdir(), `cohort-export-test-old-${process.pid}`);
    const fresh = join(tmpdir(), `cohort-export-test-fresh-${process.pid}`);
    mkdirSync(old, { recursive: true });
    mkdirSync(fresh, { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    expect(await sweepTempExports()).toBeGreaterThanOrEqual(1);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    // Not swept "from the future" here: other test processes may be sending their own exports.
    rmSync(fresh, { recursive: true, force: true });
  });
});
