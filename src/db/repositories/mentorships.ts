// Mentorships on Prisma.

import type { Mentorship, MentorshipRepository, MentorshipStatus, StoredReason } from '../../core/store.ts';
import type * as Rows from '../generated/client.ts';
import { type RepoContext, toJson } from './context.ts';

function toMentorship(row: Rows.Mentorship): Mentorship {
  return {
    id: row.id,
    cohortId: row.cohortId,
    mentorMembershipId: row.mentorMembershipId,
    menteeMembershipId: row.menteeMembershipId,
    status: row.status as MentorshipStatus,
    score: row.score,
    reasons: Array.isArray(row.reasons) ? (row.reasons as unknown as StoredReason[]) : [],
    askedAt: row.askedAt,
    answeredAt: row.answeredAt,
    declineReason: row.declineReason,
    createdAt: row.createdAt,
  };
}

/** The schema's default, for cohorts without a settings row. */
const DEFAULT_ANSWER_HOURS = 72;

export function mentorshipRepository({ client }: RepoContext): MentorshipRepository {
  return {
    async settings(cohortId) {
      const row = await client.mentoringSettings.findUnique({ where: { cohortId } });
      return { allowBridging: row?.allowBridging ?? false, answerHours: row?.answerHours ?? DEFAULT_ANSWER_HOURS };
    },
    async saveSettings(cohortId, patch) {
      const row = await client.mentoringSettings.upsert({
        where: { cohortId },
        create: { cohortId, ...patch },
        update: patch,
      });
      return { allowBridging: row.allowBridging, answerHours: row.answerHours };
    },
    async create(input) {
      return toMentorship(await client.mentorship.create({ data: { ...input, reasons: toJson(input.reasons) } }));
    },
    async setDeclineReason(id, reason) {
      await client.mentorship.updateMany({ where: { id, status: 'declined' }, data: { declineReason: reason } });
    },
    async byId(id) {
      const row = await client.mentorship.findUnique({ where: { id } });
      return row ? toMentorship(row) : null;
    },
    async ofCohort(cohortId, statuses) {
      const rows = await client.mentorship.findMany({
        where: { cohortId, status: { in: statuses } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map(toMentorship);
    },
    async ofMember(membershipId, statuses) {
      const rows = await client.mentorship.findMany({
        where: {
          status: { in: statuses },
          OR: [{ mentorMembershipId: membershipId }, { menteeMembershipId: membershipId }],
        },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map(toMentorship);
    },
    async transition(id, from, to, at) {
      const { count } = await client.mentorship.updateMany({
        where: { id, status: { in: from } },
        data: { status: to, ...(to === 'asked' ? { askedAt: at } : { answeredAt: at }) },
      });
      return count === 1;
    },
    async clearProposed(cohortId) {
      await client.mentorship.deleteMany({ where: { cohortId, status: 'proposed' } });
    },
  };
}
