// One timeline event in, the core's InboundEvent out (or nothing): messages,
// numbered replies and keycap reactions on the bot's messages (actions), poll
// responses (votes), and membership changes.

import type { ChatRef, InboundEvent, Sender } from '../../src/core/types.ts';
import { optionNumber, POLL_RESPONSE_TYPES, pollSelections, stripReplyFallback } from './render.ts';
import type { Rooms } from './rooms.ts';
import { threadRootIn } from './threads.ts';

export interface TimelineEvent {
  event_id: string;
  type: string;
  sender: string;
  state_key?: string;
  content: Record<string, unknown>;
  unsigned?: { prev_content?: Record<string, unknown>; redacted_because?: unknown };
  origin_server_ts?: number;
}

export interface MapDeps {
  me: string;
  rooms: Rooms;
  chat: ChatRef;
  /** The button data of a message the bot sent, or null. */
  buttonsOf(eventId: string): Promise<string[] | null>;
  /** Whether a reply to this message of the bot is text (it asked for an answer as a reply). */
  takesReplies(eventId: string): Promise<boolean>;
  /** The latest message with buttons the bot sent in a room for `sender` (or for all), if recent at `at` (ms), or null. */
  lastButtonsIn(roomId: string, at?: number, sender?: string): Promise<string | null>;
  /** The root of the thread an event of this room is in, if any. */
  threadOf(eventId: string): Promise<string | undefined>;
  /** Who sent an event of this room, if it can be read. */
  senderOfEvent(eventId: string): Promise<string | undefined>;
}

export function senderOf(rooms: Rooms, roomId: string, userId: string): Sender {
  // The username is the Matrix id without its "@" (the core shows usernames as "@name").
  return { userId, displayName: rooms.displayName(roomId, userId), username: userId.slice(1) };
}

export async function mapEvent(event: TimelineEvent, deps: MapDeps): Promise<InboundEvent | null> {
  const { me, rooms } = deps;
  const roomId = deps.chat.chatId;
  // A message in a thread belongs to the thread: answers to it stay there (m.thread). So does a
  // plain reply to a message in a thread (a client without threads, a reply from the main timeline).
  const threadRoot = threadRootIn(event.content) ?? (await replyThread(event, deps));
  const chat = threadRoot ? { ...deps.chat, threadId: threadRoot } : deps.chat;
  const base = {
    id: event.event_id,
    chat,
    sender: senderOf(rooms, roomId, event.sender),
    ...(event.origin_server_ts ? { at: new Date(event.origin_server_ts) } : {}),
  };
  if (event.type === 'm.room.member') return memberEvent(event, deps, base);
  if (event.sender === me) return null;
  const content = event.content ?? {};
  if (event.unsigned?.redacted_because) return null;

  if (event.type === 'm.reaction') {
    const relates = content['m.relates_to'] as { event_id?: string; key?: string; rel_type?: string } | undefined;
    if (relates?.rel_type !== 'm.annotation' || !relates.event_id || !relates.key) return null;
    const n = optionNumber(relates.key);
    const data = n ? await deps.buttonsOf(relates.event_id) : null;
    if (!n || !data || n > data.length) return null;
    return { ...base, kind: 'action', data: data[n - 1]!, messageId: relates.event_id, ackId: event.event_id };
  }

  if (POLL_RESPONSE_TYPES.has(event.type)) {
    const vote = pollSelections(content);
    if (!vote) return null;
    return { ...base, kind: 'poll_vote', pollId: vote.pollId, optionIds: vote.optionIds };
  }

  if (event.type !== 'm.room.message') return null;
  const relates = content['m.relates_to'] as
    | { rel_type?: string; event_id?: string; is_falling_back?: boolean; 'm.in_reply_to'?: { event_id?: string } }
    | undefined;
  let body = content;
  let edited = false;
  let messageId = event.event_id;
  if (relates?.rel_type === 'm.replace' && content['m.new_content'] && relates.event_id) {
    body = content['m.new_content'] as Record<string, unknown>;
    edited = true;
    messageId = relates.event_id;
  }
  if (body.msgtype !== 'm.text' && body.msgtype !== 'm.emote') return null;
  if (typeof body.body !== 'string') return null;
  // In a thread, a reply that only falls back to the thread's last event answers the thread's root.
  const replyTo =
    threadRoot && (relates?.is_falling_back || !relates?.['m.in_reply_to'])
      ? threadRoot
      : relates?.['m.in_reply_to']?.event_id;
  const text = withMentionIds(replyTo ? stripReplyFallback(body.body) : body.body, body.formatted_body);

  // A number answering the bot's options: a reply to that message, or a bare
  // number meaning the latest message with options in the room. A reply to a
  // message that asked for answers as replies (a check-in prompt) is an answer.
  const n = edited ? null : optionNumber(text);
  if (n && !(replyTo && (await deps.takesReplies(replyTo)))) {
    const target =
      replyTo && (await deps.buttonsOf(replyTo))
        ? replyTo
        : await deps.lastButtonsIn(roomId, event.origin_server_ts, event.sender);
    const data = target ? await deps.buttonsOf(target) : null;
    if (target && data && n <= data.length) {
      return { ...base, kind: 'action', data: data[n - 1]!, messageId: target, ackId: event.event_id };
    }
  }
  // A command written as a reply names the person replied to (/role mentor, /unpair), as on
  // Telegram. Only commands ask the server who that was: other replies need no round trip.
  const repliedTo = relates?.['m.in_reply_to']?.event_id;
  const replySender =
    repliedTo && !edited && /^[/!]/.test(text.trimStart()) ? await deps.senderOfEvent(repliedTo) : undefined;
  return {
    ...base,
    kind: 'message',
    messageId,
    text,
    ...(replyTo ? { replyToMessageId: replyTo } : {}),
    ...(replySender && replySender !== me ? { replyToSender: senderOf(rooms, roomId, replySender) } : {}),
    ...(edited ? { edited: true } : {}),
  };
}

/** The thread of the message a plain reply answers (only messages can be replies; edits keep their own place). */
async function replyThread(event: TimelineEvent, deps: MapDeps): Promise<string | undefined> {
  if (event.type !== 'm.room.message' || event.sender === deps.me) return undefined;
  const relates = event.content?.['m.relates_to'] as
    | { rel_type?: string; 'm.in_reply_to'?: { event_id?: unknown } }
    | undefined;
  const replyTo = relates?.['m.in_reply_to']?.event_id;
  return !relates?.rel_type && typeof replyTo === 'string' ? deps.threadOf(replyTo) : undefined;
}

function memberEvent(
  event: TimelineEvent,
  deps: MapDeps,
  base: { id: string; chat: ChatRef; sender: Sender; at?: Date },
): InboundEvent | null {
  const target = event.state_key;
  if (!target) return null;
  const now = event.content?.membership;
  const before = event.unsigned?.prev_content?.membership;
  const isBot = target === deps.me;
  // DMs are not cohorts: joins and leaves there mean nothing to the core.
  if (deps.chat.kind === 'private') return null;
  let change: 'joined' | 'left' | null = null;
  if (now === 'join' && before !== 'join') change = 'joined';
  else if ((now === 'leave' || now === 'ban') && before === 'join') change = 'left';
  if (!change) return null;
  const member = senderOf(deps.rooms, deps.chat.chatId, target);
  const displayname = event.content?.displayname;
  if (typeof displayname === 'string' && displayname) member.displayName = displayname;
  return { ...base, kind: 'member', change, member, ...(isBot ? { isBot: true } : {}) };
}

/**
 * Element writes a mention ("pill") as a matrix.to link in formatted_body and
 * only the display name in body; commands such as "!role @user" need the id,
 * so the pill's text in the body becomes the user id.
 */
export function withMentionIds(text: string, formatted: unknown): string {
  if (typeof formatted !== 'string') return text;
  let out = text;
  for (const m of formatted.matchAll(/<a href="https:\/\/matrix\.to\/#\/(@[^"/?]+)"[^>]*>([^<]*)<\/a>/g)) {
    let id: string;
    try {
      id = decodeURIComponent(m[1]!);
    } catch {
      continue;
    }
    const label = m[2]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    if (label && label !== id && out.includes(label)) out = out.replace(label, id);
  }
  return out;
}
