// Gatherings, their answers and commitments on Prisma.

import type {
  Commitment,
  CommitmentStatus,
  CommitmentVisibility,
  Gathering,
  GatheringRepository,
  GatheringSettings,
  GatheringStatus,
  Rsvp,
  RsvpAnswer,
} from '../../core/store.ts';
import type * as Rows from '../generated/client.ts';
import type { RepoContext } from './context.ts';
import { toAccount, toMembership } from './mappers.ts';

function toGathering(row: Rows.Gathering): Gathering {
  return {
    id: row.id,
    cohortId: row.cohortId,
    number: row.number,
    title: row.title,
    description: row.description,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timezone: row.timezone,
    place: row.place,
    onlineUrl: row.onlineUrl,
    capacity: row.capacity,
    status: row.status as GatheringStatus,
    roomCode: row.roomCode,
    revision: row.revision,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toRsvp(row: Rows.GatheringRsvp): Rsvp {
  return {
    gatheringId: row.gatheringId,
    membershipId: row.membershipId,
    answer: row.answer as RsvpAnswer,
    answeredAt: row.answeredAt,
    attendedAt: row.attendedAt,
    followUpStep: row.followUpStep,
    intention: row.intention,
  };
}

function toSettings(row: Rows.GatheringSettings): GatheringSettings {
  return {
    cohortId: row.cohortId,
    reminderMinutes: row.reminderMinutes,
    stepDays: row.stepDays,
    feedToken: row.feedToken,
  };
}

function toCommitment(row: Rows.Commitment): Commitment {
  return {
    id: row.id,
    gatheringId: row.gatheringId,
    membershipId: row.membershipId,
    text: row.text,
    visibility: row.visibility as CommitmentVisibility,
    status: row.status as CommitmentStatus,
    targetDate: row.targetDate,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function gatheringRepository({ client, atomically }: RepoContext): GatheringRepository {
  return {
    async create(input) {
      // Two creates at once may pick the same number: the unique index refuses
      // the second, which retries once with the next one.
      for (let attempt = 0; ; attempt++) {
        try {
          return await atomically(async (tx) => {
            const last = await tx.gathering.findFirst({
              where: { cohortId: input.cohortId },
              orderBy: { number: 'desc' },
              select: { number: true },
            });
            return toGathering(await tx.gathering.create({ data: { ...input, number: (last?.number ?? 0) + 1 } }));
          });
        } catch (error) {
          if (attempt > 0 || (error as { code?: string }).code !== 'P2002') throw error;
        }
      }
    },
    async byId(id) {
      const row = await client.gathering.findUnique({ where: { id } });
      return row ? toGathering(row) : null;
    },
    async byNumber(cohortId, number) {
      const row = await client.gathering.findUnique({ where: { cohortId_number: { cohortId, number } } });
      return row ? toGathering(row) : null;
    },
    async upcoming(cohortId, since) {
      const rows = await client.gathering.findMany({
        where: { cohortId, status: 'scheduled', endsAt: { gte: since } },
        orderBy: { startsAt: 'asc' },
      });
      return rows.map(toGathering);
    },
    async endingAfter(since) {
      const rows = await client.gathering.findMany({
        where: { status: 'scheduled', endsAt: { gte: since } },
        orderBy: { startsAt: 'asc' },
      });
      return rows.map(toGathering);
    },
    async inRange(cohortId, since, until) {
      const rows = await client.gathering.findMany({
        where: { cohortId, startsAt: { gte: since, lt: until } },
        orderBy: { startsAt: 'asc' },
      });
      return rows.map(toGathering);
    },
    async update(id, patch) {
      return toGathering(
        await client.gathering.update({ where: { id }, data: { ...patch, revision: { increment: 1 } } }),
      );
    },
    async settings(cohortId) {
      const row = await client.gatheringSettings.findUnique({ where: { cohortId } });
      return row ? toSettings(row) : null;
    },
    async saveSettings(cohortId, patch, defaults) {
      const row = await client.gatheringSettings.upsert({
        where: { cohortId },
        create: { cohortId, ...defaults, ...patch },
        update: patch,
      });
      return toSettings(row);
    },
    async settingsByFeedToken(token) {
      const row = await client.gatheringSettings.findUnique({ where: { feedToken: token } });
      return row ? toSettings(row) : null;
    },
    async rsvps(gatheringId) {
      const rows = await client.gatheringRsvp.findMany({ where: { gatheringId }, orderBy: { answeredAt: 'asc' } });
      return rows.map(toRsvp);
    },
    async rsvpsOfMember(membershipId) {
      const rows = await client.gatheringRsvp.findMany({ where: { membershipId }, orderBy: { answeredAt: 'asc' } });
      return rows.map(toRsvp);
    },
    async stepRows(gatheringId, membershipIds) {
      const rows = await client.gatheringRsvp.findMany({
        where: { gatheringId, membershipId: { in: membershipIds } },
        include: {
          membership: {
            include: { account: true, commitments: { where: { gatheringId }, orderBy: { createdAt: 'asc' } } },
          },
        },
      });
      return rows.map(({ membership: { account, commitments, ...membership }, ...rsvp }) => ({
        rsvp: toRsvp(rsvp),
        member: { ...toMembership(membership), account: toAccount(account) },
        commitments: commitments.map(toCommitment),
      }));
    },
    async anyPresent(gatheringId) {
      return (await client.gatheringRsvp.findFirst({ where: { gatheringId, attendedAt: { not: null } } })) !== null;
    },
    async participantPage(gatheringId, { present, statuses, after, limit }) {
      const rows = await client.gatheringRsvp.findMany({
        where: {
          gatheringId,
          ...(present ? { attendedAt: { not: null } } : { answer: 'going' }),
          membership: { status: { in: statuses } },
          ...(after ? { membershipId: { gt: after } } : {}),
        },
        // Only what planning reads: whole rows with member and account cost several times the memory.
        select: {
          membershipId: true,
          followUpStep: true,
          membership: { select: { timezone: true, account: { select: { timezone: true } } } },
        },
        orderBy: { membershipId: 'asc' },
        take: limit,
      });
      return rows.map(({ membershipId, followUpStep, membership }) => ({
        membershipId,
        followUpStep,
        timezone: membership.timezone ?? membership.account.timezone,
      }));
    },
    async setRsvp(gatheringId, membershipId, answer, at) {
      const row = await client.gatheringRsvp.upsert({
        where: { gatheringId_membershipId: { gatheringId, membershipId } },
        create: { gatheringId, membershipId, answer, answeredAt: at },
        update: { answer, answeredAt: at },
      });
      return toRsvp(row);
    },
    async setAttended(gatheringId, membershipId, at) {
      const row = await client.gatheringRsvp.upsert({
        where: { gatheringId_membershipId: { gatheringId, membershipId } },
        create: { gatheringId, membershipId, answer: 'going', answeredAt: at ?? new Date(0), attendedAt: at },
        update: { attendedAt: at },
      });
      return toRsvp(row);
    },
    async setIntention(gatheringId, membershipId, text) {
      const { count } = await client.gatheringRsvp.updateMany({
        where: { gatheringId, membershipId },
        data: { intention: text },
      });
      return count === 1;
    },
    async advanceFollowUps(gatheringId, membershipIds, step) {
      // One conditional UPDATE ... RETURNING: of two instances at once, each person moves forward for one.
      const rows = await client.gatheringRsvp.updateManyAndReturn({
        where: { gatheringId, membershipId: { in: membershipIds }, followUpStep: { lt: step } },
        data: { followUpStep: step },
        select: { membershipId: true },
      });
      return rows.map((row) => row.membershipId);
    },
    async addCommitment(input) {
      return toCommitment(await client.commitment.create({ data: input }));
    },
    async commitmentById(id) {
      const row = await client.commitment.findUnique({ where: { id } });
      return row ? toCommitment(row) : null;
    },
    async commitmentsOf(gatheringId, membershipId) {
      const rows = await client.commitment.findMany({
        where: { gatheringId, ...(membershipId ? { membershipId } : {}) },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map(toCommitment);
    },
    async commitmentsOfMember(membershipId) {
      const rows = await client.commitment.findMany({ where: { membershipId }, orderBy: { createdAt: 'asc' } });
      return rows.map(toCommitment);
    },
    async setCommitmentStatus(id, status) {
      return toCommitment(await client.commitment.update({ where: { id }, data: { status } }));
    },
  };
}
