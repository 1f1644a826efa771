// /network report: the network's cohorts side by side, privately to a network
// coordinator: each cohort's size, how many of its members were active and its
// check-in response over the last 30 days. A network coordinator need not
// coordinate each cohort, so a cohort's rates show only when at least
// MIN_AGGREGATE people stand behind them (core/privacy.ts), as in a group.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { mayShowAggregate } from '../../core/privacy.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import type { Cohort } from '../../core/store.ts';
import { percent } from '../shared/report-periods.ts';
import { coordinatedNetworks, pickNetwork, typedName } from './networks.ts';
import { networkFigures } from './report-figures.ts';

const SPAN_MS = 30 * 86_400_000;
const OCCURRENCES = 20;

export interface CohortFigures {
  cohort: Cohort;
  members: number;
  /** Members who answered at least one check-in in the span. */
  active: number;
  answered: number;
  expected: number;
}

export async function cohortFigures(ctx: Context, cohort: Cohort, since: Date): Promise<CohortFigures> {
  const members = await ctx.store.memberships.list(cohort.id, { status: ['active', 'paused'] });
  const ids = new Set(members.map((m) => m.id));
  const active = new Set<string>();
  let answered = 0;
  let expected = 0;
  for (const checkIn of await ctx.store.checkins.recentOccurrences(cohort.id, OCCURRENCES)) {
    if (checkIn.state !== 'closed' || checkIn.dueAt < since) continue;
    const excused = new Set(checkIn.excused);
    const due = members.filter((m) => m.joinedAt <= checkIn.dueAt && !excused.has(m.id));
    const answers = (await ctx.store.checkins.answers(checkIn.id)).filter(
      (a) => ids.has(a.membershipId) && a.answers.some((x) => x),
    );
    for (const a of answers) active.add(a.membershipId);
    answered += answers.filter((a) => due.some((m) => m.id === a.membershipId)).length;
    expected += due.length;
  }
  return { cohort, members: members.length, active: active.size, answered, expected };
}

export async function report(ctx: Context, args: ParsedArgs): Promise<void> {
  const network = pickNetwork(await coordinatedNetworks(ctx), typedName(args));
  const links = await ctx.store.networks.cohorts(network.id);
  if (links.length < 2) throw new UserError('network-report-error-one', { name: network.name });
  const since = new Date(ctx.services.clock.now().getTime() - SPAN_MS);
  // In the network's order (oldest member first).
  const byId = new Map((await ctx.store.networkOverview.cohorts(links.map((l) => l.cohortId))).map((c) => [c.id, c]));
  const cohorts = links.map((l) => byId.get(l.cohortId)).filter((c): c is Cohort => c !== undefined);
  // All cohorts at once (report-figures.ts): the same numbers as cohortFigures.
  const figures = await networkFigures(ctx.store, cohorts, since);
  await replyPrivately(ctx, () =>
    [
      ctx.t('network-report-title', { name: network.name, count: figures.length }),
      ...figures.map((f) =>
        mayShowAggregate(f.members)
          ? ctx.t('network-report-line', {
              cohort: f.cohort.name,
              members: f.members,
              active: f.active,
              rate: percent(f.answered, f.expected),
              checkins: f.expected > 0 ? 'yes' : 'no',
            })
          : ctx.t('network-report-line-small', { cohort: f.cohort.name }),
      ),
    ].join('\n'),
  );
}
