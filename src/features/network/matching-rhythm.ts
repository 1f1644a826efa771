// Cross-cohort rounds on a rhythm: a network coordinator sets
// `/network round every 2w` (1 to 12 weeks) or `/network round off`. The next
// round's time is a row (Network.meetNextDueAt); its job
// (`network-round-<network>-<time>`, so planning twice is harmless) is planned
// from that row when it is set, after each round, and at every start (the
// feature's `start` hook), so a wiped Redis or a restart loses no round. A
// round runs once: moving the row on from the time it was due is atomic, and
// a job whose time the row no longer holds does nothing. Rounds missed while
// the bot was down are not made up: the next one is in the future. The
// network's coordinators get the summary in private.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import type { JobContext } from '../../core/job-context.ts';
import type { JobData } from '../../core/jobs.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import type { Network } from '../../core/store.ts';
import { formatDateTime } from '../../core/validate.ts';
import { type MeetRoundResult, roundSummary, runMeetRound } from './matching-round.ts';
import { coordinatedNetworks, pickNetwork, typedName } from './networks.ts';

export const MEET_ROUND_JOB = 'network.round';
const WEEK_MS = 7 * 86_400_000;
export const MAX_WEEKS = 12;

export const meetRoundJobId = (networkId: string, dueAt: Date) => `network-round-${networkId}-${dueAt.getTime()}`;

export function planMeetRoundJob(job: JobContext, networkId: string, dueAt: Date): Promise<void> {
  return job.scheduler.schedule({
    id: meetRoundJobId(networkId, dueAt),
    name: MEET_ROUND_JOB,
    data: { networkId, dueAt: dueAt.toISOString() },
    runAt: dueAt,
  });
}

/** At start: every network with a rhythm has the job of its next round. How many were planned. */
export async function planAllMeetRounds(job: JobContext): Promise<number> {
  const networks = await job.store.networks.withMeetRhythm();
  for (const network of networks) await planMeetRoundJob(job, network.id, network.meetNextDueAt!);
  return networks.length;
}

/** "2w", "2" or "2 weeks" → 2; null when unreadable or out of range. */
function parseWeeks(text: string | undefined): number | null {
  const match = /^(\d{1,2})\s*w?$/i.exec(text?.trim() ?? '');
  const weeks = match ? Number(match[1]) : 0;
  return weeks >= 1 && weeks <= MAX_WEEKS ? weeks : null;
}

/** Whether `/network round` was given a rhythm (every …, off) rather than a network's name. */
export function isRhythm(args: ParsedArgs): boolean {
  const word = args.positional[0]?.toLowerCase();
  return word === 'every' || word === 'off';
}

/** /network round every 2w ["Network"] | /network round off ["Network"]: answered privately. */
export async function setRhythm(ctx: Context, args: ParsedArgs): Promise<void> {
  const [first, ...rest] = args.positional;
  const off = first!.toLowerCase() === 'off';
  const weeks = off ? 0 : parseWeeks(rest[0]);
  if (weeks === null) {
    if (rest.length === 0) throw new UsageError('network-round-rhythm-usage');
    throw new UserError('network-round-rhythm-weeks', { max: MAX_WEEKS });
  }
  const name = typedName({ ...args, positional: off ? rest : rest.slice(1) });
  const network = pickNetwork(await coordinatedNetworks(ctx), name);
  const { clock, scheduler } = ctx.services;
  if (network.meetNextDueAt) await scheduler.cancel(meetRoundJobId(network.id, network.meetNextDueAt));
  const next = weeks > 0 ? new Date(clock.now().getTime() + weeks * WEEK_MS) : null;
  await ctx.store.networks.setMeetRhythm(network.id, weeks, next);
  await ctx.audit('network.round.rhythm', { networkId: network.id, everyWeeks: weeks });
  if (next) await planMeetRoundJob(ctx.job, network.id, next);
  await replyPrivately(ctx, () =>
    next
      ? ctx.t('network-round-rhythm-set', {
          name: network.name,
          weeks,
          next: formatDateTime(next, ctx.locale, ctx.cohort?.timezone ?? ctx.services.defaults.timezone),
        })
      : ctx.t('network-round-rhythm-off', { name: network.name }),
  );
}

/** The round is due: move the rhythm on (once), plan the next, run this one, tell the coordinators. */
export async function meetRoundJob(data: JobData, job: JobContext): Promise<void> {
  const network = await job.store.networks.byId(String(data.networkId));
  const dueAt = new Date(String(data.dueAt));
  if (!network || network.meetEveryWeeks <= 0 || network.meetNextDueAt?.getTime() !== dueAt.getTime()) return;
  const every = network.meetEveryWeeks * WEEK_MS;
  let next = dueAt.getTime() + every;
  while (next <= job.clock.now().getTime()) next += every;
  if (!(await job.store.networks.advanceMeetRhythm(network.id, dueAt, new Date(next)))) return;
  await planMeetRoundJob(job, network.id, new Date(next));
  const enough = (await job.store.networks.cohorts(network.id)).length >= 2;
  const result = enough ? await runMeetRound(job, network) : null;
  await tellCoordinators(job, network, result, new Date(next), dueAt);
}

async function tellCoordinators(
  job: JobContext,
  network: Network,
  result: MeetRoundResult | null,
  next: Date,
  dueAt: Date,
): Promise<void> {
  const cohortIds = (await job.store.networks.cohorts(network.id)).map((c) => c.cohortId);
  for (const accountId of await job.store.networks.coordinatorIds(network.id)) {
    const account = await job.store.accounts.byId(accountId);
    if (!account) continue;
    // Their language and time: their own, else those of their cohort in the network.
    const cohort = (await job.store.memberships.forAccount(accountId)).find((m) =>
      cohortIds.includes(m.cohortId),
    )?.cohort;
    const locale = job.localeFor(account, cohort);
    const timezone = account.timezone ?? cohort?.timezone ?? job.services.defaults.timezone;
    const summary = result
      ? roundSummary((id, args) => job.t(locale, id, args), network, result)
      : job.t(locale, 'network-round-rhythm-skipped', { name: network.name });
    const note = job.t(locale, 'network-round-rhythm-note', {
      weeks: network.meetEveryWeeks,
      next: formatDateTime(next, locale, timezone),
    });
    await job.dm(
      account,
      { html: `${summary}\n${note}` },
      `network-round-summary-${network.id}-${dueAt.getTime()}-${accountId}`,
    );
  }
}
