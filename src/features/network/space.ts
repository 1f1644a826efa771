// A Matrix space for a network: `/network space` (a network coordinator, on
// Matrix) has the bot make a private space named after the network, invite
// the coordinator, and add the cohorts' Matrix rooms as its children; cohorts
// joining or leaving the network later are added or taken out (membership.ts).
// The space holds no message and nothing personal: only which rooms are in it.
// Rooms on other platforms are not in it (a space is Matrix's).

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { DeliveryError, UserError } from '../../core/errors.ts';
import type { JobContext } from '../../core/job-context.ts';
import type { Cohort, Network } from '../../core/store.ts';
import { coordinatedNetworks, pickNetwork, typedName } from './networks.ts';

/** The cohort's Matrix room id, or null when it lives elsewhere. */
async function matrixRoomOf(job: JobContext, cohort: Cohort): Promise<string | null> {
  const chat = await job.store.chats.byId(cohort.chatId);
  return chat?.platform === 'matrix' ? chat.platformChatId : null;
}

/**
 * Put a cohort's room in the network's space, or take it out. Nothing when the
 * network has no space or the cohort is not on Matrix. A refusal is logged: the
 * join or leave it follows is done and stays done.
 */
export async function linkCohortToSpace(
  job: JobContext,
  network: Network,
  cohort: Cohort,
  linked: boolean,
): Promise<boolean> {
  if (!network.spaceRoomId) return false;
  const room = await matrixRoomOf(job, cohort);
  const adapter = room ? job.adapterFor('matrix') : null;
  if (!room || !adapter?.linkToSpace) return false;
  try {
    await adapter.linkToSpace(network.spaceRoomId, room, linked);
    return true;
  } catch (error) {
    if (!(error instanceof DeliveryError)) throw error;
    job.log.warn({ failure: error.failure.kind, networkId: network.id }, 'network space: room not (un)linked');
    return false;
  }
}

export async function space(ctx: Context, args: ParsedArgs): Promise<void> {
  let network = pickNetwork(await coordinatedNetworks(ctx), typedName(args));
  const { adapter } = ctx;
  if (!adapter.createSpace || !adapter.linkToSpace) throw new UserError('network-space-error-platform');
  const made = !network.spaceRoomId;
  if (!network.spaceRoomId) {
    const spaceRoomId = await adapter.createSpace(network.name, [ctx.account.platformUserId]);
    await ctx.store.networks.setSpace(network.id, spaceRoomId);
    await ctx.audit('network.space', { networkId: network.id });
    network = { ...network, spaceRoomId };
  }
  // Made now or again: every cohort's room is (re)linked, so a space out of step is put right.
  let count = 0;
  for (const link of await ctx.store.networks.cohorts(network.id)) {
    const cohort = await ctx.store.cohorts.byId(link.cohortId);
    if (cohort && (await linkCohortToSpace(ctx.job, network, cohort, true))) count += 1;
  }
  await ctx.say(made ? 'network-space-created' : 'network-space-synced', { name: network.name, count });
}
