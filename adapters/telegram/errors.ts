// Telegram's errors in the core's terms (core/errors.ts). The send queue
// decides from the kind: wait, give up and mark unreachable, move the chat,
// fall back to the general topic, or retry with backoff.

import { GrammyError, HttpError } from 'grammy';
import { DeliveryError, type DeliveryFailure } from '../../src/core/errors.ts';

/** Descriptions (lower case) that mean the bot cannot reach the chat or person any more. */
const UNREACHABLE = [
  'chat not found',
  'peer_id_invalid',
  'user not found',
  'bot was blocked',
  'bot was kicked',
  "can't initiate conversation",
  'user is deactivated',
  'group chat was deleted',
  'group chat was deactivated',
  'chat was deleted',
  'bot is not a member',
  "bot can't send messages to bots",
  'not enough rights to send',
  'have no rights to send',
  'chat_write_forbidden',
  'chat_restricted',
  'channel_private',
  // A channel where the bot is no longer an admin allowed to post.
  'need administrator rights in the channel',
];

const THREAD_GONE = ['message thread not found', 'topic_deleted', 'topic_closed', 'topic_id_invalid'];

export function failureOf(err: unknown): DeliveryFailure {
  if (err instanceof DeliveryError) return err.failure;
  if (err instanceof GrammyError) {
    const description = err.description.toLowerCase();
    const migrateTo = err.parameters?.migrate_to_chat_id;
    if (err.error_code === 429) {
      return { kind: 'rate_limited', retryAfterMs: Math.max(1, err.parameters?.retry_after ?? 1) * 1000 };
    }
    if (migrateTo !== undefined) return { kind: 'migrated', newChatId: String(migrateTo) };
    if (THREAD_GONE.some((text) => description.includes(text))) return { kind: 'thread_gone' };
    if (err.error_code === 403 || UNREACHABLE.some((text) => description.includes(text))) {
      return { kind: 'unreachable', reason: err.description };
    }
    // 401 (token revoked) and 404 (wrong API root) are the operator's to fix: keep the work and retry.
    if (err.error_code === 401 || err.error_code === 404 || err.error_code >= 500) {
      return { kind: 'transient', reason: `${err.error_code} ${err.description}` };
    }
    return { kind: 'rejected', reason: err.description };
  }
  if (err instanceof HttpError) return { kind: 'transient', reason: `network: ${errorText(err.error)}` };
  return { kind: 'transient', reason: errorText(err) };
}

export function toDeliveryError(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  return new DeliveryError(failureOf(err), `telegram: ${errorText(err)}`);
}

/** True for Telegram's answer to an entity-parsing failure ("can't parse entities"). */
export function isParseError(err: unknown): boolean {
  return (
    err instanceof GrammyError && /can't parse entities|unsupported start tag|can't find end tag/i.test(err.description)
  );
}

/** True when Telegram says there is nothing to do (edit with the same text, delete of a deleted message). */
export function isHarmless(err: unknown): boolean {
  return (
    err instanceof GrammyError &&
    /message is not modified|message to delete not found|query is too old|query id is invalid/i.test(err.description)
  );
}

export function errorText(err: unknown): string {
  if (err instanceof GrammyError) return `${err.method}: ${err.error_code} ${err.description}`;
  return err instanceof Error ? err.message : String(err);
}
