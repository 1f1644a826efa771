// Native polls and their votes. A poll's meaning is kept like a button's: an
// ActionToken, here with an id derived from the platform's poll id, because a
// vote carries only that id (Telegram's poll_answer does not even name the chat).

import { createHash } from 'node:crypto';
import type { Store } from './store.ts';
import type { ChatRef, Platform, PollVoteEvent, RoutedEvent } from './types.ts';

export function pollTokenId(platform: Platform, pollId: string): string {
  return `p${createHash('sha256').update(`${platform}\n${pollId}`).digest('base64url').slice(0, 20)}`;
}

/** Place a vote in the chat its poll was posted to; null for polls that are not ours (or long gone). */
export async function locateVote(store: Store, platform: Platform, event: PollVoteEvent): Promise<RoutedEvent | null> {
  if (event.chat) return { ...event, chat: event.chat };
  const token = await store.actionTokens.byId(pollTokenId(platform, event.pollId));
  const chat = token?.chatId ? await store.chats.byId(token.chatId) : null;
  if (!token || !chat) return null;
  const threadId = typeof token.payload.threadId === 'string' ? token.payload.threadId : undefined;
  const ref: ChatRef = {
    platform: chat.platform,
    chatId: chat.platformChatId,
    kind: chat.kind,
    ...(threadId ? { threadId } : {}),
  };
  return { ...event, chat: ref };
}

/** The choice string handlers receive: option indexes joined by commas ("" = vote retracted). */
export function voteChoice(optionIds: readonly number[]): string {
  return [...optionIds].sort((a, b) => a - b).join(',');
}
