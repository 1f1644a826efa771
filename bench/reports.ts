// `node bench/reports.ts`: /report's work for a big cohort, without the
// database: 5,000 members over two years, 104 weekly check-ins answered by
// about half of them, 600 mentorships and 52 peer rounds, held in memory. It
// times the features' report parts (the numbers, aggregated by month), the
// chart rendering (Vega-Lite -> SVG -> PNG with resvg) and the exports, in
// English and in Arabic. The database reads of a real /report are not in it.

import { loadTranslator } from '../src/core/i18n.ts';
import type { JobContext } from '../src/core/job-context.ts';
import type { ReportRequest, ReportSection } from '../src/core/report.ts';
import type { CheckIn, CheckInAnswer, Cohort, MemberWithAccount, Mentorship, PeerRound } from '../src/core/store.ts';
import { checkinsReport } from '../src/features/checkins/report.ts';
import { membersReport } from '../src/features/members/report.ts';
import { pairingReport } from '../src/features/pairing/report.ts';
import { renderCharts } from '../src/features/reports/charts.ts';
import { csvFiles, wikitextFile } from '../src/features/reports/export-files.ts';
import { LOCALES_DIR } from '../src/local.ts';
import { machine } from './common.ts';

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

const cohort = { id: 'c1', name: 'Bench', timezone: 'UTC', locale: 'en', createdAt: start } as Cohort;
const members = Array.from({ length: MEMBERS }, (_, i) => {
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
    memberships: { list: async () => members },
    checkins: {
      recentOccurrences: async () => [...occurrences].reverse(),
      answers: async (id: string) => answers.get(id) ?? [],
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
await once('en'); // warm-up: module loading and font parsing are not per report
const rows: string[] = [];
for (const locale of ['en', 'ar']) {
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
console.log(`Machine: ${machine()}\n`);
console.log('| benchmark | time | detail |\n| --- | --- | --- |');
for (const row of rows) console.log(row);
