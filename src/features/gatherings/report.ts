// The gatherings part of /report and /export (core/report.ts): per gathering
// in the period, answers vs attendance and commitments by status. Counts only;
// for a group, a gathering with fewer than 5 people answering is left out
// (core/privacy.ts mayShowAggregate), so no small group is singled out.

import type { JobContext } from '../../core/job-context.ts';
import { mayShowAggregate } from '../../core/privacy.ts';
import type { ReportRequest, ReportSection } from '../../core/report.ts';
import { countsOf } from './card.ts';
import { commitmentCounts } from './summary.ts';

export async function reportSections(request: ReportRequest, job: JobContext): Promise<ReportSection[]> {
  if (request.only && !request.only.includes('gatherings')) return [];
  const t = (id: string, args?: Record<string, string | number>) => job.t(request.locale, id, args);
  const gatherings = (await job.store.gatherings.inRange(request.cohort.id, request.since, request.until)).filter(
    (g) => g.status === 'scheduled',
  );
  const header = [
    'gathering',
    'title',
    'going',
    'maybe',
    'no',
    'waitlist',
    'present',
    'commitments',
    'done',
    'partly',
    'not-yet',
    'let-go',
    'open',
  ];
  const rows: Array<Array<string | number>> = [header];
  const summary: string[] = [];
  const chartData: Array<Record<string, string | number>> = [];
  for (const g of gatherings) {
    const rsvps = await job.store.gatherings.rsvps(g.id);
    if (request.audience === 'group' && !mayShowAggregate(rsvps.length, request.minAggregate)) continue;
    const counts = countsOf(rsvps);
    const commitments = commitmentCounts(await job.store.gatherings.commitmentsOf(g.id));
    const total = Object.values(commitments).reduce((a, b) => a + b, 0);
    rows.push([
      g.number,
      g.title,
      counts.going,
      counts.maybe,
      counts.no,
      counts.waitlist,
      counts.present,
      total,
      commitments.done,
      commitments.partly,
      commitments['not-yet'],
      commitments['let-go'],
      commitments.open,
    ]);
    summary.push(
      // Every commitment in one of the counts: those let go too (the parts add up to the total).
      t('report-gathering-line-let-go', {
        number: g.number,
        title: g.title,
        going: counts.going,
        present: counts.present,
        commitments: total,
        done: commitments.done,
        partly: commitments.partly,
        letgo: commitments['let-go'],
        open: commitments.open + commitments['not-yet'],
      }),
    );
    chartData.push({ gathering: `#${g.number}`, measure: t('report-gathering-going'), count: counts.going });
    chartData.push({ gathering: `#${g.number}`, measure: t('report-gathering-present'), count: counts.present });
  }
  if (summary.length === 0) return [];
  return [
    {
      id: 'gatherings',
      title: t('report-gatherings-title'),
      summary,
      chart: {
        $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
        title: t('report-gatherings-title'),
        data: { values: chartData },
        mark: 'bar',
        encoding: {
          x: { field: 'gathering', type: 'nominal', title: t('report-gathering-axis') },
          xOffset: { field: 'measure' },
          y: { field: 'count', type: 'quantitative', title: t('report-gathering-count') },
          color: { field: 'measure', type: 'nominal', title: null },
        },
      },
      tables: [{ name: 'gatherings', rows }],
    },
  ];
}
