// A Telegram channel becomes a network's hub: a channel admin posts
// "/network hub CODE" there, with the code a network coordinator got in
// private (hub.ts). The code is used once, within the hour, and only while its
// maker still coordinates the network. The bot confirms in the channel
// (directly: that is the test that it may post there), removes the post with
// the code, and tells the coordinator in private. A wrong or old code gets a
// short answer in the channel (nothing private in it); other posts are not
// the bot's business.

import { DeliveryError } from '../../core/errors.ts';
import type { JobContext } from '../../core/job-context.ts';
import type { ChannelPostEvent, ChatAdapter } from '../../core/types.ts';
import { planDigest } from './digest.ts';
import { HUB_CODE } from './hub.ts';

const COMMAND = /^\/network(?:@\w+)?\s+hub\b\s*(\S*)\s*$/iu;
const CODE = /^hub-([\w-]{12})$/u;

export async function onChannelPost(post: ChannelPostEvent, job: JobContext, adapter: ChatAdapter): Promise<boolean> {
  const typed = COMMAND.exec(post.text.trim());
  if (!typed) return false;
  const now = job.clock.now();
  // The channel's language is not known: the coordinator's, once the code tells who they are.
  const id = CODE.exec(typed[1] ?? '')?.[1];
  const token = id ? await job.store.actionTokens.byId(id) : null;
  const account = token?.accountId ? await job.store.accounts.byId(token.accountId) : null;
  const networkId = String(token?.payload.networkId ?? '');
  const network = networkId ? await job.store.networks.byId(networkId) : null;
  const stillCoordinates =
    account && network && (await job.store.networks.coordinatedBy(account.id)).some((n) => n.id === network.id);
  const valid =
    token?.kind === HUB_CODE && !token.usedAt && token.expiresAt.getTime() > now.getTime() && stillCoordinates;
  if (!valid || !account || !network || !token) {
    await answer(adapter, post, job.t(job.services.defaults.locale, 'network-hub-channel-bad-code'));
    return true;
  }
  const locale = job.localeFor(account);
  if (!(await job.store.actionTokens.consume(token.id, now))) {
    await answer(adapter, post, job.t(locale, 'network-hub-channel-bad-code'));
    return true;
  }
  try {
    await adapter.send(post.chat, { html: job.t(locale, 'network-hub-attached', { name: network.name }) });
  } catch (error) {
    if (!(error instanceof DeliveryError)) throw error;
    job.log.info({ failure: error.failure.kind }, 'network hub: the bot cannot post in the channel');
    await job.dm(
      account,
      { html: job.t(locale, 'network-hub-error-cannot-post', { name: network.name }) },
      `network-hub-channel-refused-${token.id}`,
    );
    return true;
  }
  const chat = await job.store.chats.upsert({
    platform: post.chat.platform,
    platformChatId: post.chat.chatId,
    kind: 'group',
    title: post.chat.title ?? null,
  });
  await job.store.networks.setHub(network.id, chat.id, '', now);
  await job.store.audit.record({
    action: 'network.hub',
    details: { networkId: network.id, channel: true },
    actorAccountId: account.id,
    cohortId: null,
    chatId: chat.id,
    createdAt: now,
  });
  await planDigest(job, network.id, now);
  // The code has done its work: subscribers need not read it (best effort; an admin bot may delete posts).
  await adapter.delete(post.chat, post.messageId).catch(() => {});
  await job.dm(
    account,
    { html: job.t(locale, 'network-hub-channel-done', { name: network.name, channel: post.chat.title ?? '' }) },
    `network-hub-channel-done-${token.id}`,
  );
  return true;
}

async function answer(adapter: ChatAdapter, post: ChannelPostEvent, html: string): Promise<void> {
  await adapter.send(post.chat, { html }).catch(() => {});
}
