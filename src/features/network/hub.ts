// The hub: the Telegram group or Matrix room where the network's digest goes.
// A network coordinator attaches it by running /network hub there; the bot
// says so in that chat first, and only when that message went through is the
// hub stored (a chat where the bot may not post is refused, nothing kept).

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { DeliveryError, UserError } from '../../core/errors.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import { planDigest } from './digest.ts';
import { coordinatedNetworks, pickNetwork, typedName } from './networks.ts';

export async function hub(ctx: Context, args: ParsedArgs): Promise<void> {
  const network = pickNetwork(await coordinatedNetworks(ctx), typedName(args));
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
