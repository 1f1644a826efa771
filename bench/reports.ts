// `node bench/reports.ts`: /report's work for a big cohort, without the
// database: 5,000 members over two years, 104 weekly check-ins answered by
// about half of them, 600 mentorships and 52 peer rounds, held in memory. It
// times the features' report parts (the numbers, aggregated by month), the
// chart rendering (Vega-Lite -> SVG -> PNG with resvg) and the exports, in
// English and in Arabic. Then the same cohort in PostgreSQL (BENCH_DB=0 skips
// it): /report's database reads and all charts to PNG, the per-person
// participation CSV (~500,000 rows) streamed from paged reads with its peak
// memory, and the report page's first byte over HTTP.

import { fork } from 'node:child_process';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { everyFeature } from '../src/core/feature-hooks.ts';
import { loadTranslator } from '../src/core/i18n.ts';
import type { JobContext } from '../src/core/job-context.ts';
import { JobContext as Job } from '../src/core/job-context.ts';
import type { ReportRequest, ReportSection } from '../src/core/report.ts';
import type { BotServices } from '../src/core/services.ts';
import type {
  CheckIn,
  CheckInAnswer,
  Cohort,
  MemberWithAccount,
  Mentorship,
  PeerRound,
  Store,
} from '../src/core/store.ts';
import { noTelemetry } from '../src/core/telemetry.ts';
import { checkinsReport } from '../src/features/checkins/report.ts';
import { features } from '../src/features/index.ts';
import { membersReport } from '../src/features/members/report.ts';
import { pairingReport } from '../src/features/pairing/report.ts';
import { participationCsv } from '../src/features/reports/person-exports.ts';
import { createReportWeb } from '../src/features/reports/web.ts';
import { renderCharts } from '../src/features/shared/report-output/charts.ts';
import { csvFiles, wikitextFile } from '../src/features/shared/report-output/export-files.ts';
import { bucketOf, type Period } from '../src/features/shared/report-periods.ts';
import { linkSecret, signLink } from '../src/features/shared/web-links.ts';
import { createMetrics } from '../src/http/metrics.ts';
import { startHttpServer } from '../src/http/server.ts';
import { LOCALES_DIR } from '../src/local.ts';
import { databaseUrl, log, machine, NPM_START_ENV, NPM_START_OPTIONS, withDatabase } from './common.ts';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 5000);
const WEEKS = 104;
const DAY = 86_400_000;
const start = new Date('2025-01-06T09:00:00Z');
const until = new Date(start.getTime() + WEEKS * 7 * DAY);

// A deterministic generator, so every run reports on the same cohort.
let seed = 2026;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

// BENCH_MEMORY=0: only the PostgreSQL part, and the in-memory cohort is not even built (its
// ~260,000 answers would count in the process's memory while the export is measured).
const inMemory = process.env.BENCH_MEMORY !== '0';
const cohort = { id: 'c1', name: 'Bench', timezone: 'UTC', locale: 'en', createdAt: start } as Cohort;
const members = Array.from({ length: inMemory ? MEMBERS : 0 }, (_, i) => {
  const joinedAt = new Date(start.getTime() + Math.floor(random() * WEEKS * 7) * DAY);
  const status = random() < 0.1 ? 'left' : random() < 0.05 ? 'paused' : 'active';
  const updatedAt = new Date(joinedAt.getTime() + Math.floor(random() * 200) * DAY);
  return { id: `m${i}`, joinedAt, status, updatedAt } as MemberWithAccount;
});
const occurrences: CheckIn[] = Array.from({ length: WEEKS }, (_, w) => ({
  id: `k${w}`,
  scheduleId: 's1',
  cohortId: cohort.id,
  dueAt: new Date(start.getTime() + w * 7 * DAY),
  closesAt: new Date(start.getTime() + (w * 7 + 1) * DAY),
  state: 'closed',
  questions: [],
  postedAt: null,
  excused: [],
}));
const answers = new Map<string, CheckInAnswer[]>(
  occurrences.map((o) => [
    o.id,
    members
      .filter((m) => m.joinedAt <= o.dueAt && random() < 0.5)
      .map((m) => ({
        id: `${o.id}${m.id}`,
        checkInId: o.id,
        membershipId: m.id,
        answers: ['x'],
        shared: false,
        cursor: null,
        messageIds: [],
        updatedAt: o.dueAt,
      })),
  ]),
);
const statuses = ['accepted', 'declined', 'timed_out', 'ended', 'asked'] as const;
const mentorships = Array.from({ length: 600 }, (_, i) => ({
  id: `p${i}`,
  status: statuses[i % statuses.length],
  askedAt: new Date(start.getTime() + Math.floor(random() * WEEKS * 7) * DAY),
  createdAt: start,
})) as unknown as Mentorship[];
const rounds: PeerRound[] = Array.from({ length: WEEKS / 2 }, (_, r) => ({
  id: `r${r}`,
  cohortId: cohort.id,
  number: r + 1,
  followUpAt: new Date(start.getTime() + (r * 14 + 7) * DAY),
  followedUpAt: null,
  createdAt: start,
  groups: Array.from({ length: 200 }, (_, g) => ({
    id: `r${r}g${g}`,
    members: [0, 1].map((k) => ({
      membershipId: `m${(g * 2 + k) % MEMBERS}`,
      answer: (['yes', 'no', 'not-yet', null] as const)[Math.floor(random() * 4)]!,
    })),
  })),
}));

const i18n = loadTranslator(LOCALES_DIR);
// Only what the report parts read: the store's lists and the translator.
const job = {
  t: (locale: string, id: string, args?: Record<string, string | number>) => i18n.t(locale, id, args),
  store: {
    // What the database's grouped queries return (store.reports.checkInRates, membersOverTime), counted here.
    reports: {
      membersOverTime: async (
        _cohort: string,
        span: { since: Date; until: Date },
        period: Period,
        timezone: string,
      ) => {
        const result = {
          now: { active: 0, paused: 0, left: 0 },
          before: 0,
          joined: new Map<string, number>(),
          left: new Map<string, number>(),
        };
        const add = (map: Map<string, number>, at: Date) => {
          const bucket = bucketOf(at, period, timezone);
          map.set(bucket, (map.get(bucket) ?? 0) + 1);
        };
        for (const m of members) {
          if (m.joinedAt >= span.until) continue;
          result.now[m.status]++;
          const gone = m.status === 'left' ? new Date(Math.max(m.updatedAt.getTime(), m.joinedAt.getTime())) : null;
          if (m.joinedAt < span.since && !(gone && gone < span.since)) result.before++;
          if (m.joinedAt >= span.since) add(result.joined, m.joinedAt);
          if (gone && gone >= span.since && gone < span.until) add(result.left, gone);
        }
        const list = (map: Map<string, number>) => [...map].map(([bucket, count]) => ({ bucket, count }));
        return { now: result.now, before: result.before, joined: list(result.joined), left: list(result.left) };
      },
      checkInRates: async () =>
        occurrences.map((o) => {
          const asked = new Set(
            members
              .filter((m) => m.joinedAt <= o.dueAt)
              .filter((m) => !(m.status === 'left' && m.updatedAt < o.dueAt))
              .map((m) => m.id),
          );
          const answered = (answers.get(o.id) ?? []).filter((a) => asked.has(a.membershipId)).length;
          return { checkInId: o.id, dueAt: o.dueAt, expected: asked.size, answered };
        }),
    },
    mentorships: { ofCohort: async () => mentorships },
    peerRounds: { ofCohort: async () => rounds },
  },
} as unknown as JobContext;

async function once(locale: string) {
  const request: ReportRequest = { cohort, since: start, until, locale, timezone: 'UTC', audience: 'coordinator' };
  const t0 = performance.now();
  const sections: ReportSection[] = [
    ...(await membersReport(request, job)),
    ...(await checkinsReport(request, job)),
    ...(await pairingReport(request, job)),
  ];
  const t1 = performance.now();
  const charts = await renderCharts(sections, locale);
  const t2 = performance.now();
  const files = [...csvFiles(sections, 'bench'), wikitextFile(sections, 'bench', 'Bench')];
  const t3 = performance.now();
  return { numbers: t1 - t0, render: t2 - t1, exports: t3 - t2, charts, files };
}

const dataRss = process.memoryUsage().rss;
const rows: string[] = [];
if (inMemory) await once('en'); // warm-up: module loading and font parsing are not per report
for (const locale of inMemory ? ['en', 'ar'] : []) {
  const runs: Array<Awaited<ReturnType<typeof once>>> = [];
  for (let i = 0; i < 3; i++) runs.push(await once(locale));
  const best = (key: 'numbers' | 'render' | 'exports') => Math.min(...runs.map((r) => r[key])).toFixed(0);
  const charts = runs[0]!.charts;
  const bytes = charts.reduce((n, c) => n + c.png.length, 0);
  rows.push(
    `| /report work, ${MEMBERS} members × ${WEEKS} weekly check-ins (${locale}) | numbers ${best('numbers')} ms, ${charts.length} charts to PNG ${best('render')} ms, CSV + wikitext ${best('exports')} ms | ${(bytes / 1024).toFixed(0)} KiB of PNG; best of 3 after a warm-up; RSS ${(dataRss / 2 ** 20).toFixed(0)} MiB with the data, ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB after |`,
  );
}
// BENCH_PNG_DIR=/tmp/x: keep the last run's pictures to look at.
if (process.env.BENCH_PNG_DIR) {
  const { writeFileSync } = await import('node:fs');
  for (const chart of (await once('ar')).charts)
    writeFileSync(`${process.env.BENCH_PNG_DIR}/ar-${chart.fileName}`, chart.png);
}
if (process.env.BENCH_DB !== '0')
  rows.push(...(await withDatabase(`cohort_bench_reports_${process.pid}`, databaseRun)));
console.log(`Machine: ${machine()}\n`);
console.log('| benchmark | time | detail |\n| --- | --- | --- |');
for (const row of rows) console.log(row);

/** The same cohort in PostgreSQL, written with set-based SQL (the bot's own writes would take minutes). */
async function seedDatabase(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(name) });
  await client.connect();
  try {
    const t0 = (w: number) => new Date(start.getTime() + w * 7 * DAY).toISOString();
    await client.query(`INSERT INTO "Chat" (id, platform, "platformChatId", kind, title, "updatedAt")
      VALUES ('chat1', 'fake', 'bench-group', 'group', 'Bench', now())`);
    await client.query(
      `INSERT INTO "Cohort" (id, "chatId", name, languages, themes, timezone, locale, "joinCode", "createdAt", "updatedAt")
      VALUES ('c1', 'chat1', 'Bench', '{en}', '{}', 'UTC', 'en', 'benchjoin', $1, now())`,
      [start],
    );
    await client.query(
      `INSERT INTO "Account" (id, platform, "platformUserId", "displayName", "updatedAt")
       SELECT 'a' || i, 'fake', 'u' || i, 'Member ' || i, now() FROM generate_series(0, $1 - 1) i`,
      [MEMBERS],
    );
    // Joined in the first eight weeks (so ~500,000 participation rows); one in ten left later, one in twenty on a break.
    await client.query(
      `INSERT INTO "Membership" (id, "cohortId", "accountId", role, status, languages, topics, "joinedAt", "updatedAt")
       SELECT 'm' || i, 'c1', 'a' || i, CASE WHEN i = 0 THEN 'coordinator' ELSE 'member' END,
              CASE WHEN i % 10 = 3 THEN 'left' WHEN i % 20 = 7 THEN 'paused' ELSE 'active' END, '{en}', '{}',
              $2::timestamptz + (i * 727 % 56) * interval '1 day',
              $2::timestamptz + (i * 727 % 56 + 200 + i % 500) * interval '1 day'
       FROM generate_series(0, $1 - 1) i`,
      [MEMBERS, start],
    );
    await client.query(`INSERT INTO "CheckInSchedule" (id, "cohortId", number, pattern, questions, "windowMinutes", "updatedAt")
      VALUES ('s1', 'c1', 1, 'weekly mon 09:00', '{}', 1440, now())`);
    await client.query(
      `INSERT INTO "CheckIn" (id, "scheduleId", "cohortId", "dueAt", "closesAt", state, questions)
       SELECT 'k' || w, 's1', 'c1', $1::timestamptz + w * interval '7 days', $1::timestamptz + (w * 7 + 1) * interval '1 day', 'closed', '{}'
       FROM generate_series(0, $2 - 1) w`,
      [t0(0), WEEKS],
    );
    // About half of those asked answered each check-in.
    await client.query(
      `INSERT INTO "CheckInAnswer" (id, "checkInId", "membershipId", answers, "updatedAt")
       SELECT k.id || m.id, k.id, m.id, '["x"]'::jsonb, now()
       FROM "CheckIn" k JOIN "Membership" m ON m."joinedAt" <= k."dueAt"
       WHERE hashtext(k.id || m.id) % 2 = 0`,
    );
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

/** Peak RSS while `work` runs, sampled every 20 ms. */
async function peakRssOf<T>(work: () => Promise<T>): Promise<{ result: T; peak: number; before: number }> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await work();
    return { result, peak: Math.max(peak, process.memoryUsage().rss), before };
  } finally {
    clearInterval(sampler);
  }
}

async function databaseRun(store: Store): Promise<string[]> {
  const name = `cohort_bench_reports_${process.pid}`;
  const seeded = performance.now();
  await seedDatabase(name);
  const seedSeconds = ((performance.now() - seeded) / 1000).toFixed(0);
  const now = new Date(until.getTime() + DAY);
  const services = {
    store,
    clock: { now: () => now },
    i18n,
    log,
    telemetry: noTelemetry,
    defaults: { locale: 'en', timezone: 'UTC' },
    reportWeb: { publicUrl: 'http://127.0.0.1', linkHours: 24 },
  } as unknown as BotServices;
  const dbJob = new Job({ services });
  const hooks = everyFeature(features, dbJob);
  const dbCohort = (await store.cohorts.byId('c1'))!;
  const out: string[] = [];
  // First, before /report has loaded vega, resvg and the fonts: the process as a worker that only exports.
  const chat = await chatExportRow(name, now);
  out.push(chat.row);

  for (const locale of ['en', 'ar']) {
    const times: number[] = [];
    const reads: number[] = [];
    let chartCount = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const request: ReportRequest = {
        cohort: dbCohort,
        since: start,
        until: now,
        locale,
        timezone: 'UTC',
        audience: 'coordinator',
      };
      const sections = await hooks.report(request);
      reads.push(performance.now() - t0);
      chartCount = (await renderCharts(sections, locale)).length;
      times.push(performance.now() - t0);
    }
    out.push(
      `| /report from PostgreSQL, ${MEMBERS} members × ${WEEKS} check-ins (${locale}) | ${Math.min(...times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')}) | database reads and report parts ${Math.min(...reads).toFixed(0)} ms, then ${chartCount} charts to PNG; the whole command but sending; seeded in ${seedSeconds} s |`,
    );
  }

  // Where /report's reads go: each feature's report part alone (English, one run each).
  const parts: string[] = [];
  const partRequest: ReportRequest = {
    cohort: dbCohort,
    since: start,
    until: now,
    locale: 'en',
    timezone: 'UTC',
    audience: 'coordinator',
  };
  for (const feature of features) {
    if (!feature.report) continue;
    const t0 = performance.now();
    await feature.report(partRequest, dbJob);
    parts.push(`${feature.name} ${(performance.now() - t0).toFixed(0)} ms`);
  }
  out.push(
    `| /report parts from PostgreSQL, one run each (en) | ${parts.join(', ')} | each feature's database reads and numbers |`,
  );

  let rowsOut = 0;
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) rowsOut++;
      done();
    },
  });
  const t0 = performance.now();
  const csv = await peakRssOf(() => pipeline(participationCsv(store, dbCohort, { since: start, until: now }), sink));
  const seconds = (performance.now() - t0) / 1000;
  // Both exports must hold every row: the chat's file as the fake Bot API received it, and this one.
  if (chat.rows !== rowsOut - 1) throw new Error(`chat export: ${chat.rows} rows, streamed here: ${rowsOut - 1}`);
  out.push(
    `| /export participation CSV, streamed from paged reads | ${seconds.toFixed(1)} s | ${(rowsOut - 1).toLocaleString('en')} rows, ${(bytes / 2 ** 20).toFixed(0)} MiB; RSS ${(csv.before / 2 ** 20).toFixed(0)} MiB before, peak ${(csv.peak / 2 ** 20).toFixed(0)} MiB (+${((csv.peak - csv.before) / 2 ** 20).toFixed(0)} MiB) |`,
  );

  const server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    metrics: createMetrics(),
    checks: { database: async () => {}, redis: async () => {} },
    reportWeb: createReportWeb({ features, job: dbJob }),
  });
  try {
    const settings = await store.reports.settings('c1');
    const token = signLink(await linkSecret(store, undefined), 'report-page', {
      subjectId: 'c1',
      epoch: settings.linkEpoch,
      expires: Math.floor(now.getTime() / 1000) + 3600,
      locale: 'en',
    });
    const firstBytes: number[] = [];
    const wholes: number[] = [];
    let size = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const res = await fetch(`http://127.0.0.1:${server.port}/r/c1/${token}`);
      const reader = res.body!.getReader();
      const first = await reader.read();
      firstBytes.push(performance.now() - t);
      size = first.value?.length ?? 0;
      for (let r = await reader.read(); !r.done; r = await reader.read()) size += r.value.length;
      wholes.push(performance.now() - t);
      if (res.status !== 200) throw new Error(`report page answered ${res.status}`);
    }
    out.push(
      `| report page, first byte over HTTP | ${Math.min(...firstBytes).toFixed(0)} ms (runs: ${firstBytes.map((t) => t.toFixed(0)).join(', ')}) | the head streams once the link is checked; whole page (database reads, charts as SVG, tables, audit log) ${Math.min(...wholes).toFixed(0)} ms (runs: ${wholes.map((t) => t.toFixed(0)).join(', ')}); ${(size / 1024).toFixed(0)} KiB of HTML |`,
    );
  } finally {
    await server.close();
  }
  return out;
}

/**
 * /export csv's participation file as a chat sends it, in a process of its own
 * (bench/reports-export.ts, heap capped at 128 MiB) uploading to the fake Bot
 * API in another (so the server's copy is in neither's memory figure), which
 * counts the rows it received.
 */
async function chatExportRow(name: string, now: Date): Promise<{ row: string; rows: number }> {
  const server = fork(new URL('./telegram-fake-server.ts', import.meta.url));
  const replies: Array<{ kind: string; [key: string]: unknown }> = [];
  const next = async (kind: string) => {
    for (let i = 0; i < 60_000 && !replies.some((r) => r.kind === kind); i++)
      await new Promise((r) => setTimeout(r, 10));
    const at = replies.findIndex((r) => r.kind === kind);
    if (at < 0) throw new Error(`no ${kind} message`);
    return replies.splice(at, 1)[0]!;
  };
  server.on('message', (m) => replies.push(m as (typeof replies)[0]));
  try {
    const ready = (await next('ready')) as unknown as { url: string; token: string };
    server.send({ kind: 'setup', groups: 0, dms: 1 });
    const { dms } = (await next('setup')) as unknown as { dms: number[] };
    const child = fork(
      new URL('./reports-export.ts', import.meta.url),
      [databaseUrl(name), ready.url, ready.token, String(dms[0]), start.toISOString(), now.toISOString()],
      {
        execArgv: [...NPM_START_OPTIONS.split(' '), '--max-old-space-size=128'],
        env: { ...process.env, ...NPM_START_ENV },
      },
    );
    child.on('message', (m) => replies.push(m as (typeof replies)[0]));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const run = (await Promise.race([
      next('done'),
      exited.then((code) => {
        throw new Error(`export process exited with ${code}`);
      }),
    ])) as unknown as {
      before: number;
      startupPeak: number;
      settled: number;
      settleMs: number;
      peak: number;
      peakHeap: number;
      peakExternal: number;
      size: number;
      writeSeconds: number;
      seconds: number;
    };
    await exited;
    server.send({ kind: 'uploads' });
    const { files } = (await next('uploads')) as unknown as { files: Array<{ size: number; rows: number }> };
    const received = files[0]?.size ?? 0;
    if (received !== run.size) throw new Error(`uploaded ${received} of ${run.size} bytes`);
    const mib = (n: number) => (n / 2 ** 20).toFixed(0);
    const rows = (files[0]?.rows ?? 0) - 1;
    return {
      rows,
      row: `| /export csv participation in chat: paged reads → temporary file → Telegram sendDocument (multipart streamed from disk), in a process of its own with a 128 MiB heap cap | ${run.seconds.toFixed(1)} s (file written in ${run.writeSeconds.toFixed(1)} s) | ${rows.toLocaleString('en')} rows, ${mib(run.size)} MiB received by the fake Bot API (another process); the exporting process: RSS ${mib(run.before)} MiB after start-up, ${run.settleMs > 0 ? `at most ${mib(run.startupPeak)} MiB in start-up's tail (Prisma's WebAssembly recompiled), ${mib(run.settled)} MiB ${(run.settleMs / 1000).toFixed(0)} s later` : "exporting at once (start-up's tail not waited for)"}, then **peak ${mib(run.peak)} MiB** while exporting (+${mib(run.peak - run.settled)} MiB); V8 heap at most ${mib(run.peakHeap)} MiB, external buffers at most ${mib(run.peakExternal)} MiB |`,
    };
  } finally {
    server.send({ kind: 'close' });
  }
}
