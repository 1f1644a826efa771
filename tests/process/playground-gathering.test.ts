// The playground as people try the bot: `npm run playground` with a script on
// stdin (piped, not a terminal). Every line must be played, in order, even
// though the input ends long before the bot has answered the first one.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'cohort-playground-'));

function play(lines: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['src/playground.ts', '--fresh'], {
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, REDIS_URL: '', DATABASE_URL: '', LOG_LEVEL: 'warn' },
    timeout: 240_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('playground: a gathering', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('plays a piped script to its end: a gathering in Spanish, to the survey a month after', () => {
    const run = play([
      '/cohort create "Madrid" --timezone Europe/Madrid --language es',
      '/as bea',
      '/join',
      '/as alice',
      '/gathering create "Editatón" --at 2027-03-14 10:00 --until 12:00',
      '/as bea',
      '/press 1',
      '/clock +110d',
      '/here 1',
      '/clock +40d',
      '/in dm',
      '/who',
    ]);
    expect(run.status).toBe(0);
    // The last lines ran: the script was not cut when stdin ended.
    expect(run.stdout).toContain('/who');
    expect(run.stdout).toContain('Nuevo encuentro');
    // /clock runs what falls due at its own time: the gathering starts on the day, and /here after it is refused.
    expect(run.stdout).toContain('está empezando');
    expect(run.stdout).toContain('No hay ningún encuentro ahora');
    // The month-after survey reached Bea in her cohort's language, title included, with no warning logged.
    expect(run.stdout).toContain('30 días después');
    expect(run.stdout).not.toContain('no such survey');
  });
});
