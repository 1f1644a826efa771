// /network report's batched reads on Prisma (core/store/network-overview.ts).

import type { NetworkOverviewRepository } from '../../core/store.ts';
import { Prisma } from '../generated/client.ts';
import type { RepoContext } from './context.ts';
import { toCohort } from './mappers.ts';

/** Ids per query: PostgreSQL takes up to 65,535 bind parameters. */
const CHUNK = 10_000;

async function chunked<T>(ids: string[], read: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let at = 0; at < ids.length; at += CHUNK) out.push(...(await read(ids.slice(at, at + CHUNK))));
  return out;
}

export function networkOverviewRepository({ client }: RepoContext): NetworkOverviewRepository {
  return {
    async cohorts(ids) {
      return (await chunked(ids, (part) => client.cohort.findMany({ where: { id: { in: part } } }))).map(toCohort);
    },
    members(cohortIds) {
      return chunked(cohortIds, (part) =>
        client.membership.findMany({
          where: { cohortId: { in: part }, status: { in: ['active', 'paused'] } },
          select: { id: true, cohortId: true, joinedAt: true },
        }),
      );
    },
    checkInsSince(cohortIds, since) {
      return chunked(cohortIds, (part) =>
        client.checkIn.findMany({
          where: { cohortId: { in: part }, dueAt: { gte: since } },
          select: { id: true, cohortId: true, dueAt: true, state: true, excused: true },
          orderBy: { dueAt: 'desc' },
        }),
      );
    },
    async answers(checkInIds) {
      const rows = await chunked(checkInIds, (part) =>
        client.checkInAnswer.findMany({
          where: { checkInId: { in: part } },
          select: { checkInId: true, membershipId: true, answers: true },
        }),
      );
      return rows.map((r) => ({
        checkInId: r.checkInId,
        membershipId: r.membershipId,
        answered: Array.isArray(r.answers) && r.answers.some((x) => !!x),
      }));
    },
    mentorships(cohortIds, since) {
      // One grouped count for all cohorts; the same definitions as the pairing report
      // (features/pairing/report.ts): asked when it was asked (or made), a preview is no request.
      const asked = Prisma.sql`status <> 'proposed' AND COALESCE("askedAt", "createdAt") >= ${since}`;
      return chunked(
        cohortIds,
        (part) =>
          client.$queryRaw<
            Array<{ cohortId: string; active: number; asked: number; accepted: number; declined: number }>
          >`
          SELECT "cohortId",
                 (count(*) FILTER (WHERE status = 'accepted'))::int AS active,
                 (count(*) FILTER (WHERE ${asked}))::int AS asked,
                 (count(*) FILTER (WHERE ${asked} AND status IN ('accepted', 'ended')))::int AS accepted,
                 (count(*) FILTER (WHERE ${asked} AND status = 'declined'))::int AS declined
          FROM "Mentorship"
          WHERE "cohortId" IN (${Prisma.join(part)})
          GROUP BY "cohortId"`,
      );
    },
  };
}
