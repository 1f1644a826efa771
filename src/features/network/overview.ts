// The numbers behind /network report and /network export: per cohort of the
// network, its own report sections (core/report.ts, every feature's part) as
// its group may see them (audience "group": counts of at least the cohort's
// threshold, no names), since a network coordinator need not coordinate each
// cohort. From those sections come the gatherings and follow-up completion;
// size, activity and check-in response are counted here (report.ts).

import type { Context } from '../../core/context.ts';
import { mayShowAggregate, smallestGroupOf } from '../../core/privacy.ts';
import type { ReportSection, ReportTable } from '../../core/report.ts';
import type { Cohort, Network } from '../../core/store.ts';
import type { CohortFigures } from './figures.ts';
import { networkFigures } from './report-figures.ts';

export const SPAN_MS = 30 * 86_400_000;

export interface CohortOverview extends CohortFigures {
  /** Whether the cohort is big enough to be shown at all (its threshold, at least MIN_AGGREGATE). */
  shown: boolean;
  /** Gatherings in the span whose numbers the cohort's group may see. */
  gatherings: number;
  /** Commitments made at those gatherings, and how many were done or partly done. */
  commitments: number;
  done: number;
  partly: number;
  /** The cohort's own report sections, as its group may see them (empty when not shown). */
  sections: ReportSection[];
}

/** A column of a table by its header (the tables are the cohorts' exports, docs/reports.md). */
function column(table: ReportTable | undefined, name: string): number {
  if (!table) return 0;
  const index = table.rows[0]?.indexOf(name) ?? -1;
  if (index < 0) return 0;
  return table.rows.slice(1).reduce((sum, row) => sum + (Number(row[index]) || 0), 0);
}

async function cohortOverview(ctx: Context, figures: CohortFigures, since: Date, until: Date): Promise<CohortOverview> {
  const { cohort } = figures;
  const minAggregate = smallestGroupOf(cohort);
  const shown = mayShowAggregate(figures.members, minAggregate);
  const sections = shown
    ? await ctx.everyFeature.report({
        cohort,
        since,
        until,
        locale: ctx.locale,
        timezone: ctx.timezone,
        audience: 'group',
        minAggregate,
      })
    : [];
  const gatherings = sections.find((s) => s.id === 'gatherings')?.tables?.find((t) => t.name === 'gatherings');
  return {
    ...figures,
    shown,
    gatherings: gatherings ? gatherings.rows.length - 1 : 0,
    commitments: column(gatherings, 'commitments'),
    done: column(gatherings, 'done'),
    partly: column(gatherings, 'partly'),
    sections,
  };
}

/** Every cohort still in the network, in the order they joined. */
export async function networkOverview(ctx: Context, network: Network): Promise<CohortOverview[]> {
  const until = ctx.services.clock.now();
  const since = new Date(until.getTime() - SPAN_MS);
  const links = await ctx.store.networks.cohorts(network.id);
  const byId = new Map((await ctx.store.networkOverview.cohorts(links.map((l) => l.cohortId))).map((c) => [c.id, c]));
  const cohorts = links.map((l) => byId.get(l.cohortId)).filter((c): c is Cohort => c !== undefined);
  // Size, activity and check-in response of all cohorts in a few reads (report-figures.ts,
  // the same numbers as cohortFigures per cohort); each shown cohort's own sections after.
  const out: CohortOverview[] = [];
  for (const figures of await networkFigures(ctx.store, cohorts, since))
    out.push(await cohortOverview(ctx, figures, since, until));
  return out;
}
