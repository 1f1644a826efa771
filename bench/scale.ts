// `npm run bench:scale`: issue 18's benchmark in one command, for a quiet machine. Each part
// runs in its own process, one after the other (they would disturb each other's timing), and
// the rows they print are gathered into one table with the goal beside each.
//
//   node bench/scale.ts [inbound] [bursts] [fanout] [memory]   (default: all four)
//
//   inbound  Telegram webhook path vs a bare grammY bot doing one INSERT (bench/telegram-inbound.ts),
//            with npm start's Node flags and environment
//   bursts   2,000 and 10,000 cohorts' check-ins due in the same minute (bench/checkins.ts)
//   fanout   three sending processes sharing one Telegram budget (bench/telegram-fanout.ts)
//   memory   idle RSS of `npm start`'s process on PostgreSQL and on the embedded database
//            (bench/memory.ts; needs MATRIX_TEST_HOMESERVER_URL)
//
// The faults (Redis away for 60 s, PostgreSQL restarted, workers killed, ...) are tests, run by
// `npm test` in CI: `npx vitest run tests/faults`; their recovery times are in docs/operations.md.
// Needs PostgreSQL and Redis as the other benches (bench/common.ts); takes about 4 minutes.

import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { machine, NPM_START_ENV, NPM_START_OPTIONS } from './common.ts';

interface Part {
  name: string;
  goal: string;
  script: string;
  args?: string[];
  env?: Record<string, string>;
  /** Run under npm start's Node flags and environment (the bot's own code in the bench's process). */
  asStarted?: boolean;
}

const PARTS: Record<string, Part[]> = {
  inbound: [
    {
      name: 'inbound',
      goal: 'ratio to bare grammY ≥ 0.5, ≥ 2,000 updates/s',
      script: 'telegram-inbound.ts',
      asStarted: true,
    },
  ],
  bursts: [
    { name: 'burst 2,000', goal: 'p99 due → queued < 2.5 s', script: 'checkins.ts', env: { BENCH_COHORTS: '2000' } },
    { name: 'burst 10,000', goal: 'p99 due → queued < 10 s', script: 'checkins.ts', env: { BENCH_COHORTS: '10000' } },
  ],
  fanout: [
    {
      name: 'fan-out ×3',
      goal: 'achieved / allowed ≥ 0.95; 0 × 429, 0 lost, 0 duplicated',
      script: 'telegram-fanout.ts',
      args: ['300', '900', '--workers', '3'],
    },
  ],
  memory: [
    { name: 'idle RSS, PostgreSQL', goal: '< 200 MB (190 MiB)', script: 'memory.ts', args: ['postgres'] },
    { name: 'idle RSS, embedded', goal: '< 300 MB (286 MiB)', script: 'memory.ts', args: ['pglite'] },
  ],
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in PARTS));
if (unknown.length > 0) {
  process.stderr.write(`unknown part: ${unknown.join(', ')} (parts: ${Object.keys(PARTS).join(', ')})\n`);
  process.exit(2);
}
const parts = (asked.length > 0 ? asked : Object.keys(PARTS)).flatMap((name) => PARTS[name]!);

/** Runs one part; its output passes through, and its table rows (other than headers) are returned. */
function run(part: Part): Promise<{ rows: string[]; code: number | null }> {
  const flags = part.asStarted ? NPM_START_OPTIONS.split(' ').filter(Boolean) : [];
  const child = spawn(
    process.execPath,
    [...flags, fileURLToPath(new URL(part.script, import.meta.url)), ...(part.args ?? [])],
    {
      env: { ...process.env, ...(part.asStarted ? NPM_START_ENV : {}), ...part.env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk;
    process.stdout.write(chunk);
  });
  return new Promise((resolve) =>
    child.on('exit', (code) =>
      resolve({
        code,
        rows: out
          .split('\n')
          .filter((line) => line.startsWith('| ') && !/^\| (benchmark|process|path) \||^\|( --- \|)+$/.test(line)),
      }),
    ),
  );
}

const summary: string[] = [];
for (const part of parts) {
  process.stdout.write(`\n## ${part.name} (load average ${loadavg()[0]!.toFixed(2)})\n`);
  const { rows, code } = await run(part);
  const figure =
    rows.length > 0 ? rows.map((row) => row.replace(/^\| | \|$/g, '').replaceAll(' | ', '; ')).join(' / ') : '';
  summary.push(`| ${part.name} | ${part.goal} | ${figure || `no result (exit ${code})`} |`);
}

process.stdout.write(
  `\nMachine: ${machine()}; load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} at the end\n\n`,
);
process.stdout.write(`| part | goal | figure |\n| --- | --- | --- |\n${summary.join('\n')}\n`);
