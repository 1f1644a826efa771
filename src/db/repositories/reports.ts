import type { ReportRepository, ReportSettings } from '../../core/store.ts';
import { Prisma } from '../generated/client.ts';
import type { RepoContext } from './context.ts';

// Who a check-in was for (as /checkin stats and the participation export): joined by
// its due time, not excused (on a break when it closed), not left before it (a left
// membership's last update is when it left).
const ASKED = Prisma.sql`m."cohortId" = k."cohortId" AND m."joinedAt" <= k."dueAt"
  AND NOT (m.id = ANY (k.excused))
  AND NOT (m.status = 'left' AND GREATEST(m."updatedAt", m."joinedAt") < k."dueAt")`;

// An answer row counts when one of its answers is neither null (skipped) nor empty.
const ANSWERED = Prisma.sql`jsonb_path_exists(a.answers, '$[*] ? (@ != null && @ != "")')`;

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

    async checkInRates(cohortId, span) {
      const rows = await client.$queryRaw<Array<{ id: string; dueAt: Date; expected: number; answered: number }>>`
        SELECT k.id, k."dueAt",
               count(m.id)::int AS expected,
               count(a.id) FILTER (WHERE ${ANSWERED})::int AS answered
        FROM "CheckIn" k
        LEFT JOIN "Membership" m ON ${ASKED}
        LEFT JOIN "CheckInAnswer" a ON a."checkInId" = k.id AND a."membershipId" = m.id
        WHERE k."cohortId" = ${cohortId} AND k.state = 'closed'
          AND k."dueAt" >= ${span.since} AND k."dueAt" < ${span.until}
        GROUP BY k.id, k."dueAt"
        ORDER BY k."dueAt", k.id`;
      return rows.map((r) => ({ checkInId: r.id, dueAt: r.dueAt, expected: r.expected, answered: r.answered }));
    },

    async participationPage(cohortId, span, after, limit) {
      // Only the ids of those who answered, decided in SQL: the answers' JSON never leaves the database.
      const rows = await client.$queryRaw<
        Array<{ id: string; dueAt: Date; closesAt: Date; excused: string[]; answered: string[] }>
      >`
        SELECT k.id, k."dueAt", k."closesAt", k.excused,
               COALESCE(array_agg(a."membershipId") FILTER (WHERE ${ANSWERED}), '{}') AS answered
        FROM "CheckIn" k
        LEFT JOIN "CheckInAnswer" a ON a."checkInId" = k.id
        WHERE k."cohortId" = ${cohortId} AND k.state = 'closed'
          AND k."dueAt" >= ${span.since} AND k."dueAt" < ${span.until}
          ${after ? Prisma.sql`AND (k."dueAt", k.id) > (${after.dueAt}, ${after.id})` : Prisma.empty}
        GROUP BY k.id
        ORDER BY k."dueAt", k.id
        LIMIT ${limit}`;
      return rows.map((r) => ({
        checkInId: r.id,
        dueAt: r.dueAt,
        closesAt: r.closesAt,
        excused: r.excused,
        answered: r.answered,
      }));
    },
  };
}
