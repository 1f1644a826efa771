import { createHash } from 'node:crypto';
import type { InboundRepository } from '../../core/store.ts';
import type { Platform } from '../../core/types.ts';
import { batched, byPlatform } from '../../util/batched.ts';
import type { RepoContext } from './context.ts';

/**
 * What the table keeps of an event id: its SHA-256. De-duplication only asks
 * "was this id seen?", which the digest answers; the digest cannot be turned
 * back into the id, so a record points at nobody's message (docs/privacy.md).
 */
function digest(eventId: string): string {
  return createHash('sha256').update(eventId, 'utf8').digest('hex');
}

interface EventKey {
  platform: Platform;
  digest: string;
}

export function inboundRepository({ client }: RepoContext): InboundRepository {
  // Every chat of a batch of updates asks at the same moment: one query for all (src/util/batched.ts).
  const seen = batched<EventKey, boolean>(async (keys) => {
    const rows = await client.inboundEvent.findMany({
      where: {
        OR: byPlatform(keys, (k) => k.digest).map(([platform, digests]) => ({ platform, eventId: { in: digests } })),
      },
      select: { platform: true, eventId: true },
    });
    const found = new Set(rows.map((r) => `${r.platform}:${r.eventId}`));
    return keys.map((k) => found.has(`${k.platform}:${k.digest}`));
  });
  // INSERT ... ON CONFLICT DO NOTHING for the whole batch: RETURNING says which rows this call inserted.
  const record = batched<EventKey, boolean>(async (keys) => {
    const rows = await client.$queryRaw<Array<{ platform: string; eventId: string }>>`
      INSERT INTO "InboundEvent" ("platform", "eventId")
      SELECT * FROM unnest(${keys.map((k) => k.platform)}::text[], ${keys.map((k) => k.digest)}::text[])
      ON CONFLICT DO NOTHING
      RETURNING "platform", "eventId"`;
    const inserted = new Set(rows.map((r) => `${r.platform}:${r.eventId}`));
    // The same id twice in one batch: the first caller inserted it.
    return keys.map((k) => inserted.delete(`${k.platform}:${k.digest}`));
  });
  return {
    firstSeen: (platform, eventId) => record({ platform, digest: digest(eventId) }),

    has: (platform, eventId) => seen({ platform, digest: digest(eventId) }),

    async prune(before) {
      const { count } = await client.inboundEvent.deleteMany({ where: { receivedAt: { lt: before } } });
      return count;
    },
  };
}
