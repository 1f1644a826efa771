import type { ReportRepository, ReportSettings } from '../../core/store.ts';
import type { RepoContext } from './context.ts';

function toSettings(cohortId: string, row: { linkEpoch: number } | null): ReportSettings {
  return { cohortId, linkEpoch: row?.linkEpoch ?? 0 };
}

export function reportRepository({ client }: RepoContext): ReportRepository {
  return {
    async settings(cohortId) {
      return toSettings(cohortId, await client.reportSettings.findUnique({ where: { cohortId } }));
    },

    async revokeLinks(cohortId) {
      const row = await client.reportSettings.upsert({
        where: { cohortId },
        create: { cohortId, linkEpoch: 1 },
        update: { linkEpoch: { increment: 1 } },
      });
      return toSettings(cohortId, row);
    },

    async participationPage(cohortId, span, after, limit) {
      const rows = await client.checkIn.findMany({
        where: {
          cohortId,
          state: 'closed',
          dueAt: { gte: span.since, lt: span.until },
          ...(after ? { OR: [{ dueAt: { gt: after.dueAt } }, { dueAt: after.dueAt, id: { gt: after.id } }] } : {}),
        },
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        take: limit,
        select: {
          id: true,
          dueAt: true,
          closesAt: true,
          excused: true,
          answers: { select: { membershipId: true, answers: true } },
        },
      });
      return rows.map((r) => ({
        checkInId: r.id,
        dueAt: r.dueAt,
        closesAt: r.closesAt,
        excused: r.excused,
        // A row whose every question was skipped is no answer (as in the check-ins report).
        answered: r.answers
          .filter((a) => Array.isArray(a.answers) && a.answers.some((x) => x))
          .map((a) => a.membershipId),
      }));
    },
  };
}
