// /forgetme, once confirmed: every trace of the person goes (docs/privacy.md,
// "What the bot stores, and forgetting"). The database first, in one
// transaction, so that a failure leaves everything and says so; then the
// goodbye, written while their private chat still exists; then the adapter's
// own state (it leaves their private chats where the platform has rooms) and
// the rows of the private chats it names.

import type { Context } from '../../core/context.ts';

export async function forgetPerson(ctx: Context, goodbye: string): Promise<void> {
  const { account } = ctx;
  await ctx.store.accounts.forget(account.id);
  ctx.services.log.info({ event: 'account.forgotten' }, 'a person deleted their data');
  await ctx.reply(goodbye);
  let privateChats: string[] = [];
  try {
    privateChats = (await ctx.adapter.forgetUser?.(account.platformUserId)) ?? [];
  } catch (error) {
    // The platform did not answer (a Matrix room not left): the database part is done, and the
    // chat of this press still goes. Operators see it; the person was told the truth about our data.
    ctx.services.log.warn({ err: error }, 'forgetme: the adapter could not drop its state about a person');
  }
  // The chat of this press is private (/forgetme runs only there).
  const chats = ctx.isGroup ? privateChats : [ctx.chat.chatId, ...privateChats];
  await ctx.store.chats.forgetPrivate(ctx.chat.platform, [...new Set(chats)]);
}
