// The check-ins part of /report and /export (core/report.ts): for every
// check-in that closed in the report's span, how many of the people it was
// for answered. "For" means members who had joined by then, had not left,
// and were not on a break when it closed (like /checkin stats). Many
// check-ins (two years of weekly ones) are added up by month.

import type { JobContext } from '../../core/job-context.ts';
import { mayShowAggregate, smallestGroupFrom } from '../../core/privacy.ts';
import type { ReportRequest, ReportSection } from '../../core/report.ts';
import { bucketOf, dayIn, percent } from '../shared/report-periods.ts';

/** More check-ins than this are shown per month. */
const MAX_POINTS = 26;

interface Point {
  label: string;
  answered: number;
  expected: number;
}

export async function checkinsReport(request: ReportRequest, job: JobContext): Promise<ReportSection[]> {
  const t = (id: string, args?: Record<string, string | number>) => job.t(request.locale, id, args);
  // Counted by the database (one grouped query), not by reading every answer: a two-year
  // cohort of 5,000 has half a million (bench/RESULTS.md).
  const closed = await job.store.reports.checkInRates(request.cohort.id, request);
  if (closed.length === 0) return [];
  const perCheckIn: Point[] = closed.map((c) => ({
    label: dayIn(c.dueAt, request.timezone),
    answered: c.answered,
    expected: c.expected,
  }));
  const points = perCheckIn.length > MAX_POINTS ? byMonth(perCheckIn, closed, request.timezone) : perCheckIn;

  const answered = perCheckIn.reduce((n, p) => n + p.answered, 0);
  const expected = perCheckIn.reduce((n, p) => n + p.expected, 0);
  // A rate over fewer than five people tells a group who did not answer (docs/privacy.md).
  const showable = (p: Point) =>
    request.audience === 'coordinator' || mayShowAggregate(p.expected, request.minAggregate);
  const title = t('report-checkins-title');
  const total = t('report-checkins-total', {
    count: perCheckIn.length,
    answered,
    expected,
    rate: percent(answered, expected),
  });
  const lines = points.map((p) =>
    showable(p)
      ? t('report-checkins-line', {
          date: p.label,
          answered: p.answered,
          expected: p.expected,
          rate: percent(p.answered, p.expected),
        })
      : t('report-checkins-hidden', { date: p.label, k: smallestGroupFrom(request.minAggregate) }),
  );
  const section: ReportSection = {
    id: 'checkins',
    title,
    summary: request.audience === 'group' ? [total, ...lines.slice(-4)] : [total, ...lines],
  };
  if (request.audience === 'group') {
    if (!mayShowAggregate(expected / perCheckIn.length, request.minAggregate))
      section.summary = [t('report-checkins-count', { count: perCheckIn.length })];
    return [section];
  }
  const axis = t(points === perCheckIn ? 'report-axis-checkin' : 'report-axis-month');
  const rateTitle = t('report-axis-rate');
  // The most people one check-in was for: a chart of fewer than the k-threshold is not drawn (reports/small-charts.ts).
  section.chartPeople = Math.max(...perCheckIn.map((p) => p.expected));
  section.chart = {
    title,
    data: {
      values: points.map((p) => ({
        label: p.label,
        rate: percent(p.answered, p.expected),
        answered: p.answered,
        expected: p.expected,
      })),
    },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'label', type: 'ordinal', title: axis, axis: { labelAngle: -45 } },
          y: { field: 'rate', type: 'quantitative', title: rateTitle, scale: { domain: [0, 100] } },
        },
      },
      {
        mark: { type: 'text', dy: -8, fontSize: 11 },
        encoding: {
          x: { field: 'label', type: 'ordinal' },
          y: { field: 'rate', type: 'quantitative' },
          text: { field: 'rate', type: 'quantitative' },
        },
      },
    ],
  };
  section.tables = [
    {
      name: 'checkins-per-occurrence',
      rows: [
        [t('report-axis-checkin'), t('report-col-answered'), t('report-col-expected'), rateTitle],
        ...perCheckIn.map((p) => [p.label, p.answered, p.expected, percent(p.answered, p.expected)]),
      ],
    },
  ];
  return [section];
}

function byMonth(points: Point[], closed: ReadonlyArray<{ dueAt: Date }>, timezone: string): Point[] {
  const months = new Map<string, Point>();
  points.forEach((p, i) => {
    const month = bucketOf(closed[i]!.dueAt, 'month', timezone);
    const into = months.get(month) ?? { label: month, answered: 0, expected: 0 };
    into.answered += p.answered;
    into.expected += p.expected;
    months.set(month, into);
  });
  return [...months.values()];
}
