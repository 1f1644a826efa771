// Check-in schedules, occurrences and answers on Prisma.

import { randomUUID } from 'node:crypto';
import { Batcher } from '../../core/batch.ts';
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
import { type RepoContext, type Tx, toJson } from './context.ts';
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

const withCohort = {
  cohort: { include: { chat: true } },
  checkIns: { where: { state: 'open' }, orderBy: { dueAt: 'desc' }, take: 10 },
} satisfies Rows.Prisma.CheckInScheduleInclude;
type ScheduleWithCohortRow = Rows.Prisma.CheckInScheduleGetPayload<{ include: typeof withCohort }>;

type OpenInput = Parameters<CheckInRepository['openOccurrence']>;
type Opened = Awaited<ReturnType<CheckInRepository['openOccurrence']>>;

export function checkInRepository({ client }: RepoContext): CheckInRepository {
  // Occurrences opened at once (a burst of due check-ins) share one statement.
  const occurrences = new Batcher<{ input: OpenInput[0] & { id: string }; extras: NonNullable<OpenInput[1]> }, Opened>(
    (batch) => openOccurrences(client, batch),
  );
  // The due jobs of a burst read their schedules in one query: Prisma batches findUnique calls
  // of a tick too, but compiles each one (a third of a burst's CPU went to it).
  const withCohorts = new Batcher<string, ScheduleWithCohortRow | null>(async (ids) => {
    const rows = await client.checkInSchedule.findMany({
      where: { id: { in: [...new Set(ids)] } },
      include: withCohort,
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
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
      const row = await withCohorts.call(id);
      if (!row) return null;
      return {
        schedule: toSchedule(row),
        cohort: toCohort(row.cohort),
        chat: toChat(row.cohort.chat),
        open: row.checkIns.map(toCheckIn),
      };
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
    openOccurrence(input, extras = {}) {
      return occurrences.call({ input: { ...input, id: input.id ?? randomUUID() }, extras });
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

/**
 * Open many occurrences in one statement. INSERT ... ON CONFLICT DO NOTHING
 * decides who created each (the unique (schedule, dueAt)); the button token
 * goes in with a new occurrence; a schedule moves on whether or not this run
 * created its occurrence (a /checkin now at the same minute may have). The
 * rows travel as one JSON array; times as UTC text, for the timestamp(3)
 * columns without time zone that Prisma writes. Occurrences that existed are
 * read back in one query.
 */
async function openOccurrences(
  client: Tx,
  batch: Array<{ input: OpenInput[0] & { id: string }; extras: NonNullable<OpenInput[1]> }>,
): Promise<Opened[]> {
  const utc = (at: Date | null | undefined) => (at ? at.toISOString() : null);
  const rows = batch.map(({ input, extras: { token, advance } }) => ({
    id: input.id,
    scheduleId: input.scheduleId,
    cohortId: input.cohortId,
    dueAt: utc(input.dueAt),
    closesAt: utc(input.closesAt),
    state: input.state,
    questions: input.questions,
    postedAt: utc(input.postedAt),
    tokenId: token?.id ?? null,
    tokenKind: token?.kind ?? null,
    tokenAccountId: token?.accountId ?? null,
    tokenChatId: token?.chatId ?? null,
    tokenPayload: token?.payload ?? null,
    tokenExpiresAt: utc(token?.expiresAt),
    nextDueAt: utc(advance?.nextDueAt),
  }));
  const now = new Date().toISOString();
  const created = await client.$queryRaw<Array<{ id: string }>>`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(
        "id" text, "scheduleId" text, "cohortId" text, "dueAt" timestamp(3), "closesAt" timestamp(3),
        "state" text, "questions" jsonb, "postedAt" timestamp(3), "tokenId" text, "tokenKind" text,
        "tokenAccountId" text, "tokenChatId" text, "tokenPayload" jsonb, "tokenExpiresAt" timestamp(3),
        "nextDueAt" timestamp(3))
    ), ins AS (
      INSERT INTO "CheckIn" ("id", "scheduleId", "cohortId", "dueAt", "closesAt", "state", "questions", "postedAt")
      SELECT "id", "scheduleId", "cohortId", "dueAt", "closesAt", "state",
        ARRAY(SELECT jsonb_array_elements_text("questions")), "postedAt"
      FROM input
      ON CONFLICT ("scheduleId", "dueAt") DO NOTHING
      RETURNING "id"
    ), token AS (
      INSERT INTO "ActionToken" ("id", "kind", "accountId", "chatId", "payload", "expiresAt")
      SELECT i."tokenId", i."tokenKind", i."tokenAccountId", i."tokenChatId", i."tokenPayload", i."tokenExpiresAt"
      FROM input i JOIN ins ON ins."id" = i."id"
      WHERE i."tokenId" IS NOT NULL
    ), advance AS (
      UPDATE "CheckInSchedule" s
      SET "nextDueAt" = i."nextDueAt",
        "skipDueAt" = CASE WHEN s."skipDueAt" = i."dueAt" THEN NULL ELSE s."skipDueAt" END,
        "updatedAt" = ${now}::timestamp(3)
      FROM input i
      WHERE i."nextDueAt" IS NOT NULL AND s."id" = i."scheduleId" AND s."nextDueAt" = i."dueAt"
    )
    SELECT "id" FROM ins`;
  const fresh = new Set(created.map((row) => row.id));
  const others = batch.filter(({ input }) => !fresh.has(input.id));
  const found =
    others.length === 0
      ? []
      : await client.checkIn.findMany({
          where: { OR: others.map(({ input }) => ({ scheduleId: input.scheduleId, dueAt: input.dueAt })) },
        });
  const existing = new Map(found.map((row) => [`${row.scheduleId} ${row.dueAt.getTime()}`, toCheckIn(row)]));
  return batch.map(({ input }) => {
    if (fresh.has(input.id)) return { checkIn: { ...input, excused: [] }, created: true };
    const checkIn = existing.get(`${input.scheduleId} ${input.dueAt.getTime()}`);
    if (!checkIn)
      throw new Error(`check-in of schedule ${input.scheduleId} at ${utc(input.dueAt)} neither opened nor found`);
    return { checkIn, created: false };
  });
}
