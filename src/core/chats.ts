// Where a cohort speaks: its chat, and its forum topic when it has one.

import type { Chat, Cohort, Store } from './store.ts';
import type { ChatRef } from './types.ts';

/** The chat a cohort posts to, or null when it is gone or the bot was removed from it. */
export async function cohortChat(store: Store, cohort: Cohort): Promise<ChatRef | null> {
  const chat = await store.chats.byId(cohort.chatId);
  return chat ? chatRefOf(chat, cohort) : null;
}

/** The same, for a chat row already read. */
export function chatRefOf(chat: Chat, cohort: Pick<Cohort, 'threadId'>): ChatRef | null {
  if (chat.unreachableAt) return null;
  return {
    platform: chat.platform,
    chatId: chat.platformChatId,
    kind: chat.kind,
    ...(cohort.threadId ? { threadId: cohort.threadId } : {}),
  };
}
