import type { MembershipStatus, MembersOverTime, ReportRepository, ReportSettings } from '../../core/store.ts';
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
      // Two counts per check-in instead of one join of every asked person with their answer: the
      // join made ≈480,000 rows hashed against ≈250,000 answers (1.0–2.6 s on the bench's cohort,
      // spilling to disk); this counts the asked per check-in over the members (5,000 rows) and the
      // answered over the answers joined to members by id, 0.4–0.8 s (bench/RESULTS.md).
      const rows = await client.$queryRaw<Array<{ id: string; dueAt: Date; expected: number; answered: number }>>`
        SELECT k.id, k."dueAt",
               (SELECT count(*)::int FROM "Membership" m WHERE ${ASKED}) AS expected,
               COALESCE(done.n, 0)::int AS answered
        FROM "CheckIn" k
        LEFT JOIN (
          SELECT a."checkInId" AS id, count(*)::int AS n
          FROM "CheckInAnswer" a
          JOIN "CheckIn" k ON k.id = a."checkInId"
          JOIN "Membership" m ON m.id = a."membershipId"
          WHERE k."cohortId" = ${cohortId} AND k.state = 'closed'
            AND k."dueAt" >= ${span.since} AND k."dueAt" < ${span.until}
            AND ${ASKED} AND ${ANSWERED}
          GROUP BY a."checkInId"
        ) done ON done.id = k.id
        WHERE k."cohortId" = ${cohortId} AND k.state = 'closed'
          AND k."dueAt" >= ${span.since} AND k."dueAt" < ${span.until}
        ORDER BY k."dueAt", k.id`;
      return rows.map((r) => ({ checkInId: r.id, dueAt: r.dueAt, expected: r.expected, answered: r.answered }));
    },

    async firstJoin(cohortId) {
      const first = await client.membership.aggregate({ where: { cohortId }, _min: { joinedAt: true } });
      return first._min.joinedAt;
    },

    async membersOverTime(cohortId, span, period, timezone) {
      // The period's label as bucketOf (shared/report-periods.ts) makes it: the local day's month,
      // or the Monday of its week. Columns hold UTC without a zone.
      const local = (column: Prisma.Sql) => Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${timezone})`;
      const bucket = (column: Prisma.Sql) =>
        period === 'month'
          ? Prisma.sql`to_char(${local(column)}, 'YYYY-MM')`
          : Prisma.sql`to_char(date_trunc('week', ${local(column)}), 'YYYY-MM-DD')`;
      const rows = await client.$queryRaw<Array<{ kind: string; key: string; n: number }>>`
        WITH m AS (
          SELECT status::text AS status, "joinedAt" AS joined,
                 CASE WHEN status = 'left' THEN GREATEST("updatedAt", "joinedAt") END AS gone
          FROM "Membership"
          WHERE "cohortId" = ${cohortId} AND "joinedAt" < ${span.until}
        )
        SELECT 'now' AS kind, status AS key, count(*)::int AS n FROM m GROUP BY status
        UNION ALL
        SELECT 'before', '', count(*)::int FROM m
          WHERE joined < ${span.since} AND (gone IS NULL OR gone >= ${span.since})
        UNION ALL
        SELECT 'joined', ${bucket(Prisma.sql`joined`)}, count(*)::int FROM m
          WHERE joined >= ${span.since} GROUP BY 2
        UNION ALL
        SELECT 'left', ${bucket(Prisma.sql`gone`)}, count(*)::int FROM m
          WHERE gone >= ${span.since} AND gone < ${span.until} GROUP BY 2`;
      const result: MembersOverTime = { now: { active: 0, paused: 0, left: 0 }, before: 0, joined: [], left: [] };
      for (const row of rows) {
        if (row.kind === 'now') result.now[row.key as keyof MembersOverTime['now']] = row.n;
        else if (row.kind === 'before') result.before = row.n;
        else result[row.kind as 'joined' | 'left'].push({ bucket: row.key, count: row.n });
      }
      return result;
    },

    async participants(cohortId) {
      // One JSON text for everyone, parsed here: as rows, each of the five values went through
      // Prisma's raw-result conversions, about 2 KB allocated a person (20 MB for 10,000), most of
      // it kept by V8 until its next full collection (bench/RESULTS.md). Times as epoch ms
      // (the columns hold UTC without a zone).
      const [row] = await client.$queryRaw<Array<{ people: string | null }>>`
        SELECT json_agg(json_build_array(m.id, a."displayName", m.status,
                          floor(extract(epoch FROM m."joinedAt") * 1000), floor(extract(epoch FROM m."updatedAt") * 1000))
                        ORDER BY m."joinedAt", m.id)::text AS people
        FROM "Membership" m JOIN "Account" a ON a.id = m."accountId"
        WHERE m."cohortId" = ${cohortId}`;
      const people = JSON.parse(row?.people ?? '[]') as Array<[string, string, MembershipStatus, number, number]>;
      return people.map(([membershipId, displayName, status, joinedAt, updatedAt]) => ({
        membershipId,
        displayName,
        status,
        joinedAt: new Date(joinedAt),
        updatedAt: new Date(updatedAt),
      }));
    },

    async participationPage(cohortId, span, after, limit) {
      // Only the ids of those who answered, decided in SQL: the answers' JSON never leaves the database.
      // They come as one string per check-in (ids are UUIDs: no commas): an array of ~2,500 ids was
      // parsed by pg and then copied element by element through Prisma's raw-result conversions,
      // about 350 bytes allocated per id (bench/RESULTS.md). The page's check-ins are
      // chosen first and only their answers read: grouping every remaining check-in's answers before
      // the LIMIT took 200-280 ms a page on the bench's cohort, this 10-20 ms.
      const rows = await client.$queryRaw<
        Array<{ id: string; dueAt: Date; closesAt: Date; excused: string[]; answered: string }>
      >`
        SELECT k.id, k."dueAt", k."closesAt", k.excused,
               COALESCE((SELECT string_agg(a."membershipId", ',') FROM "CheckInAnswer" a
                         WHERE a."checkInId" = k.id AND ${ANSWERED}), '') AS answered
        FROM (
          SELECT k.id, k."dueAt", k."closesAt", k.excused FROM "CheckIn" k
          WHERE k."cohortId" = ${cohortId} AND k.state = 'closed'
            AND k."dueAt" >= ${span.since} AND k."dueAt" < ${span.until}
            ${after ? Prisma.sql`AND (k."dueAt", k.id) > (${after.dueAt}, ${after.id})` : Prisma.empty}
          ORDER BY k."dueAt", k.id
          LIMIT ${limit}
        ) k
        ORDER BY k."dueAt", k.id`;
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
