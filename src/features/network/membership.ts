// A network's cohorts: created by a cohort coordinator (who coordinates the
// network), joined by one-time codes that only the joining cohort's own
// coordinator can use (consent: no cohort is added by someone else), left at
// any time. A cohort may be in several networks.

import { randomBytes } from 'node:crypto';
import { expectNoWords, type ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import { formatDateTime } from '../../core/validate.ts';
import { coordinatedNetworks, networksOfCohort, pickNetwork, typedName } from './networks.ts';
import { linkCohortToSpace } from './space.ts';

/** How long an invite code stays valid. */
export const INVITE_TTL_MS = 7 * 86_400_000;
/** Networks one cohort may be in (a runaway loop of joins stops here). */
const MAX_NETWORKS_PER_COHORT = 20;

function liveCohort(ctx: Context) {
  if (!ctx.cohort) throw new UserError('error-no-cohort-here');
  return ctx.cohort;
}

export async function create(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = liveCohort(ctx);
  const name = typedName(args);
  if (!name) throw new UsageError('error-missing-argument', { argument: 'name' });
  if ((await networksOfCohort(ctx)).length >= MAX_NETWORKS_PER_COHORT)
    throw new UserError('network-error-too-many', { max: MAX_NETWORKS_PER_COHORT });
  const network = await ctx.store.networks.create({
    name,
    cohortId: cohort.id,
    coordinatorAccountId: ctx.account.id,
    at: ctx.services.clock.now(),
  });
  await ctx.audit('network.create', { networkId: network.id });
  await ctx.say('network-created', { name, cohort: cohort.name });
}

export async function invite(ctx: Context, args: ParsedArgs): Promise<void> {
  const network = pickNetwork(await coordinatedNetworks(ctx), typedName(args));
  const code = `net-${randomBytes(6).toString('base64url')}`;
  const expiresAt = new Date(ctx.services.clock.now().getTime() + INVITE_TTL_MS);
  await ctx.store.networks.createInvite({ code, networkId: network.id, expiresAt });
  await ctx.audit('network.invite', { networkId: network.id });
  // The code is for the coordinator to pass on to one cohort's coordinator: not for a group.
  await replyPrivately(ctx, () =>
    ctx.t('network-invite-code', {
      name: network.name,
      code,
      until: formatDateTime(expiresAt, ctx.locale, ctx.timezone),
    }),
  );
}

export async function join(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = liveCohort(ctx);
  const [code, ...rest] = args.positional;
  if (!code) throw new UsageError('error-missing-argument', { argument: 'code' });
  expectNoWords({ ...args, positional: rest });
  if ((await networksOfCohort(ctx)).length >= MAX_NETWORKS_PER_COHORT)
    throw new UserError('network-error-too-many', { max: MAX_NETWORKS_PER_COHORT });
  const outcome = await ctx.store.networks.redeemInvite(code.slice(0, 64), cohort.id, ctx.services.clock.now());
  switch (outcome.kind) {
    case 'unknown':
      throw new UserError('network-error-code-unknown');
    case 'used':
      throw new UserError('network-error-code-used');
    case 'expired':
      throw new UserError('network-error-code-expired');
    case 'already-in':
      throw new UserError('network-error-already-in', { name: outcome.network.name, cohort: cohort.name });
  }
  await ctx.audit('network.join', { networkId: outcome.network.id });
  await linkCohortToSpace(ctx.job, outcome.network, cohort, true);
  const cohorts = await ctx.store.networks.cohorts(outcome.network.id);
  await ctx.say('network-joined', { name: outcome.network.name, cohort: cohort.name, count: cohorts.length });
}

export async function leave(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = liveCohort(ctx);
  const network = pickNetwork(await networksOfCohort(ctx), typedName(args));
  if (!(await ctx.store.networks.leave(network.id, cohort.id))) throw new UserError('network-error-none');
  await ctx.audit('network.leave', { networkId: network.id });
  await linkCohortToSpace(ctx.job, network, cohort, false);
  await ctx.say('network-left', { name: network.name, cohort: cohort.name });
}

/** /network: the networks of this cohort, with their cohorts. */
export async function list(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  const cohort = liveCohort(ctx);
  const entries = await ctx.store.networks.ofCohort(cohort.id);
  if (entries.length === 0) {
    await ctx.say('network-list-none', { cohort: cohort.name });
    return;
  }
  const lines = [ctx.t('network-list-title', { cohort: cohort.name })];
  for (const { network, link } of entries) {
    const names: string[] = [];
    for (const member of await ctx.store.networks.cohorts(network.id)) {
      const other = await ctx.store.cohorts.byId(member.cohortId);
      if (other) names.push(other.name);
    }
    lines.push(
      ctx.t('network-list-line', {
        name: network.name,
        count: names.length,
        cohorts: names.join(', '),
        approval: link.approval ? 'on' : 'off',
        hub: network.hubChatId ? 'yes' : 'no',
      }),
    );
  }
  await ctx.reply(lines.join('\n'));
}

/** An on|off flag's value; undefined when absent. */
function onOff(args: ParsedArgs, flag: string, error: string): boolean | undefined {
  const value = args.flags.get(flag);
  if (value === undefined) return undefined;
  const word = typeof value === 'string' ? value.toLowerCase() : '';
  if (word !== 'on' && word !== 'off') throw new UsageError(error);
  return word === 'on';
}

/**
 * /network settings [--approval on|off] [--announcements on|off] ["Name"]: whether
 * this cohort's shares wait for a coordinator, and whether network announcements reach its group.
 */
export async function settings(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = liveCohort(ctx);
  const approval = onOff(args, 'approval', 'network-error-approval-value');
  const announcements = onOff(args, 'announcements', 'network-error-announcements-value');
  if (approval === undefined && announcements === undefined) throw new UsageError('network-error-approval-value');
  const network = pickNetwork(await networksOfCohort(ctx), typedName(args));
  await ctx.store.networks.setCohortSettings(network.id, cohort.id, {
    ...(approval === undefined ? {} : { approval }),
    ...(announcements === undefined ? {} : { announcements }),
  });
  await ctx.audit('network.settings', { networkId: network.id, approval, announcements });
  const said = { name: network.name, cohort: cohort.name };
  if (approval !== undefined) await ctx.say('network-approval-set', { ...said, approval: approval ? 'on' : 'off' });
  if (announcements !== undefined)
    await ctx.say('network-announcements-set', { ...said, announcements: announcements ? 'on' : 'off' });
}
