import type { AuditRepository } from '../../core/store.ts';
import { type RepoContext, toJson } from './context.ts';
import { toAuditEntry } from './mappers.ts';

const DEFAULT_LIMIT = 100;

export function auditRepository({ client }: RepoContext): AuditRepository {
  return {
    async record(entry) {
      await client.auditEntry.create({
        data: {
          cohortId: entry.cohortId,
          chatId: entry.chatId,
          actorAccountId: entry.actorAccountId,
          action: entry.action,
          details: toJson(entry.details),
          ...(entry.createdAt ? { createdAt: entry.createdAt } : {}),
        },
      });
    },

    /** Newest first. */
    async list(filter) {
      const rows = await client.auditEntry.findMany({
        where: {
          ...(filter.cohortId !== undefined ? { cohortId: filter.cohortId } : {}),
          ...(filter.actorAccountId !== undefined ? { actorAccountId: filter.actorAccountId } : {}),
          ...(filter.since !== undefined ? { createdAt: { gte: filter.since } } : {}),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: filter.limit ?? DEFAULT_LIMIT,
      });
      return rows.map(toAuditEntry);
    },
  };
}
