// Cross-cohort peer matching (docs/network.md): members opt in to meet someone
// from another cohort of a network (/network meet on|off, or the buttons of
// /network meet), and a network coordinator starts a round (/network round).
// The round is the peer-round engine (features/shared/matching) with each
// person's cohort as their team: two people of one cohort meet only when
// nobody else fits. Answers go privately; nothing about who opted in or who
// met whom goes to any group.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import type { ActionToken, Cohort, Membership, Network } from '../../core/store.ts';
import { isRhythm, setRhythm } from './matching-rhythm.ts';
import { roundSummary, runMeetRound } from './matching-round.ts';
import { coordinatedNetworks, pickNetwork, typedName } from './networks.ts';

export const MEET_ACTION = 'network.meet';

/** One (membership, network) place the caller can opt in or out of. */
interface MeetPlace {
  membership: Membership;
  cohort: Cohort;
  network: Network;
}

/**
 * Where the caller may opt in: in a cohort's group, their membership there and
 * its networks; in private, every live membership of theirs whose cohort is in
 * a network. `name` narrows to one network.
 */
async function placesOf(ctx: Context, cohortId: string | null, name: string | undefined): Promise<MeetPlace[]> {
  const memberships = (await ctx.store.memberships.forAccount(ctx.account.id)).filter(
    (m) => m.status !== 'left' && m.cohort.status !== 'archived' && (!cohortId || m.cohortId === cohortId),
  );
  const places: MeetPlace[] = [];
  for (const membership of memberships) {
    for (const { network } of await ctx.store.networks.ofCohort(membership.cohortId)) {
      places.push({ membership, cohort: membership.cohort, network });
    }
  }
  if (name === undefined) return places;
  const wanted = name.toLocaleLowerCase();
  const named = places.filter((p) => p.network.name.toLocaleLowerCase() === wanted);
  if (named.length === 0) {
    const names = [...new Set(places.map((p) => `“${p.network.name}”`))].join(', ') || '—';
    throw new UserError('network-error-unknown-name', { name, names });
  }
  return named;
}

/** The scope of a /network meet typed here: the group's cohort, or (in private) all. */
async function scopeOf(ctx: Context): Promise<string | null> {
  if (!ctx.isGroup) return null;
  if (!ctx.cohort) throw new UserError('error-no-cohort-here');
  if (!ctx.membership || ctx.membership.status === 'left') throw new UserError('error-not-member');
  return ctx.cohort.id;
}

async function statusLines(ctx: Context, places: MeetPlace[]): Promise<string[]> {
  const optIns = await ctx.store.networkMeet.optInsOf(places.map((p) => p.membership.id));
  const on = new Set(optIns.map((o) => `${o.networkId} ${o.membershipId}`));
  return places.map((p) =>
    ctx.t('network-meet-status-line', {
      network: p.network.name,
      cohort: p.cohort.name,
      state: on.has(`${p.network.id} ${p.membership.id}`) ? 'on' : 'off',
    }),
  );
}

async function setMeet(ctx: Context, places: MeetPlace[], on: boolean): Promise<string> {
  const now = ctx.services.clock.now();
  const names: string[] = [];
  for (const p of places) {
    if (on && p.membership.status === 'paused') continue;
    const changed = on
      ? await ctx.store.networkMeet.optIn(p.network.id, p.membership.id, now)
      : await ctx.store.networkMeet.optOut(p.network.id, p.membership.id);
    if (changed || on) names.push(`“${p.network.name}”`);
  }
  const list = [...new Set(names)].join(', ');
  if (on) return list ? ctx.t('network-meet-on', { networks: list }) : ctx.t('network-meet-error-paused');
  return list ? ctx.t('network-meet-off', { networks: list }) : ctx.t('network-meet-off-already');
}

/** /network meet [on|off] ["Network"]: the answer always goes privately. */
export async function meet(ctx: Context, args: ParsedArgs): Promise<void> {
  const [first, ...rest] = args.positional;
  const word = first?.toLowerCase();
  const switched = word === 'on' || word === 'off';
  const name = typedName({ ...args, positional: switched ? rest : args.positional });
  const cohortId = await scopeOf(ctx);
  const places = await placesOf(ctx, cohortId, name);
  if (places.length === 0) throw new UserError('network-meet-error-no-network');
  if (switched) {
    const answer = await setMeet(ctx, places, word === 'on');
    await ctx.audit('network.meet', { on: word === 'on', networks: places.map((p) => p.network.id) });
    await replyPrivately(ctx, () => answer);
    return;
  }
  await replyPrivately(ctx, async () => ({
    html: [
      ctx.t('network-meet-status-title'),
      ...(await statusLines(ctx, places)),
      '',
      ctx.t('network-meet-explain'),
    ].join('\n'),
    buttons: [
      await ctx.choices(
        MEET_ACTION,
        [
          { label: ctx.t('network-meet-button-on'), choice: 'on' },
          { label: ctx.t('network-meet-button-off'), choice: 'off' },
        ],
        { payload: { cohortId, network: name ?? null } },
      ),
    ],
  }));
}

/** The buttons of /network meet: the same scope, read again at the press. */
export async function meetPressed(
  ctx: Context,
  token: ActionToken,
  choice: string | undefined,
): Promise<string | undefined> {
  if (choice !== 'on' && choice !== 'off') return ctx.t('action-stale');
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  const cohortId = typeof token.payload.cohortId === 'string' ? token.payload.cohortId : null;
  const name = typeof token.payload.network === 'string' ? token.payload.network : undefined;
  const places = await placesOf(ctx, cohortId, name).catch(() => []);
  if (places.length === 0) return ctx.t('network-meet-error-no-network');
  const answer = await setMeet(ctx, places, choice === 'on');
  await ctx.audit('network.meet', { on: choice === 'on', networks: places.map((p) => p.network.id) });
  await ctx.reply(answer);
  return undefined;
}

/**
 * /network round ["Network"]: a network coordinator starts a cross-cohort round
 * now; the summary comes privately. /network round every 2w | off: the rhythm
 * (matching-rhythm.ts).
 */
export async function round(ctx: Context, args: ParsedArgs): Promise<void> {
  if (isRhythm(args)) return setRhythm(ctx, args);
  const network = pickNetwork(await coordinatedNetworks(ctx), typedName(args));
  if ((await ctx.store.networks.cohorts(network.id)).length < 2)
    throw new UserError('network-round-error-one', { name: network.name });
  const result = await runMeetRound(ctx.job, network);
  if (!result) throw new UserError('network-round-error-few', { name: network.name });
  await ctx.audit('network.round', { networkId: network.id, roundId: result.round.id });
  await replyPrivately(ctx, () => roundSummary((id, args) => ctx.t(id, args), network, result));
}
