// A platform's send limits shared by every process of the bot (the Redis
// implementation is src/jobs/send-budget.ts). The adapter takes a slot right
// before each request leaves, so nothing it awaits (a database read, its own
// pacing) sits between the slot and the send, and it tells the budget when the
// platform still answered "too many", so that every process backs off together.

import type { ChatRef } from './types.ts';

export interface SendBudget {
  /**
   * Resolves when a send to this chat may go (its slot taken, the chat marked
   * in flight), or throws a rate_limited DeliveryError to wait longer. Call
   * the function it gives once the platform answered (or the request failed).
   */
  take(chat: Pick<ChatRef, 'platform' | 'chatId' | 'kind'>): Promise<() => Promise<void>>;
  /** The platform answered "too many": nothing more to this chat (null: to any chat) for retryAfterMs. */
  block(platform: ChatRef['platform'], chatId: string | null, retryAfterMs: number): Promise<void>;
}
