// Cross-cohort peer matching on Prisma (core/store/network-meet.ts).

import type { NetworkMeetRepository, NetworkMeetRound } from '../../core/store.ts';
import type * as Rows from '../generated/client.ts';
import type { RepoContext } from './context.ts';
import { toAccount, toCohort, toMembership } from './mappers.ts';

const isDuplicate = (error: unknown) => (error as { code?: string } | null)?.code === 'P2002';

function toRound(row: Rows.NetworkMeetRound & { members: Rows.NetworkMeetMember[] }): NetworkMeetRound {
  const groups: string[][] = [];
  for (const m of row.members) {
    const group = groups[m.group];
    if (group) group.push(m.membershipId);
    else groups[m.group] = [m.membershipId];
  }
  return {
    id: row.id,
    networkId: row.networkId,
    number: row.number,
    createdAt: row.createdAt,
    // A group emptied by /forgetme leaves a hole: not a group any more.
    groups: groups.filter((g) => g && g.length > 0),
  };
}

export function networkMeetRepository({ client, atomically }: RepoContext): NetworkMeetRepository {
  return {
    async optIn(networkId, membershipId, at) {
      try {
        await client.networkMeetOptIn.create({ data: { networkId, membershipId, createdAt: at } });
        return true;
      } catch (error) {
        if (isDuplicate(error)) return false;
        throw error;
      }
    },
    async optOut(networkId, membershipId) {
      const { count } = await client.networkMeetOptIn.deleteMany({ where: { networkId, membershipId } });
      return count > 0;
    },
    async optInsOf(membershipIds) {
      if (membershipIds.length === 0) return [];
      return client.networkMeetOptIn.findMany({
        where: { membershipId: { in: membershipIds } },
        orderBy: { createdAt: 'asc' },
        select: { networkId: true, membershipId: true, createdAt: true },
      });
    },
    async participants(networkId) {
      // Opt-ins of active members of live cohorts still linked to the network,
      // with their accounts; the (few) cohorts read once, not once per person.
      const rows = await client.networkMeetOptIn.findMany({
        where: {
          networkId,
          membership: {
            status: 'active',
            cohort: { status: 'active', networks: { some: { networkId } } },
          },
        },
        include: { membership: { include: { account: true } } },
        orderBy: [{ createdAt: 'asc' }, { membershipId: 'asc' }],
      });
      const cohortIds = [...new Set(rows.map((r) => r.membership.cohortId))];
      const cohorts = new Map(
        (await client.cohort.findMany({ where: { id: { in: cohortIds } } })).map((c) => [c.id, toCohort(c)]),
      );
      return rows.map(({ membership }) => ({
        ...toMembership(membership),
        account: toAccount(membership.account),
        cohort: cohorts.get(membership.cohortId)!,
      }));
    },
    async accountsOf(membershipIds) {
      if (membershipIds.length === 0) return new Map();
      const rows = await client.membership.findMany({
        where: { id: { in: membershipIds } },
        select: { id: true, accountId: true },
      });
      return new Map(rows.map((r) => [r.id, r.accountId]));
    },
    async recentRounds(networkId, limit) {
      const rows = await client.networkMeetRound.findMany({
        where: { networkId },
        orderBy: { number: 'desc' },
        take: limit,
        include: { members: true },
      });
      return rows.reverse().map(toRound);
    },
    async createRound({ networkId, groups, at }) {
      return atomically(async (tx) => {
        const last = await tx.networkMeetRound.findFirst({ where: { networkId }, orderBy: { number: 'desc' } });
        const round = await tx.networkMeetRound.create({
          data: { networkId, number: (last?.number ?? 0) + 1, createdAt: at },
        });
        // One statement with two array parameters: a createMany of 10,000 rows
        // binds 30,000 parameters and took seconds (bench/network.ts).
        const groupOf = groups.flatMap((ids, group) => ids.map(() => group));
        const memberships = groups.flat();
        await tx.$executeRaw`
          INSERT INTO "NetworkMeetMember" ("roundId", "group", "membershipId")
          SELECT ${round.id}, g, m FROM unnest(${groupOf}::int[], ${memberships}::text[]) AS t(g, m)`;
        return { id: round.id, networkId, number: round.number, createdAt: round.createdAt, groups };
      });
    },
    async roundsOf(membershipIds) {
      if (membershipIds.length === 0) return [];
      const places = await client.networkMeetMember.findMany({ where: { membershipId: { in: membershipIds } } });
      if (places.length === 0) return [];
      const rows = await client.networkMeetRound.findMany({
        where: { id: { in: [...new Set(places.map((p) => p.roundId))] } },
        orderBy: { createdAt: 'desc' },
        include: { members: true },
      });
      // Only their own groups: who else met in that round is not theirs to read.
      const mine = new Set(places.map((p) => `${p.roundId} ${p.group}`));
      return rows.map((row) => {
        const round = toRound({ ...row, members: row.members.filter((m) => mine.has(`${row.id} ${m.group}`)) });
        return round;
      });
    },
    async forget(membershipIds) {
      if (membershipIds.length === 0) return;
      await atomically(async (tx) => {
        await tx.networkMeetOptIn.deleteMany({ where: { membershipId: { in: membershipIds } } });
        await tx.networkMeetMember.deleteMany({ where: { membershipId: { in: membershipIds } } });
      });
    },
  };
}
