// `node bench/network.ts` (and a part of `npm run bench`): a network of 500
// cohorts and 50,000 members in PostgreSQL, seeded with set-based SQL.
//
//   round     a cross-cohort round for 10,000 opted-in members: read them,
//             plan (the peer-round engine in blocks), store the round, and
//             queue an introduction to each (in memory: the send queue's own
//             cost is the "send" row of bench/run.ts); then a second round,
//             whose history is the first. Time and peak RSS.
//   digest    the weekly digest of 2,000 shared items from 500 cohorts,
//             assembled and handed to the outbox.
//   overview  /network report's figures for the 500 cohorts (4 check-ins each
//             in the last 30 days, about half answered).
//
// BENCH_NETWORK_COHORTS / BENCH_NETWORK_MEMBERS / BENCH_NETWORK_OPTED scale it down.

import { loadavg } from 'node:os';
import pg from 'pg';
import { FakeAdapter } from '../adapters/fake/adapter.ts';
import { loadTranslator } from '../src/core/i18n.ts';
import { JobContext } from '../src/core/job-context.ts';
import type { OutboxEntry } from '../src/core/jobs.ts';
import type { BotServices } from '../src/core/services.ts';
import type { Store } from '../src/core/store.ts';
import { noTelemetry } from '../src/core/telemetry.ts';
import { runDigest } from '../src/features/network/digest.ts';
import { runMeetRound } from '../src/features/network/matching-round.ts';
import { cohortFigures } from '../src/features/network/report.ts';
import { networkFigures } from '../src/features/network/report-figures.ts';
import { LOCALES_DIR } from '../src/local.ts';
import { databaseUrl, log, machine, withDatabase } from './common.ts';

const COHORTS = Number(process.env.BENCH_NETWORK_COHORTS ?? 500);
const MEMBERS = Number(process.env.BENCH_NETWORK_MEMBERS ?? 50_000);
const OPTED = Number(process.env.BENCH_NETWORK_OPTED ?? 10_000);
const SHARES = 2000;
const DAY = 86_400_000;
const now = new Date('2027-03-01T09:00:00Z');

/** Seed the network with set-based SQL (the bot's own writes would take many minutes). */
async function seed(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(name) });
  await client.connect();
  try {
    const q = (sql: string, values: unknown[] = []) => client.query(sql, values);
    await q(
      `INSERT INTO "Chat" (id, platform, "platformChatId", kind, title, "updatedAt")
       SELECT 'chat' || c, 'fake', 'g' || c, 'group', 'Group ' || c, now() FROM generate_series(0, $1 - 1) c`,
      [COHORTS],
    );
    await q(`INSERT INTO "Chat" (id, platform, "platformChatId", kind, title, "updatedAt")
      VALUES ('hub', 'fake', 'hub', 'group', 'Hub', now())`);
    // Languages: most English, then French, Spanish, Swahili; eight themes.
    await q(
      `INSERT INTO "Cohort" (id, "chatId", "liveSlot", name, languages, themes, timezone, locale, "joinCode", "createdAt", "updatedAt")
       SELECT 'c' || c, 'chat' || c, 'chat' || c || '/', 'Cohort ' || c,
              ARRAY[(ARRAY['en','en','en','en','en','en','fr','fr','es','sw'])[c % 10 + 1]],
              ARRAY[(ARRAY['editing','photos','history','women','code','education','health','maps'])[c % 8 + 1]],
              'UTC', (ARRAY['en','en','en','en','en','en','fr','fr','es','sw'])[c % 10 + 1], 'join' || c,
              $2::timestamptz - interval '400 days', now()
       FROM generate_series(0, $1 - 1) c`,
      [COHORTS, now],
    );
    await q(
      `INSERT INTO "Account" (id, platform, "platformUserId", "displayName", username, "updatedAt")
       SELECT 'a' || i, 'fake', 'u' || i, 'Member ' || i, 'user' || i, now() FROM generate_series(0, $1 - 1) i`,
      [MEMBERS],
    );
    // Members spread evenly; one in three also speaks English; one in four names a topic of their own.
    await q(
      `INSERT INTO "Membership" (id, "cohortId", "accountId", role, status, languages, topics, "joinedAt", "updatedAt")
       SELECT 'm' || i, 'c' || (i % $2), 'a' || i, CASE WHEN i < $2 THEN 'coordinator' ELSE 'member' END, 'active',
              CASE WHEN i % 3 = 0 THEN ARRAY[(ARRAY['en','en','en','en','en','en','fr','fr','es','sw'])[(i % $2) % 10 + 1], 'en']
                   ELSE '{}'::text[] END,
              CASE WHEN i % 4 = 0 THEN ARRAY[(ARRAY['editing','photos','history','women','code','education','health','maps'])[i % 8 + 1]]
                   ELSE '{}'::text[] END,
              $3::timestamptz - interval '300 days', now()
       FROM generate_series(0, $1 - 1) i`,
      [MEMBERS, COHORTS, now],
    );
    await q(
      `INSERT INTO "Network" (id, name, "hubChatId", "lastDigestAt", "createdAt", "updatedAt")
      VALUES ('n1', 'Bench network', 'hub', $1, $1, now())`,
      [new Date(now.getTime() - 8 * DAY)],
    );
    await q(`INSERT INTO "NetworkCoordinator" ("networkId", "accountId") VALUES ('n1', 'a0')`);
    await q(
      `INSERT INTO "NetworkCohort" ("networkId", "cohortId") SELECT 'n1', 'c' || c FROM generate_series(0, $1 - 1) c`,
      [COHORTS],
    );
    // Every fifth member opted in (spread over every cohort).
    await q(
      `INSERT INTO "NetworkMeetOptIn" ("networkId", "membershipId", "createdAt")
       SELECT 'n1', 'm' || i, $2::timestamptz - interval '1 day' * (i % 30)
       FROM generate_series(0, $1 - 1) i WHERE i % ($1 / $3) = 0`,
      [MEMBERS, now, OPTED],
    );
    await q(
      `INSERT INTO "NetworkShare" (id, "networkId", "membershipId", "cohortId", "sourceKind", "sourceId", text, locale, "withName", status, "createdAt")
       SELECT 's' || i, 'n1', 'm' || (i * 25 % $2), 'c' || ((i * 25 % $2) % $3), 'reflection', 'r' || i,
              'What we learned about ' || (ARRAY['sources','photos','outreach','templates'])[i % 4 + 1] || ' in week ' || i,
              (ARRAY['en','en','en','en','en','en','fr','fr','es','sw'])[((i * 25 % $2) % $3) % 10 + 1], i % 2 = 0,
              'approved', $4::timestamptz - interval '1 hour' * i
       FROM generate_series(0, $1 - 1) i`,
      [SHARES, MEMBERS, COHORTS, now],
    );
    // Four weekly check-ins per cohort in the last 30 days, about half answered.
    await q(
      `INSERT INTO "CheckInSchedule" (id, "cohortId", number, pattern, questions, "windowMinutes", "updatedAt")
       SELECT 's' || c, 'c' || c, 1, 'weekly mon 09:00', '{}', 1440, now() FROM generate_series(0, $1 - 1) c`,
      [COHORTS],
    );
    await q(
      `INSERT INTO "CheckIn" (id, "scheduleId", "cohortId", "dueAt", "closesAt", state, questions)
       SELECT 'k' || c || '-' || w, 's' || c, 'c' || c, $2::timestamptz - (w * 7 + 2) * interval '1 day',
              $2::timestamptz - (w * 7 + 1) * interval '1 day', 'closed', '{}'
       FROM generate_series(0, $1 - 1) c, generate_series(0, 3) w`,
      [COHORTS, now],
    );
    await q(
      `INSERT INTO "CheckInAnswer" (id, "checkInId", "membershipId", answers, "updatedAt")
       SELECT k.id || m.id, k.id, m.id, '["x"]'::jsonb, now()
       FROM "CheckIn" k JOIN "Membership" m ON m."cohortId" = k."cohortId"
       WHERE hashtext(k.id || m.id) % 2 = 0`,
    );
    await q('ANALYZE');
  } finally {
    await client.end();
  }
}

/** Peak RSS while `work` runs, sampled every 20 ms. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakMiB: number }> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - t0, peakMiB: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
  } finally {
    clearInterval(sampler);
  }
}

export async function networkRows(): Promise<string[]> {
  const name = `cohort_bench_network_${process.pid}`;
  return withDatabase(name, async (store: Store) => {
    const t0 = performance.now();
    await seed(name);
    const seeded = ((performance.now() - t0) / 1000).toFixed(0);
    const queued: OutboxEntry[] = [];
    const adapter = new FakeAdapter({ capabilities: { dmWithoutContact: true } });
    const services = {
      store,
      clock: { now: () => now },
      i18n: loadTranslator(LOCALES_DIR),
      log,
      telemetry: noTelemetry,
      defaults: { locale: 'en', timezone: 'UTC' },
      outbox: { enqueue: async (entry: OutboxEntry) => void queued.push(entry) },
      adapterFor: () => adapter,
      scheduler: { schedule: async () => {}, cancel: async () => {} },
    } as unknown as BotServices;
    const job = new JobContext({ services });
    const network = (await store.networks.byId('n1'))!;
    const rows: string[] = [];
    const load = () => loadavg()[0]!.toFixed(1);

    const read = await measured(() => store.networkMeet.participants('n1'));
    rows.push(
      `| network round: reading the ${read.result.length.toLocaleString('en')} opted-in members (accounts, cohorts) | ${(read.ms / 1000).toFixed(2)} s | one query |`,
    );
    for (const run of [1, 2]) {
      queued.length = 0;
      const loadBefore = load();
      const round = await measured(() => runMeetRound(job, network));
      const r = round.result!;
      rows.push(
        `| network round ${run} (${OPTED.toLocaleString('en')} opted in of ${MEMBERS.toLocaleString('en')}, ${COHORTS} cohorts${run === 2 ? '; history: round 1' : ''}) | ${(round.ms / 1000).toFixed(1)} s | ${r.round.groups.length} groups; same-cohort groups ${r.sameCohort}; unplaced ${r.unplaced}; ${queued.length} introductions queued; read ${r.timings.read} ms, plan ${r.timings.plan} ms, store ${r.timings.store} ms, introductions ${r.timings.introduce} ms; peak RSS ${round.peakMiB.toFixed(0)} MiB; load ${loadBefore} → ${load()} |`,
      );
    }

    queued.length = 0;
    const loadBefore = load();
    const digest = await measured(() => runDigest({ networkId: 'n1' }, job));
    const text = queued[0]?.message.html ?? '';
    rows.push(
      `| weekly digest (${SHARES.toLocaleString('en')} shared items of ${COHORTS} cohorts) | ${(digest.ms / 1000).toFixed(2)} s | ${queued.length} message, ${(text.length / 1024).toFixed(0)} KiB of text; peak RSS ${digest.peakMiB.toFixed(0)} MiB; load ${loadBefore} → ${load()} |`,
    );

    const ctx = { store } as unknown as Parameters<typeof cohortFigures>[0];
    const since = new Date(now.getTime() - 30 * DAY);
    const links = await store.networks.cohorts('n1');
    // As /network report: the cohorts, then their figures in three reads (report-figures.ts).
    const loadOverview = load();
    const overview = await measured(async () => {
      const cohorts = await store.networkOverview.cohorts(links.map((l) => l.cohortId));
      return networkFigures(store, cohorts, since);
    });
    // The figures are those of the per-cohort reads (first 25 cohorts), which are also timed.
    const sample = overview.result.slice(0, 25);
    const t1 = performance.now();
    const one = [];
    for (const f of sample) one.push(await cohortFigures(ctx, f.cohort, since));
    const perCohortMs = (performance.now() - t1) / sample.length;
    const same =
      JSON.stringify(one.map(({ cohort, ...rest }) => rest)) ===
      JSON.stringify(sample.map(({ cohort, ...rest }) => rest));
    rows.push(
      `| /network report overview (${COHORTS} cohorts, ${MEMBERS.toLocaleString('en')} members, 4 check-ins each) | ${(overview.ms / 1000).toFixed(2)} s | figures of ${overview.result.reduce((s, f) => s + f.members, 0).toLocaleString('en')} members in 4 reads; the per-cohort reads took ${perCohortMs.toFixed(0)} ms a cohort (≈ ${((perCohortMs * COHORTS) / 1000).toFixed(0)} s for all), same figures: ${same ? 'yes' : 'NO'}; seeded in ${seeded} s; load ${loadOverview} → ${load()} |`,
    );
    return rows;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Machine: ${machine()}\n`);
  console.log('| benchmark | time | detail |\n| --- | --- | --- |');
  for (const row of await networkRows()) console.log(row);
  process.exit(0);
}
