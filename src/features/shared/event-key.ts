// A platform event id, as a part of a ledger key: hashed. Keys live on in the
// ledger and in the send queue's job data after a person is forgotten, and a
// Matrix event id resolves to its sender on the homeserver; the hash keeps the
// key unique per event without pointing at anyone.

import { createHash } from 'node:crypto';

export function eventKey(eventId: string): string {
  return createHash('sha256').update(eventId).digest('base64url').slice(0, 16);
}
