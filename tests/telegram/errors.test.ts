// Telegram's error answers -> what the send queue does about them.

import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../../adapters/telegram/errors.ts';

function apiError(error_code: number, description: string, parameters: Record<string, number> = {}): GrammyError {
  return new GrammyError('call failed', { ok: false, error_code, description, parameters }, 'sendMessage', {});
}

describe('telegram errors -> delivery failures', () => {
  it.each([
    [
      apiError(429, 'Too Many Requests: retry after 7', { retry_after: 7 }),
      { kind: 'rate_limited', retryAfterMs: 7000 },
    ],
    [apiError(403, 'Forbidden: bot was blocked by the user'), { kind: 'unreachable' }],
    [apiError(403, 'Forbidden: bot was kicked from the supergroup chat'), { kind: 'unreachable' }],
    [apiError(403, 'Forbidden: user is deactivated'), { kind: 'unreachable' }],
    [apiError(403, "Forbidden: bot can't initiate conversation with a user"), { kind: 'unreachable' }],
    [apiError(400, 'Bad Request: chat not found'), { kind: 'unreachable' }],
    [apiError(400, 'Bad Request: PEER_ID_INVALID'), { kind: 'unreachable' }],
    [apiError(400, 'Bad Request: not enough rights to send text messages to the chat'), { kind: 'unreachable' }],
    [apiError(400, 'Bad Request: CHAT_WRITE_FORBIDDEN'), { kind: 'unreachable' }],
    [
      apiError(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1001234 }),
      { kind: 'migrated', newChatId: '-1001234' },
    ],
    [apiError(400, 'Bad Request: message thread not found'), { kind: 'thread_gone' }],
    [apiError(400, 'Bad Request: TOPIC_CLOSED'), { kind: 'thread_gone' }],
    [apiError(400, 'Bad Request: TOPIC_DELETED'), { kind: 'thread_gone' }],
    [apiError(400, 'Bad Request: message is too long'), { kind: 'rejected' }],
    [apiError(400, 'Bad Request: BUTTON_DATA_INVALID'), { kind: 'rejected' }],
    [apiError(500, 'Internal Server Error'), { kind: 'transient' }],
    [apiError(502, 'Bad Gateway'), { kind: 'transient' }],
    [apiError(401, 'Unauthorized'), { kind: 'transient' }],
    [new HttpError('Network request failed', new Error('ECONNRESET')), { kind: 'transient' }],
  ])('%s', (error, expected) => {
    expect(failureOf(error)).toMatchObject(expected);
  });
});
