// What is for one person's eyes goes to them in private (docs/privacy.md,
// "Coordinator views" and "Private by intent"). A group gets at most a short
// pointer in its cohort's language; the private message speaks the person's
// own. Where the platform does not let the bot write first (Telegram, to
// someone who never wrote to it), nothing of the view is posted: the pointer
// carries a deep link that opens the private chat and runs the command there.

import { randomBytes } from 'node:crypto';
import { splitCommandLine } from './commands/tokenize.ts';
import type { Context } from './context.ts';
import type { ChatRef, OutboundMessage } from './types.ts';

export type PrivateView = string | OutboundMessage;
/** The view, or a function that builds it (run only when it can be delivered, in the reader's language). */
export type PrivateViewBuilder = PrivateView | (() => PrivateView | Promise<PrivateView>);

/** replied: we were in private already; sent: queued to the private chat; not-sent: the bot may not write first. */
export type PrivateOutcome = 'replied' | 'sent' | 'not-sent';

export interface ReplyPrivatelyOptions {
  /** Tell the group where the view went (default). Off for button presses, whose toast says it. */
  pointer?: boolean;
}

/** Deep-link payload "v-<token>": run the command of a group pointer again, in private. */
export const VIEW_LINK_PREFIX = 'v-';
export const VIEW_LINK_KIND = 'core.view-link';
/** Deep-link payload "p-<command>": continue a refused private command in private. */
export const CONTINUE_LINK_PREFIX = 'p-';
const VIEW_LINK_TTL_MS = 24 * 3_600_000;

const asMessage = (view: PrivateView): OutboundMessage => (typeof view === 'string' ? { html: view } : view);

async function build(view: PrivateViewBuilder): Promise<OutboundMessage> {
  return asMessage(typeof view === 'function' ? await view() : view);
}

/** The caller's private chat (and its row, which buttons are tied to), or null when the bot may not write first. */
async function openPrivateChat(ctx: Context): Promise<{ chat: ChatRef; rowId: string } | null> {
  if (ctx.account.unreachableAt) return null;
  const chat = await ctx.adapter.openDm(ctx.account.platformUserId);
  if (!chat) return null;
  const row = await ctx.store.chats.upsert({ platform: chat.platform, platformChatId: chat.chatId, kind: 'private' });
  return { chat, rowId: row.id };
}

/** Queue a message built in the caller's own language to their private chat; one per event. */
async function sendToPrivate(
  ctx: Context,
  opened: { chat: ChatRef; rowId: string },
  view: PrivateViewBuilder,
): Promise<void> {
  const locale = ctx.localeOf(ctx.account, ctx.cohort?.locale);
  const message = await ctx.writingPrivately(locale, opened.rowId, () => build(view));
  await ctx.services.outbox.enqueue({
    idempotencyKey: `private-${ctx.chat.platform}-${ctx.event.id}`,
    chat: opened.chat,
    message,
    recipientAccountId: ctx.account.id,
  });
}

export async function replyPrivately(
  ctx: Context,
  view: PrivateViewBuilder,
  options: ReplyPrivatelyOptions = {},
): Promise<PrivateOutcome> {
  if (!ctx.isGroup) {
    await ctx.reply(await build(view));
    return 'replied';
  }
  const person = ctx.account.displayName;
  const opened = await openPrivateChat(ctx);
  if (opened) {
    await sendToPrivate(ctx, opened, view);
    if (options.pointer !== false) await ctx.say('private-view-sent', { person });
    return 'sent';
  }
  if (options.pointer === false) return 'not-sent';
  const line = ctx.event.kind === 'message' ? splitCommandLine(ctx.event.text, ctx.adapter.botUsername) : null;
  const link = line ? await viewLink(ctx, `/${line.name} ${line.rest}`.trim()) : null;
  if (link) await ctx.say('private-view-link', { person, link });
  else await ctx.say('private-view-write-first', { person, command: line ? `/${line.name}` : '/start' });
  return 'not-sent';
}

/**
 * A deep link that opens the private chat and runs the command there, for
 * this person only, for a day. The token holds the command line (no one's
 * private text: coordinator commands carry none) and the group's cohort.
 */
async function viewLink(ctx: Context, commandText: string): Promise<string | null> {
  const id = randomBytes(9).toString('base64url');
  const link = ctx.adapter.deepLink(`${VIEW_LINK_PREFIX}${id}`);
  if (!link) return null;
  await ctx.store.actionTokens.create({
    id,
    kind: VIEW_LINK_KIND,
    accountId: ctx.account.id,
    chatId: ctx.chatRow.id,
    payload: { text: commandText, cohortId: ctx.cohort?.id ?? null },
    expiresAt: new Date(ctx.services.clock.now().getTime() + VIEW_LINK_TTL_MS),
  });
  return link;
}

/**
 * A private-by-intent command typed in a group: the command message is
 * deleted where the bot may delete it, nothing of it is kept, and the person
 * is asked to continue in private (by a private message, or a deep link where
 * the bot may not write first). `usage` is built in the reader's language.
 */
export async function refuseInGroup(ctx: Context, command: string, usage: () => string): Promise<void> {
  const deleted =
    ctx.event.kind === 'message' && ctx.adapter.deleteMessage
      ? await ctx.adapter.deleteMessage(ctx.chat, ctx.event.messageId)
      : false;
  const person = ctx.account.displayName;
  const lines = [ctx.t('private-refused', { command })];
  if (deleted) lines.push(ctx.t('private-refused-deleted'));
  const opened = await openPrivateChat(ctx);
  if (opened) {
    await sendToPrivate(ctx, opened, () => ctx.t('private-continue', { command, usage: usage() }));
    lines.push(ctx.t('private-refused-dm', { person }));
  } else {
    const link = ctx.adapter.deepLink(`${CONTINUE_LINK_PREFIX}${command.replace(/^\//, '')}`);
    lines.push(link ? ctx.t('private-refused-link', { link }) : ctx.t('private-refused-write-first'));
  }
  // Not as a reply: the command may be gone, and a reply would quote its text again.
  await ctx.reply(lines.join('\n'), { quote: false });
}
