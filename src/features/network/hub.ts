// The hub: the Telegram group or channel, or Matrix room, where the network's
// digest goes. A network coordinator attaches a group or room by running
// /network hub there; the bot says so in that chat first, and only when that
// message went through is the hub stored (a chat where the bot may not post
// is refused, nothing kept).
//
// A Telegram channel has no members who type commands: posts come from the
// channel itself, with no person named. So a network coordinator runs
// /network hub in private and gets a one-time code; a channel admin (who may
// post there, which is the channel's consent) posts "/network hub CODE" in the
// channel (channel.ts). The code is the coordinator's consent.

import { createActionToken } from '../../core/action-tokens.ts';
import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { DeliveryError, UserError } from '../../core/errors.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import { planDigest } from './digest.ts';
import { coordinatedNetworks, pickNetwork, typedName } from './networks.ts';

export const HUB_CODE = 'network.hub-code';
/** A channel code is valid one hour. */
export const HUB_CODE_TTL_MS = 3_600_000;

export async function hub(ctx: Context, args: ParsedArgs): Promise<void> {
  const network = pickNetwork(await coordinatedNetworks(ctx), typedName(args));
  if (!ctx.isGroup) return channelCode(ctx, network.id, network.name);
  // The chat's own admins consent to receiving the digest: a network coordinator elsewhere is not enough.
  if ((await ctx.role()) !== 'coordinator') throw new UserError('network-hub-error-not-admin');
  try {
    // Directly, not through the queue: this is the test that the bot can post here.
    await ctx.adapter.send(ctx.chat, { html: ctx.t('network-hub-attached', { name: network.name }) });
  } catch (error) {
    if (!(error instanceof DeliveryError)) throw error;
    ctx.services.log.info({ failure: error.failure.kind }, 'network hub: the bot cannot post there');
    await replyPrivately(ctx, () => ctx.t('network-hub-error-cannot-post', { name: network.name }), {
      pointer: false,
    });
    return;
  }
  const now = ctx.services.clock.now();
  await ctx.store.networks.setHub(network.id, ctx.chatRow.id, ctx.threadKey, now);
  await ctx.audit('network.hub', { networkId: network.id });
  await planDigest(ctx.job, network.id, now);
}

/** In private: a one-time code to post in the channel that is to become the hub. */
async function channelCode(ctx: Context, networkId: string, name: string): Promise<void> {
  // No chat: the code is used in the channel, by whoever may post there.
  const id = await createActionToken(ctx.store, ctx.services.clock, {
    kind: HUB_CODE,
    accountId: ctx.account.id,
    chatId: null,
    payload: { networkId },
    ttlMs: HUB_CODE_TTL_MS,
  });
  await ctx.audit('network.hub-code', { networkId });
  await ctx.reply(ctx.t('network-hub-channel-code', { name, code: `hub-${id}` }));
}
