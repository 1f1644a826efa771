// Networks of cohorts on Prisma (core/store/network.ts).

import type {
  Network,
  NetworkCohort,
  NetworkRepository,
  NetworkShare,
  NetworkShareStatus,
  ShareSourceKind,
} from '../../core/store.ts';
import type * as Rows from '../generated/client.ts';
import type { RepoContext } from './context.ts';

function toNetwork(row: Rows.Network): Network {
  return {
    id: row.id,
    name: row.name,
    hubChatId: row.hubChatId,
    hubThreadId: row.hubThreadId,
    lastDigestAt: row.lastDigestAt,
    spaceRoomId: row.spaceRoomId,
    pageLinkEpoch: row.pageLinkEpoch,
    meetEveryWeeks: row.meetEveryWeeks,
    meetNextDueAt: row.meetNextDueAt,
    createdAt: row.createdAt,
  };
}

function toLink(row: Rows.NetworkCohort): NetworkCohort {
  return {
    networkId: row.networkId,
    cohortId: row.cohortId,
    approval: row.approval,
    announcements: row.announcements,
    joinedAt: row.joinedAt,
  };
}

function toShare(row: Rows.NetworkShare): NetworkShare {
  return {
    id: row.id,
    networkId: row.networkId,
    membershipId: row.membershipId,
    cohortId: row.cohortId,
    sourceKind: row.sourceKind as ShareSourceKind,
    sourceId: row.sourceId,
    text: row.text,
    locale: row.locale,
    withName: row.withName,
    status: row.status as NetworkShareStatus,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    digestedAt: row.digestedAt,
  };
}

/** Prisma's unique-constraint violation. */
const isDuplicate = (error: unknown) => (error as { code?: string } | null)?.code === 'P2002';

export function networkRepository({ client, atomically }: RepoContext): NetworkRepository {
  return {
    async create({ name, cohortId, coordinatorAccountId, at }) {
      return atomically(async (tx) =>
        toNetwork(
          await tx.network.create({
            data: {
              name,
              createdAt: at,
              cohorts: { create: { cohortId, joinedAt: at } },
              coordinators: { create: { accountId: coordinatorAccountId, createdAt: at } },
            },
          }),
        ),
      );
    },
    async byId(id) {
      const row = await client.network.findUnique({ where: { id } });
      return row ? toNetwork(row) : null;
    },
    async ofCohort(cohortId) {
      const rows = await client.networkCohort.findMany({
        where: { cohortId },
        include: { network: true },
        orderBy: { joinedAt: 'asc' },
      });
      return rows.map((row) => ({ network: toNetwork(row.network), link: toLink(row) }));
    },
    async cohorts(networkId) {
      const rows = await client.networkCohort.findMany({ where: { networkId }, orderBy: { joinedAt: 'asc' } });
      return rows.map(toLink);
    },
    async coordinatorIds(networkId) {
      const rows = await client.networkCoordinator.findMany({ where: { networkId }, orderBy: { createdAt: 'asc' } });
      return rows.map((row) => row.accountId);
    },
    async coordinatedBy(accountId) {
      const rows = await client.network.findMany({
        where: { coordinators: { some: { accountId } } },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map(toNetwork);
    },
    async withHub() {
      const rows = await client.network.findMany({
        where: { hubChatId: { not: null } },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map(toNetwork);
    },
    async createInvite({ code, networkId, expiresAt }) {
      await client.networkInvite.create({ data: { code, networkId, expiresAt } });
    },
    async redeemInvite(code, cohortId, at) {
      return atomically(async (tx) => {
        const invite = await tx.networkInvite.findUnique({ where: { code }, include: { network: true } });
        if (!invite) return { kind: 'unknown' } as const;
        if (invite.usedAt) return { kind: 'used' } as const;
        if (invite.expiresAt.getTime() <= at.getTime()) return { kind: 'expired' } as const;
        const network = toNetwork(invite.network);
        const already = await tx.networkCohort.findUnique({
          where: { networkId_cohortId: { networkId: invite.networkId, cohortId } },
        });
        if (already) return { kind: 'already-in', network } as const;
        // Only the first of two cohorts racing for one code uses it.
        const { count } = await tx.networkInvite.updateMany({ where: { code, usedAt: null }, data: { usedAt: at } });
        if (count !== 1) return { kind: 'used' } as const;
        await tx.networkCohort.create({ data: { networkId: invite.networkId, cohortId, joinedAt: at } });
        return { kind: 'joined', network } as const;
      });
    },
    async leave(networkId, cohortId) {
      return atomically(async (tx) => {
        const { count } = await tx.networkCohort.deleteMany({ where: { networkId, cohortId } });
        if (count === 0) return false;
        await tx.networkShare.updateMany({
          // Sent or not: off the network's page too, and not back if the cohort joins again.
          where: { networkId, cohortId, status: { in: ['pending', 'approved'] } },
          data: { status: 'withdrawn' },
        });
        return true;
      });
    },
    async setCohortSettings(networkId, cohortId, settings) {
      const { count } = await client.networkCohort.updateMany({ where: { networkId, cohortId }, data: settings });
      return count === 1;
    },
    async setHub(networkId, hubChatId, hubThreadId, at) {
      // The first digest comes a week after the hub is attached.
      await client.network.update({ where: { id: networkId }, data: { hubChatId, hubThreadId, lastDigestAt: at } });
    },
    async setSpace(networkId, spaceRoomId) {
      await client.network.update({ where: { id: networkId }, data: { spaceRoomId } });
    },
    async setLastDigest(networkId, at) {
      await client.network.update({ where: { id: networkId }, data: { lastDigestAt: at } });
    },
    async share(input) {
      try {
        return toShare(await client.networkShare.create({ data: input }));
      } catch (error) {
        if (isDuplicate(error)) return null;
        throw error;
      }
    },
    async shareById(id) {
      const row = await client.networkShare.findUnique({ where: { id } });
      return row ? toShare(row) : null;
    },
    async decide(id, status, at) {
      const { count } = await client.networkShare.updateMany({
        where: { id, status: 'pending' },
        data: { status, decidedAt: at },
      });
      return count === 1;
    },
    async withdraw(membershipId, sourceKind, sourceId) {
      const { count } = await client.networkShare.updateMany({
        where: { membershipId, sourceKind, sourceId, status: { in: ['pending', 'approved'] } },
        data: { status: 'withdrawn' },
      });
      return count;
    },
    async sharesOf(membershipIds) {
      const rows = await client.networkShare.findMany({
        where: { membershipId: { in: membershipIds } },
        orderBy: { createdAt: 'desc' },
      });
      return rows.map(toShare);
    },
    async dueForDigest(networkId) {
      const cohorts = await client.networkCohort.findMany({ where: { networkId }, select: { cohortId: true } });
      const rows = await client.networkShare.findMany({
        where: {
          networkId,
          status: 'approved',
          digestedAt: null,
          cohortId: { in: cohorts.map((c) => c.cohortId) },
        },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map(toShare);
    },
    async markDigested(ids, at) {
      await client.networkShare.updateMany({ where: { id: { in: ids } }, data: { digestedAt: at } });
    },
    async pageItems(networkId) {
      const cohorts = await client.networkCohort.findMany({ where: { networkId }, select: { cohortId: true } });
      const rows = await client.networkShare.findMany({
        where: { networkId, status: 'approved', cohortId: { in: cohorts.map((c) => c.cohortId) } },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map(toShare);
    },
    async revokePageLinks(networkId) {
      const row = await client.network.update({
        where: { id: networkId },
        data: { pageLinkEpoch: { increment: 1 } },
      });
      return row.pageLinkEpoch;
    },
    async setMeetRhythm(networkId, everyWeeks, nextDueAt) {
      await client.network.update({
        where: { id: networkId },
        data: { meetEveryWeeks: everyWeeks, meetNextDueAt: nextDueAt },
      });
    },
    async advanceMeetRhythm(networkId, dueAt, next) {
      const { count } = await client.network.updateMany({
        where: { id: networkId, meetEveryWeeks: { gt: 0 }, meetNextDueAt: dueAt },
        data: { meetNextDueAt: next },
      });
      return count === 1;
    },
    async withMeetRhythm() {
      const rows = await client.network.findMany({
        where: { meetEveryWeeks: { gt: 0 }, meetNextDueAt: { not: null } },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map(toNetwork);
    },
    async deleteSharesOf(membershipIds) {
      const { count } = await client.networkShare.deleteMany({ where: { membershipId: { in: membershipIds } } });
      return count;
    },
  };
}
