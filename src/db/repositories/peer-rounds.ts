// Peer rounds on Prisma: a cohort's settings, its rounds with their groups,
// and each member's "did you meet?" answer.

import type { PeerAnswer, PeerRound, PeerRoundRepository, PeerRoundSettings } from '../../core/store.ts';
import type * as Rows from '../generated/client.ts';
import type { RepoContext } from './context.ts';

const WITH_GROUPS = {
  groups: { orderBy: { id: 'asc' }, include: { members: { orderBy: { membershipId: 'asc' } } } },
} as const;

type RoundRow = Rows.PeerRound & { groups: Array<Rows.PeerGroup & { members: Rows.PeerGroupMember[] }> };

function toSettings(row: Rows.PeerRoundSettings): PeerRoundSettings {
  return {
    cohortId: row.cohortId,
    everyWeeks: row.everyWeeks,
    nextDueAt: row.nextDueAt,
    followUpDays: row.followUpDays,
  };
}

function toRound(row: RoundRow): PeerRound {
  return {
    id: row.id,
    cohortId: row.cohortId,
    number: row.number,
    followUpAt: row.followUpAt,
    followedUpAt: row.followedUpAt,
    createdAt: row.createdAt,
    groups: row.groups.map((g) => ({
      id: g.id,
      members: g.members.map((m) => ({ membershipId: m.membershipId, answer: m.answer as PeerAnswer | null })),
    })),
  };
}

export function peerRoundRepository({ client, atomically }: RepoContext): PeerRoundRepository {
  return {
    async settings(cohortId) {
      const row = await client.peerRoundSettings.findUnique({ where: { cohortId } });
      return row ? toSettings(row) : null;
    },
    async saveSettings(cohortId, patch) {
      return toSettings(
        await client.peerRoundSettings.upsert({ where: { cohortId }, create: { cohortId, ...patch }, update: patch }),
      );
    },
    async advance(cohortId, from, to) {
      const { count } = await client.peerRoundSettings.updateMany({
        where: { cohortId, nextDueAt: from },
        data: { nextDueAt: to },
      });
      return count === 1;
    },
    async scheduled() {
      const rows = await client.peerRoundSettings.findMany({
        where: { everyWeeks: { gt: 0 }, cohort: { status: { not: 'archived' } } },
      });
      return rows.map(toSettings);
    },
    async create({ cohortId, followUpAt, groups, createdAt }) {
      return atomically(async (tx) => {
        const last = await tx.peerRound.findFirst({ where: { cohortId }, orderBy: { number: 'desc' } });
        const row = await tx.peerRound.create({
          data: {
            cohortId,
            number: (last?.number ?? 0) + 1,
            followUpAt,
            ...(createdAt ? { createdAt } : {}),
            groups: {
              create: groups.map((memberIds) => ({
                members: { create: memberIds.map((membershipId) => ({ membershipId })) },
              })),
            },
          },
          include: WITH_GROUPS,
        });
        return toRound(row);
      });
    },
    async byId(id) {
      const row = await client.peerRound.findUnique({ where: { id }, include: WITH_GROUPS });
      return row ? toRound(row) : null;
    },
    async ofCohort(cohortId) {
      const rows = await client.peerRound.findMany({
        where: { cohortId },
        orderBy: { number: 'asc' },
        include: WITH_GROUPS,
      });
      return rows.map(toRound);
    },
    async awaitingFollowUp() {
      const rows = await client.peerRound.findMany({
        where: { followedUpAt: null, cohort: { status: { not: 'archived' } } },
        include: WITH_GROUPS,
      });
      return rows.map(toRound);
    },
    async markFollowedUp(id, at) {
      const { count } = await client.peerRound.updateMany({
        where: { id, followedUpAt: null },
        data: { followedUpAt: at },
      });
      return count === 1;
    },
    async answer(groupId, membershipId, answer, at) {
      const { count } = await client.peerGroupMember.updateMany({
        where: { groupId, membershipId },
        data: { answer, answeredAt: at },
      });
      return count === 1;
    },
  };
}
