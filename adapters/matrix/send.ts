// Sending one room event: the one way every outbound message, edit, poll and
// acknowledgement reaches the homeserver.

import { createHash, randomUUID } from 'node:crypto';
import type { MatrixClient } from 'matrix-bot-sdk';
import { toDeliveryError } from './errors.ts';
import type { Content } from './render.ts';

/** How long a direct reply waits out M_LIMIT_EXCEEDED before giving up. */
const DIRECT_REPLY_PATIENCE_MS = 30_000;

/**
 * PUT /send with a transaction id derived from the ledger key, so a retry of
 * the same send is the same event (Synapse keeps transaction ids per device
 * for a while); encrypted when the room is and E2EE is on.
 */
export async function sendRoomEvent(
  client: MatrixClient,
  roomId: string,
  type: string,
  content: Content,
  idempotencyKey?: string,
  replyKey?: string,
): Promise<string> {
  // A direct answer's key (the event it answers) makes its transaction id stable too: handled
  // again after a crash, the answer is the same event, not a second post.
  const key = idempotencyKey ?? replyKey;
  const txnId = key ? `cb${createHash('sha256').update(key).digest('base64url').slice(0, 32)}` : `cb-${randomUUID()}`;
  let eventType = type;
  let body: Content = content;
  try {
    if (client.crypto && (await client.crypto.isRoomEncrypted(roomId))) {
      body = (await client.crypto.encryptRoomEvent(roomId, type, content)) as unknown as Content;
      eventType = 'm.room.encrypted';
    }
    const path = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/${encodeURIComponent(eventType)}/${encodeURIComponent(txnId)}`;
    // A direct reply (no ledger key) has no job to retry it: wait out short rate limits here, with
    // the same transaction id. Queued sends return at once so the send queue reschedules them.
    const deadline = Date.now() + (idempotencyKey ? 0 : DIRECT_REPLY_PATIENCE_MS);
    for (;;) {
      try {
        const res = (await client.doRequest('PUT', path, null, body)) as { event_id: string };
        return res.event_id;
      } catch (err) {
        const failure = toDeliveryError(err).failure;
        if (failure.kind !== 'rate_limited' || Date.now() + failure.retryAfterMs > deadline) throw err;
        await new Promise((resolve) => setTimeout(resolve, failure.retryAfterMs));
      }
    }
  } catch (err) {
    throw toDeliveryError(err);
  }
}
