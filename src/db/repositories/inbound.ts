import { createHash } from 'node:crypto';
import type { InboundRepository } from '../../core/store.ts';
import type { RepoContext } from './context.ts';

/**
 * What the table keeps of an event id: its SHA-256. De-duplication only asks
 * "was this id seen?", which the digest answers; the digest cannot be turned
 * back into the id, so a record points at nobody's message (docs/privacy.md).
 */
function digest(eventId: string): string {
  return createHash('sha256').update(eventId, 'utf8').digest('hex');
}

export function inboundRepository({ client }: RepoContext): InboundRepository {
  return {
    async firstSeen(platform, eventId) {
      // INSERT ... ON CONFLICT DO NOTHING: the row count says whether this call inserted it.
      const { count } = await client.inboundEvent.createMany({
        data: [{ platform, eventId: digest(eventId) }],
        skipDuplicates: true,
      });
      return count === 1;
    },

    async has(platform, eventId) {
      const row = await client.inboundEvent.findUnique({
        where: { platform_eventId: { platform, eventId: digest(eventId) } },
        select: { eventId: true },
      });
      return row !== null;
    },

    async prune(before) {
      const { count } = await client.inboundEvent.deleteMany({ where: { receivedAt: { lt: before } } });
      return count;
    },
  };
}
