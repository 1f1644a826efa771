// /network report: the network's cohorts side by side, privately to a network
// coordinator: each cohort's size, how many of its members were active, its
// check-in response, its gatherings and how many commitments made there were
// done, its mentorships (running, asked, accepted; declines stay with the cohort's own coordinators), over the last 30
// days, with a chart. A network coordinator need not
// coordinate each cohort, so a cohort shows only when at least its threshold
// (never under MIN_AGGREGATE, core/privacy.ts) of people stand behind it, and
// its numbers are those its own group may see (overview.ts).

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import type { ReportSection } from '../../core/report.ts';
import type { Network } from '../../core/store.ts';
import { sendCharts } from '../shared/report-output/send.ts';
import { percent } from '../shared/report-periods.ts';
import { coordinatedNetworks, pickNetwork, typedName } from './networks.ts';
import { type CohortOverview, networkOverview } from './overview.ts';

export { type CohortFigures, cohortFigures } from './figures.ts';

/** The network a report or export is about, with at least two cohorts to compare. */
export async function comparableNetwork(ctx: Context, name: string | undefined): Promise<Network> {
  const network = pickNetwork(await coordinatedNetworks(ctx), name);
  if ((await ctx.store.networks.cohorts(network.id)).length < 2)
    throw new UserError('network-report-error-one', { name: network.name });
  return network;
}

/** One line per cohort (three when it is shown: its members, its gatherings and follow-ups, its mentorships). */
export function cohortLines(ctx: Context, overview: CohortOverview[]): string[] {
  return overview.flatMap((f) =>
    f.shown
      ? [
          ctx.t('network-report-line', {
            cohort: f.cohort.name,
            members: f.members,
            active: f.active,
            rate: percent(f.answered, f.expected),
            checkins: f.expected > 0 ? 'yes' : 'no',
          }),
          ctx.t('network-report-gatherings', {
            gatherings: f.gatherings,
            commitments: f.commitments,
            done: f.done,
            partly: f.partly,
            rate: percent(f.done, f.commitments),
          }),
          ctx.t('network-report-mentorships', { ...f.mentorships }),
        ]
      : [ctx.t('network-report-line-small', { cohort: f.cohort.name })],
  );
}

/** Check-in response and follow-ups done, per cohort shown, as grouped bars (percentages). */
export function comparisonSection(ctx: Context, network: Network, overview: CohortOverview[]): ReportSection | null {
  const response = ctx.t('network-report-axis-response');
  const followUps = ctx.t('network-report-axis-followups');
  const values: Array<Record<string, string | number>> = [];
  for (const f of overview.filter((o) => o.shown)) {
    if (f.expected > 0)
      values.push({ cohort: f.cohort.name, measure: response, percent: percent(f.answered, f.expected) });
    if (f.commitments > 0)
      values.push({ cohort: f.cohort.name, measure: followUps, percent: percent(f.done, f.commitments) });
  }
  if (values.length === 0) return null;
  const title = ctx.t('network-report-chart-title', { name: network.name });
  return {
    id: 'network',
    title,
    summary: values.map((v) => `${v.cohort} · ${v.measure}: ${v.percent}%`),
    chart: {
      $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
      title,
      data: { values },
      mark: 'bar',
      encoding: {
        x: { field: 'cohort', type: 'nominal', title: null, sort: null },
        xOffset: { field: 'measure' },
        y: { field: 'percent', type: 'quantitative', title: '%', scale: { domain: [0, 100] } },
        color: { field: 'measure', type: 'nominal', title: null },
      },
    },
  };
}

export async function report(ctx: Context, args: ParsedArgs): Promise<void> {
  const network = await comparableNetwork(ctx, typedName(args));
  await ctx.audit('network.report', { networkId: network.id });
  await replyPrivately(ctx, async () => {
    const overview = await networkOverview(ctx, network);
    const chart = comparisonSection(ctx, network, overview);
    const pictures = chart ? await sendCharts(ctx, [chart], ctx.locale) : true;
    return [
      ctx.t('network-report-title', { name: network.name, count: overview.length }),
      ...cohortLines(ctx, overview),
      ...(pictures ? [] : ['', ctx.t('report-no-images')]),
    ].join('\n');
  });
}
