// `npm run playground` with a script piped on stdin, as docs and testers use
// it: every line is played, also those still waiting when stdin closed.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

describe('playground', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cohort-playground-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('plays a piped script to its last line', () => {
    const script = [
      '/cohort create Lagos --timezone Africa/Lagos',
      '/as bob',
      '/join',
      '/help start',
      '/checkin list',
      '/as alice',
      '/checkin schedule weekly mon 18:00',
      '/checkin schedule weekly mon 18:00',
    ].join('\n');
    const run = spawnSync(process.execPath, ['src/playground.ts', '--fresh'], {
      input: `${script}\n`,
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Cohort Lagos created.');
    expect(run.stdout).toContain('Welcome to Lagos, Bob!');
    expect(run.stdout).toContain('/start — start talking with me in private');
    expect(run.stdout).toContain('Check-in schedule #1 is set.');
    // The last line too: the same rhythm again is refused.
    expect(run.stdout).toContain('Schedule #1 already has this rhythm');
  }, 150_000);
});
