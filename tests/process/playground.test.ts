// `npm run playground` with a script on stdin, as a user pipes one: a network
// story over several groups (made on first visit, switched between, listed),
// a network created and joined with the code the bot showed ($code), a share,
// a cross-cohort round, and the weekly digest in the hub after /clock +1w.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseEnv, root } from './helpers.ts';

const SCRIPT = `
/in group Lagos
/cohort create Lagos
/as bob
/join
/in dm
/start
/as alice
/in dm
/start
/in group Lagos
/network create Sahel
/network join $code
/network invite
/as kofi
/in group Accra
/cohort create Accra
/network join $code
/as ama
/join
/in dm
/start
/as alice
/in group Sahel hub
/network hub
/groups
/as bob
/in dm
/reflect Reading aloud helps newcomers
/press 1
/network meet on
/as ama
/network meet on
/as alice
/in group Lagos
/network round
/clock +1w
/quit
`;

/** The playground's whole output for a script piped into it. */
function play(script: string, dataDir: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'src', 'playground.ts'), '--fresh'], {
      cwd: root,
      env: { ...baseEnv, LOG_LEVEL: '', DATA_DIR: dataDir },
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out: out.replace(/[\u2068\u2069]/g, '') }));
    child.stdin.end(script);
  });
}

describe('npm run playground', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cohort-playground-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('plays a network story over several groups from a script on stdin', async () => {
    const { code, out } = await play(SCRIPT, dataDir);
    expect(code, out).toBe(0);
    // Every line of the script was played, to the end (the input closes long before the last one runs).
    expect(out).toMatch(/Alice @ Lagos \d{4}-/);
    expect(out).toMatch(/> \/quit\n/);
    // Groups are made on first visit, their maker the admin, and listed.
    expect(out).toContain('new group "Accra": Kofi made it and is its admin');
    expect(out).toMatch(
      /Playground \(admins: Alice\)\nLagos \(admins: Alice\)\nAccra \(admins: Kofi\)\nSahel hub \(admins: Alice\) ← here/,
    );
    // $code before the bot showed any: said so, nothing sent. Then it stands for the code Alice got in private.
    expect(out).toContain('no one-time code from the bot yet');
    expect(out).toMatch(/bot \(in private chat with Alice\): One-time code for “Sahel”: net-/);
    expect(out).toContain('Accra joined “Sahel”. Cohorts in the network now: 2.');
    expect(out).toContain('This chat is now the hub of “Sahel”');
    // The share and the round, in private.
    expect(out).toContain('Shared with “Sahel”.');
    expect(out).toMatch(/bot \(in private chat with Bob\): Bob, in the network “Sahel” you are meeting someone/);
    expect(out).toContain('• @ama (Accra)');
    // A week later the digest arrives in the hub, named by its title.
    expect(out).toMatch(
      /bot \(in group Sahel hub\): From the network “Sahel”: learnings its members chose to share \(1\)\n\nIn English\n• Reading aloud helps newcomers \(Lagos, Bob\)/,
    );
  }, 180_000);
});
