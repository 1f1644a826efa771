import type { InboundRepository } from '../../core/store.ts';
import type { RepoContext } from './context.ts';

export function inboundRepository({ client }: RepoContext): InboundRepository {
  return {
    async firstSeen(platform, eventId) {
      // INSERT ... ON CONFLICT DO NOTHING: the row count says whether this call inserted it.
      const { count } = await client.inboundEvent.createMany({ data: [{ platform, eventId }], skipDuplicates: true });
      return count === 1;
    },

    async has(platform, eventId) {
      const row = await client.inboundEvent.findUnique({
        where: { platform_eventId: { platform, eventId } },
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
