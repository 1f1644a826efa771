// Telegram updates -> core events. Pure functions, tested on recorded update
// JSON (tests/telegram/fixtures). Commands pass through as text: the core
// parses "/cmd@bot args" and deep links ("/start payload").

import type { CallbackQuery, Chat, ChatMemberUpdated, Message, Update, User } from 'grammy/types';
import type { ChatRef, InboundEvent, MemberEvent, PollTotalsEvent, Sender } from '../../src/core/types.ts';

export function senderOf(user: User): Sender {
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ').trim();
  return {
    userId: String(user.id),
    displayName: name || user.username || String(user.id),
    ...(user.username ? { username: user.username } : {}),
    ...(user.language_code ? { languageHint: user.language_code } : {}),
  };
}

/** The chat (and forum topic) of a message. The General topic and reply threads outside forums have no thread. */
export function chatRefOf(chat: Chat, message?: Pick<Message, 'message_thread_id' | 'is_topic_message'>): ChatRef {
  const threadId =
    message?.is_topic_message && message.message_thread_id ? String(message.message_thread_id) : undefined;
  const title = 'title' in chat && chat.title ? chat.title : undefined;
  return {
    platform: 'telegram',
    chatId: String(chat.id),
    kind: chat.type === 'private' ? 'private' : 'group',
    ...(threadId ? { threadId } : {}),
    ...(title ? { title } : {}),
  };
}

/** Key that orders updates: one chat (a poll answer has none: its voter). */
export function orderKeyOf(update: Update): string {
  const chat =
    update.message?.chat ??
    update.edited_message?.chat ??
    update.channel_post?.chat ??
    update.callback_query?.message?.chat ??
    update.my_chat_member?.chat ??
    update.chat_member?.chat;
  if (chat) return `c${chat.id}`;
  const voter = update.poll_answer?.user?.id ?? update.poll_answer?.voter_chat?.id;
  if (voter !== undefined) return `u${voter}`;
  // A poll's totals: in order per poll, so an older count never lands after a newer one.
  return update.poll ? `p${update.poll.id}` : 'other';
}

/**
 * Whether an update carries a person: as its sender, its private chat, a
 * member who joined or left, the author of a message it replies to or quotes,
 * a text mention. Any user or chat object with their id counts (in the JSON,
 * `"id":<id>` not inside a string), so fields added to the Bot API later count too.
 */
export function involvesUser(update: Update, userId: string): boolean {
  if (!/^\d+$/.test(userId)) return false;
  return new RegExp(`(?<!\\\\)"id":${userId}(?![0-9])`).test(JSON.stringify(update));
}

export interface MapContext {
  botId: number;
}

/**
 * The core events of one update (often one, sometimes none, several for a
 * message adding several people). Ids derive from update_id, which is unique
 * per bot only: the bot's id goes in front, so a database that outlives a bot
 * (a new token from BotFather) does not take the new bot's updates for seen ones.
 */
export function mapUpdate(update: Update, context: MapContext): InboundEvent[] {
  const id = `${context.botId}:${update.update_id}`;
  if (update.message) return mapMessage(update.message, id, context, false);
  if (update.edited_message) return mapMessage(update.edited_message, id, context, true);
  if (update.channel_post) return mapChannelPost(update.channel_post, id);
  if (update.callback_query) return mapCallback(update.callback_query, id);
  if (update.poll_answer) {
    const answer = update.poll_answer;
    // Votes on behalf of a channel are anonymous to us: nobody to attribute them to.
    if (!answer.user) return [];
    return [
      { kind: 'poll_vote', id, sender: senderOf(answer.user), pollId: answer.poll_id, optionIds: answer.option_ids },
    ];
  }
  if (update.my_chat_member) return mapBotMember(update.my_chat_member, id);
  if (update.chat_member) return mapMember(update.chat_member, id);
  return [];
}

/**
 * A `poll` update of an anonymous poll: its totals, the only thing Telegram
 * tells a bot about votes in an is_anonymous poll (no poll_answer, nobody
 * named). Named polls' `poll` updates are left out: their votes come one by
 * one, with the voter, through poll_answer. Null for every other update.
 */
export function mapPollTotals(update: Update, context: MapContext): PollTotalsEvent | null {
  const poll = update.poll;
  if (!poll?.is_anonymous) return null;
  return {
    kind: 'poll_totals',
    id: `${context.botId}:${update.update_id}`,
    pollId: poll.id,
    counts: poll.options.map((option) => option.voter_count),
    voters: poll.total_voter_count,
    closed: poll.is_closed,
  };
}

function mapMessage(message: Message, id: string, context: MapContext, edited: boolean): InboundEvent[] {
  if (message.chat.type === 'channel') return [];
  const chat = chatRefOf(message.chat, message);
  const at = new Date((edited ? (message.edit_date ?? message.date) : message.date) * 1000);
  const from = message.from;
  if (message.migrate_to_chat_id !== undefined && from) {
    return [
      {
        kind: 'chat',
        id,
        chat,
        sender: senderOf(from),
        change: 'migrated',
        newChatId: String(message.migrate_to_chat_id),
        at,
      },
    ];
  }
  if (!from) return [];
  if (message.new_chat_members) {
    // The bot itself is reported by my_chat_member; other bots are not people.
    const people = message.new_chat_members.filter((user) => !user.is_bot && user.id !== context.botId);
    return people.map((user, i) => memberEvent(people.length > 1 ? `${id}.${i}` : id, chat, from, user, 'joined', at));
  }
  if (message.left_chat_member) {
    const user = message.left_chat_member;
    if (user.is_bot || user.id === context.botId) return [];
    return [memberEvent(id, chat, from, user, 'left', at)];
  }
  // Other bots (and anonymous admins, who post as GroupAnonymousBot) are not people the bot serves.
  if (from.is_bot) return [];
  const text = message.text ?? message.caption;
  if (text === undefined) return [];
  const replyTo = message.reply_to_message;
  // In a forum, every message "replies" to its topic's first message: that is not a reply.
  const realReply = replyTo && !(message.is_topic_message && replyTo.message_id === message.message_thread_id);
  return [
    {
      kind: 'message',
      id,
      chat,
      sender: senderOf(from),
      messageId: String(message.message_id),
      text,
      at,
      ...(realReply ? { replyToMessageId: String(replyTo.message_id) } : {}),
      // Someone (not a bot) wrote what this replies to: a command may name them by replying.
      ...(realReply && replyTo.from && !replyTo.from.is_bot ? { replyToSender: senderOf(replyTo.from) } : {}),
      ...(edited ? { edited: true } : {}),
    },
  ];
}

/**
 * A post in a channel: the channel speaks (Telegram gives no `from`, only
 * `sender_chat`, the channel itself, and at most an author's signature, a
 * free text). The sender is the channel, never a person. Edits are ignored.
 */
function mapChannelPost(message: Message, id: string): InboundEvent[] {
  const text = message.text ?? message.caption;
  if (text === undefined || message.chat.type !== 'channel') return [];
  const chat = chatRefOf(message.chat);
  return [
    {
      kind: 'channel_post',
      id,
      chat,
      sender: { userId: `channel:${message.chat.id}`, displayName: chat.title ?? String(message.chat.id) },
      messageId: String(message.message_id),
      text,
      at: new Date(message.date * 1000),
    },
  ];
}

function mapCallback(query: CallbackQuery, id: string): InboundEvent[] {
  const message = query.message;
  // Presses on inline-mode messages and game buttons are not ours: the adapter answers them itself.
  if (!message || query.data === undefined) return [];
  const inaccessible = message.date === 0;
  return [
    {
      kind: 'action',
      id,
      chat: chatRefOf(message.chat, inaccessible ? undefined : (message as Message)),
      sender: senderOf(query.from),
      data: query.data,
      ackId: query.id,
      messageId: String(message.message_id),
    },
  ];
}

type Status = ChatMemberUpdated['new_chat_member']['status'];

function isIn(member: ChatMemberUpdated['new_chat_member']): boolean {
  if (member.status === 'restricted') return member.is_member;
  return member.status === 'member' || member.status === 'administrator' || member.status === 'creator';
}

function isAdmin(status: Status): boolean {
  return status === 'administrator' || status === 'creator';
}

/** What a chat_member / my_chat_member change means, or null for changes the core does not care about. */
export function memberChange(update: ChatMemberUpdated): MemberEvent['change'] | null {
  const before = update.old_chat_member;
  const after = update.new_chat_member;
  if (!isIn(before) && isIn(after)) return 'joined';
  if (isIn(before) && !isIn(after)) return 'left';
  if (!isAdmin(before.status) && isAdmin(after.status)) return 'promoted';
  if (isAdmin(before.status) && !isAdmin(after.status)) return 'demoted';
  return null;
}

function mapMember(update: ChatMemberUpdated, id: string): InboundEvent[] {
  const change = memberChange(update);
  const user = update.new_chat_member.user;
  if (!change || user.is_bot || update.chat.type === 'channel') return [];
  return [memberEvent(id, chatRefOf(update.chat), update.from, user, change, new Date(update.date * 1000))];
}

function mapBotMember(update: ChatMemberUpdated, id: string): InboundEvent[] {
  // In private, "kicked" means the person blocked the bot: the adapter notes it, the core needs no event.
  if (update.chat.type === 'private' || update.chat.type === 'channel') return [];
  const change = memberChange(update);
  if (!change) return [];
  return [
    {
      ...memberEvent(
        id,
        chatRefOf(update.chat),
        update.from,
        update.new_chat_member.user,
        change,
        new Date(update.date * 1000),
      ),
      isBot: true,
    },
  ];
}

function memberEvent(
  id: string,
  chat: ChatRef,
  by: User,
  user: User,
  change: MemberEvent['change'],
  at: Date,
): MemberEvent {
  return { kind: 'member', id, chat, sender: senderOf(by), member: senderOf(user), change, at };
}
