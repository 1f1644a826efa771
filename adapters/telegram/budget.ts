// Telegram's limits shared with the other processes of the bot (a budget kept
// in Redis, src/jobs/send-budget.ts), applied as a grammY API transformer: the
// slot is taken on the way into the HTTP request, after the adapter's own
// pacing, so that nothing is awaited between the slot and the request leaving,
// and the chat's next slot is counted again from the answer (one request in
// flight per chat: a request that a stall delayed cannot arrive after the next).
// When Telegram still answers 429, the chat's slot (or the bot's, for a call
// without a chat) moves forward by retry_after for every process at once.

import type { Transformer } from 'grammy';
import type { SendBudget } from '../../src/core/types.ts';

/** The calls Telegram counts as messages: what posts something into a chat. */
const POSTS = /^(send(?!ChatAction)|copyMessages?$|forwardMessages?$)/;

/**
 * A chat id names a group when it is negative (groups, supergroups, channels)
 * or a @username (public channels and supergroups); a person's private chat
 * with the bot has their positive user id.
 */
function isGroup(chatId: string): boolean {
  return chatId.startsWith('-') || chatId.startsWith('@');
}

/** `maxWaitMs`: how long a request may wait for its slot before it fails as rate limited. */
export function budgetTransformer(budget: SendBudget, maxWaitMs?: number): Transformer {
  return async (prev, method, payload, signal) => {
    const chatId = payload && 'chat_id' in payload ? String(payload.chat_id) : null;
    const answered =
      chatId !== null && POSTS.test(method)
        ? await budget.take({ platform: 'telegram', chatId, kind: isGroup(chatId) ? 'group' : 'private' }, maxWaitMs)
        : null;
    let result: Awaited<ReturnType<typeof prev>>;
    try {
      result = await prev(method, payload, signal);
    } finally {
      // The chat's next slot counts from now: this request has surely arrived.
      await answered?.();
    }
    if (!result.ok && result.error_code === 429) {
      await budget.block('telegram', chatId, (result.parameters?.retry_after ?? 1) * 1000);
    }
    return result;
  };
}
