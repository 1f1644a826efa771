// The members part of /report and /export (core/report.ts): how many joined
// and left per week or month, how many were in the cohort at the end of each,
// and who is active, on a break or gone now. The bot keeps a membership's
// join time and its latest change, not every change: someone who left is
// counted as leaving at their membership's last update (docs/reports.md).

import type { JobContext } from '../../core/job-context.ts';
import { mayShowAggregate } from '../../core/privacy.ts';
import type { ReportRequest, ReportSection } from '../../core/report.ts';
import { bucketsBetween, dayIn, periodOf } from '../shared/report-periods.ts';

export async function membersReport(request: ReportRequest, job: JobContext): Promise<ReportSection[]> {
  const t = (id: string, args?: Record<string, string | number>) => job.t(request.locale, id, args);
  const period = periodOf(request);
  // Counted by the database per period (a few dozen rows), not from the member list: a cohort of
  // 5,000 took ~0.9 s to list (bench/RESULTS.md).
  const counts = await job.store.reports.membersOverTime(request.cohort.id, request, period, request.timezone);
  const now = counts.now;
  if (now.active + now.paused + now.left === 0) return [];

  const buckets = bucketsBetween(request, period);
  const rows = buckets.map((bucket) => ({ bucket, joined: 0, left: 0, members: 0 }));
  const index = new Map(rows.map((row, i) => [row.bucket, i]));
  for (const { bucket, count } of counts.joined) {
    const at = index.get(bucket);
    if (at !== undefined) rows[at]!.joined += count;
  }
  for (const { bucket, count } of counts.left) {
    const at = index.get(bucket);
    if (at !== undefined) rows[at]!.left += count;
  }
  let members = counts.before;
  for (const row of rows) {
    members += row.joined - row.left;
    row.members = members;
  }

  const joined = rows.reduce((n, r) => n + r.joined, 0);
  const left = rows.reduce((n, r) => n + r.left, 0);
  const since = dayIn(request.since, request.timezone);
  // A group hears counts of five or more only (docs/privacy.md): "2 left" would point at people.
  const shown = (n: number): string | number =>
    request.audience === 'coordinator' || mayShowAggregate(n, request.minAggregate) ? n : t('report-few');

  const title = t('report-members-title');
  const series = {
    joined: t('report-series-joined'),
    left: t('report-series-left'),
    members: t('report-series-members'),
  };
  const section: ReportSection = {
    id: 'members',
    title,
    summary: [
      t('report-members-now', { active: shown(now.active), paused: shown(now.paused), left: shown(now.left) }),
      t('report-members-period', { since, joined: shown(joined), left: shown(left) }),
    ],
  };
  if (request.audience === 'group') return [section];

  const axis = t(period === 'month' ? 'report-axis-month' : 'report-axis-week');
  // The most people in the cohort at once: a chart of fewer than the k-threshold is not drawn (reports/small-charts.ts).
  section.chartPeople = Math.max(counts.before, ...rows.map((r) => r.members));
  section.chart = {
    title,
    data: {
      values: rows.flatMap((r) => [
        { period: r.bucket, series: series.members, count: r.members },
        { period: r.bucket, series: series.joined, count: r.joined },
        { period: r.bucket, series: series.left, count: r.left },
      ]),
    },
    mark: { type: 'line', point: true, strokeWidth: 2 },
    encoding: {
      x: { field: 'period', type: 'ordinal', title: axis, axis: { labelAngle: -45 } },
      y: { field: 'count', type: 'quantitative', title: t('report-axis-people'), axis: { tickMinStep: 1 } },
      // Colour and dash on the same field share one legend: told apart without colour too.
      color: {
        field: 'series',
        type: 'nominal',
        title: null,
        sort: [series.members, series.joined, series.left],
        legend: { symbolType: 'stroke', symbolStrokeWidth: 3, symbolSize: 400 },
      },
      strokeDash: { field: 'series', type: 'nominal', title: null, sort: [series.members, series.joined, series.left] },
    },
  };
  section.tables = [
    {
      name: 'members-over-time',
      rows: [
        [axis, series.joined, series.left, series.members],
        ...rows.map((r) => [r.bucket, r.joined, r.left, r.members]),
      ],
    },
    {
      name: 'members-now',
      rows: [
        [t('report-col-status'), t('report-col-people')],
        [t('status-name', { status: 'active' }), now.active],
        [t('status-name', { status: 'paused' }), now.paused],
        [t('status-name', { status: 'left' }), now.left],
      ],
    },
  ];
  return [section];
}
