// Check-in schedules, occurrences and answers on Prisma.

import { randomUUID } from 'node:crypto';
import type {
  CheckIn,
  CheckInAnswer,
  CheckInRepository,
  CheckInSchedule,
  CheckInScheduleStatus,
  CheckInState,
  DigestAudience,
} from '../../core/store.ts';
import type * as Rows from '../generated/client.ts';
import { type RepoContext, toJson } from './context.ts';
import { toChat, toCohort } from './mappers.ts';

function toSchedule(row: Rows.CheckInSchedule): CheckInSchedule {
  return {
    id: row.id,
    cohortId: row.cohortId,
    number: row.number,
    pattern: row.pattern,
    phase: row.phase,
    questions: row.questions,
    windowMinutes: row.windowMinutes,
    remindMinutes: row.remindMinutes,
    digest: row.digest as DigestAudience,
    inactiveAfter: row.inactiveAfter,
    status: row.status as CheckInScheduleStatus,
    nextDueAt: row.nextDueAt,
    skipDueAt: row.skipDueAt,
    createdAt: row.createdAt,
  };
}

function toCheckIn(row: Rows.CheckIn): CheckIn {
  return {
    id: row.id,
    scheduleId: row.scheduleId,
    cohortId: row.cohortId,
    dueAt: row.dueAt,
    closesAt: row.closesAt,
    state: row.state as CheckInState,
    questions: row.questions,
    postedAt: row.postedAt,
    excused: row.excused,
  };
}

function toAnswer(row: Rows.CheckInAnswer): CheckInAnswer {
  return {
    id: row.id,
    checkInId: row.checkInId,
    membershipId: row.membershipId,
    answers: Array.isArray(row.answers) ? (row.answers as Array<string | null>) : [],
    shared: row.shared,
    cursor: row.cursor,
    messageIds: row.messageIds,
    updatedAt: row.updatedAt,
  };
}

export function checkInRepository({ client }: RepoContext): CheckInRepository {
  return {
    async createSchedule(input) {
      // Numbers come from the cohort's counter (a row lock orders concurrent creates), so a
      // deleted schedule's number is never given again; GREATEST covers rows from before it.
      const [counter] = await client.$queryRaw<Array<{ number: number }>>`
        UPDATE "Cohort" SET "checkinNumbersUsed" = GREATEST("checkinNumbersUsed",
          COALESCE((SELECT MAX("number") FROM "CheckInSchedule" WHERE "cohortId" = ${input.cohortId}), 0)) + 1
        WHERE "id" = ${input.cohortId}
        RETURNING "checkinNumbersUsed" AS "number"`;
      if (!counter) throw new Error(`no cohort ${input.cohortId} to number a schedule in`);
      return toSchedule(await client.checkInSchedule.create({ data: { ...input, number: counter.number } }));
    },
    async schedule(id) {
      const row = await client.checkInSchedule.findUnique({ where: { id } });
      return row ? toSchedule(row) : null;
    },
    async scheduleWithCohort(id) {
      const row = await client.checkInSchedule.findUnique({
        where: { id },
        include: { cohort: { include: { chat: true } } },
      });
      if (!row) return null;
      return { schedule: toSchedule(row), cohort: toCohort(row.cohort), chat: toChat(row.cohort.chat) };
    },
    async scheduleByNumber(cohortId, number) {
      const row = await client.checkInSchedule.findUnique({ where: { cohortId_number: { cohortId, number } } });
      return row ? toSchedule(row) : null;
    },
    async schedules(cohortId) {
      const rows = await client.checkInSchedule.findMany({ where: { cohortId }, orderBy: { number: 'asc' } });
      return rows.map(toSchedule);
    },
    async activeSchedules() {
      const rows = await client.checkInSchedule.findMany({
        where: { status: 'active', cohort: { status: { not: 'archived' } } },
      });
      return rows.map(toSchedule);
    },
    async updateSchedule(id, patch) {
      return toSchedule(await client.checkInSchedule.update({ where: { id }, data: patch }));
    },
    async deleteSchedule(id) {
      await client.checkInSchedule.deleteMany({ where: { id } });
    },
    async openOccurrence(input, extras = {}) {
      // One statement: INSERT ... ON CONFLICT DO NOTHING decides who created the
      // occurrence (the unique (schedule, dueAt)); the button token goes in with a
      // new occurrence; the schedule moves on whether or not this run created it
      // (a /checkin now at the same minute may have). Times go in as UTC text:
      // the columns are timestamp(3) without time zone, as Prisma writes them.
      const id = input.id ?? randomUUID();
      const utc = (at: Date | null) => (at ? at.toISOString() : null);
      const { token, advance } = extras;
      const rows = await client.$queryRaw<Array<{ id: string }>>`
        WITH ins AS (
          INSERT INTO "CheckIn" ("id", "scheduleId", "cohortId", "dueAt", "closesAt", "state", "questions", "postedAt")
          VALUES (${id}, ${input.scheduleId}, ${input.cohortId}, ${utc(input.dueAt)}::timestamp(3),
            ${utc(input.closesAt)}::timestamp(3), ${input.state}, ${input.questions}::text[], ${utc(input.postedAt)}::timestamp(3))
          ON CONFLICT ("scheduleId", "dueAt") DO NOTHING
          RETURNING "id"
        ), token AS (
          INSERT INTO "ActionToken" ("id", "kind", "accountId", "chatId", "payload", "expiresAt")
          SELECT ${token?.id ?? ''}, ${token?.kind ?? ''}, ${token?.accountId ?? null}, ${token?.chatId ?? null},
            ${JSON.stringify(token?.payload ?? {})}::jsonb, ${utc(token?.expiresAt ?? null)}::timestamp(3)
          FROM ins WHERE ${token !== undefined}::boolean
        ), advance AS (
          UPDATE "CheckInSchedule"
          SET "nextDueAt" = ${utc(advance?.nextDueAt ?? null)}::timestamp(3),
            "skipDueAt" = CASE WHEN "skipDueAt" = ${utc(input.dueAt)}::timestamp(3) THEN NULL ELSE "skipDueAt" END,
            "updatedAt" = ${new Date().toISOString()}::timestamp(3)
          WHERE ${advance !== undefined}::boolean AND "id" = ${input.scheduleId} AND "nextDueAt" = ${utc(input.dueAt)}::timestamp(3)
        )
        SELECT "id" FROM ins`;
      if (rows.length === 1) return { checkIn: { ...input, id, excused: [] }, created: true };
      const row = await client.checkIn.findUniqueOrThrow({
        where: { scheduleId_dueAt: { scheduleId: input.scheduleId, dueAt: input.dueAt } },
      });
      return { checkIn: toCheckIn(row), created: false };
    },
    async occurrenceAt(scheduleId, dueAt) {
      const row = await client.checkIn.findUnique({ where: { scheduleId_dueAt: { scheduleId, dueAt } } });
      return row ? toCheckIn(row) : null;
    },
    async openOccurrences() {
      const rows = await client.checkIn.findMany({
        where: { state: 'open', schedule: { cohort: { status: { not: 'archived' } } } },
        include: { schedule: { select: { remindMinutes: true } } },
      });
      return rows.map((row) => ({ ...toCheckIn(row), remindMinutes: row.schedule.remindMinutes }));
    },
    async occurrence(id) {
      const row = await client.checkIn.findUnique({ where: { id } });
      return row ? toCheckIn(row) : null;
    },
    async recentOccurrences(cohortId, limit) {
      const rows = await client.checkIn.findMany({ where: { cohortId }, orderBy: { dueAt: 'desc' }, take: limit });
      return rows.map(toCheckIn);
    },
    async setState(id, from, to, postedAt) {
      const { count } = await client.checkIn.updateMany({
        where: { id, state: from },
        data: { state: to, ...(postedAt ? { postedAt } : {}) },
      });
      return count === 1;
    },
    async close(id, excused) {
      const { count } = await client.checkIn.updateMany({
        where: { id, state: 'open' },
        data: { state: 'closed', excused },
      });
      return count === 1;
    },
    async answer(checkInId, membershipId) {
      const row = await client.checkInAnswer.findUnique({
        where: { checkInId_membershipId: { checkInId, membershipId } },
      });
      return row ? toAnswer(row) : null;
    },
    async answers(checkInId) {
      const rows = await client.checkInAnswer.findMany({ where: { checkInId }, orderBy: { createdAt: 'asc' } });
      return rows.map(toAnswer);
    },
    async saveAnswer(checkInId, membershipId, patch) {
      const data = {
        ...(patch.answers ? { answers: toJson(patch.answers) } : {}),
        ...(patch.shared !== undefined ? { shared: patch.shared } : {}),
        ...(patch.cursor !== undefined ? { cursor: patch.cursor } : {}),
        ...(patch.messageIds ? { messageIds: patch.messageIds } : {}),
      };
      const row = await client.checkInAnswer.upsert({
        where: { checkInId_membershipId: { checkInId, membershipId } },
        create: { checkInId, membershipId, ...data },
        update: data,
      });
      return toAnswer(row);
    },
    async answering(membershipIds) {
      const row = await client.checkInAnswer.findFirst({
        where: { membershipId: { in: membershipIds }, cursor: { not: null }, checkIn: { state: 'open' } },
        orderBy: { updatedAt: 'desc' },
      });
      return row ? toAnswer(row) : null;
    },
    async answersOf(membershipId) {
      const rows = await client.checkInAnswer.findMany({
        where: { membershipId },
        include: { checkIn: { select: { dueAt: true } } },
        orderBy: { createdAt: 'desc' },
      });
      return rows.map((row) => ({ ...toAnswer(row), dueAt: row.checkIn.dueAt }));
    },
  };
}
