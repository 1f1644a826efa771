// Surveys on Prisma. Anonymous answers go to a table with no person column
// (SurveyAnonymousResponse); see docs/surveys.md for why the participant row
// carries no timestamps.

import type {
  Survey,
  SurveyAnonymousResponse,
  SurveyAnswers,
  SurveyParticipant,
  SurveyRepository,
  SurveyStatus,
  SurveyVersion,
} from '../../core/store.ts';
import type * as Rows from '../generated/client.ts';
import { type RepoContext, toJson } from './context.ts';

function toSurvey(row: Rows.Survey): Survey {
  return { ...row, status: row.status as SurveyStatus };
}

function toVersion(row: Rows.SurveyVersion): SurveyVersion {
  return { ...row, definition: row.definition as unknown };
}

function toParticipant(row: Rows.SurveyParticipant): SurveyParticipant {
  return { ...row, answers: (row.answers ?? {}) as SurveyAnswers };
}

function toAnonymous(row: Rows.SurveyAnonymousResponse): SurveyAnonymousResponse {
  return { ...row, answers: row.answers as SurveyAnswers };
}

export function surveyRepository({ client, atomically }: RepoContext): SurveyRepository {
  return {
    async create(input) {
      return atomically(async (tx) => {
        const last = await tx.survey.findFirst({
          where: { cohortId: input.cohortId },
          orderBy: { number: 'desc' },
          select: { number: true },
        });
        const survey = await tx.survey.create({
          data: {
            cohortId: input.cohortId,
            number: (last?.number ?? 0) + 1,
            title: input.title,
            template: input.template,
            anonymous: input.anonymous,
            requestKey: input.requestKey ?? null,
            sourceKind: input.sourceKind ?? null,
            sourceId: input.sourceId ?? null,
          },
        });
        const version = await tx.surveyVersion.create({
          data: { surveyId: survey.id, number: 1, definition: toJson(input.definition) },
        });
        return { survey: toSurvey(survey), version: toVersion(version) };
      });
    },
    async byId(id) {
      const row = await client.survey.findUnique({ where: { id } });
      return row ? toSurvey(row) : null;
    },
    async byNumber(cohortId, number) {
      const row = await client.survey.findUnique({ where: { cohortId_number: { cohortId, number } } });
      return row ? toSurvey(row) : null;
    },
    async byRequestKey(key) {
      const row = await client.survey.findUnique({ where: { requestKey: key } });
      return row ? toSurvey(row) : null;
    },
    async ofCohort(cohortId) {
      const rows = await client.survey.findMany({ where: { cohortId }, orderBy: { number: 'asc' } });
      return rows.map(toSurvey);
    },
    async open() {
      const rows = await client.survey.findMany({ where: { status: 'open' } });
      return rows.map(toSurvey);
    },
    async update(id, patch) {
      return toSurvey(await client.survey.update({ where: { id }, data: patch }));
    },
    async latestVersion(surveyId) {
      const row = await client.surveyVersion.findFirstOrThrow({ where: { surveyId }, orderBy: { number: 'desc' } });
      return toVersion(row);
    },
    async version(versionId) {
      const row = await client.surveyVersion.findUnique({ where: { id: versionId } });
      return row ? toVersion(row) : null;
    },
    async versions(surveyId) {
      const rows = await client.surveyVersion.findMany({ where: { surveyId }, orderBy: { number: 'asc' } });
      return rows.map(toVersion);
    },
    async addVersion(surveyId, definition) {
      return atomically(async (tx) => {
        const last = await tx.surveyVersion.findFirstOrThrow({ where: { surveyId }, orderBy: { number: 'desc' } });
        const row = await tx.surveyVersion.create({
          data: { surveyId, number: last.number + 1, definition: toJson(definition) },
        });
        return toVersion(row);
      });
    },
    async replaceVersion(versionId, definition) {
      return toVersion(
        await client.surveyVersion.update({ where: { id: versionId }, data: { definition: toJson(definition) } }),
      );
    },
    async hasAnswers(versionId) {
      const anonymous = await client.surveyAnonymousResponse.count({ where: { versionId } });
      if (anonymous > 0) return true;
      const rows = await client.surveyParticipant.findMany({ where: { versionId }, select: { answers: true } });
      return rows.some((r) => Object.keys((r.answers ?? {}) as object).length > 0);
    },
    async participant(surveyId, membershipId) {
      const row = await client.surveyParticipant.findUnique({
        where: { surveyId_membershipId: { surveyId, membershipId } },
      });
      return row ? toParticipant(row) : null;
    },
    async participants(surveyId) {
      return (await client.surveyParticipant.findMany({ where: { surveyId } })).map(toParticipant);
    },
    async invite(surveyId, membershipId, versionId) {
      const row = await client.surveyParticipant.upsert({
        where: { surveyId_membershipId: { surveyId, membershipId } },
        create: { surveyId, membershipId, versionId },
        update: {},
      });
      return toParticipant(row);
    },
    async updateParticipant(id, patch) {
      const { answers, ...rest } = patch;
      const row = await client.surveyParticipant.update({
        where: { id },
        data: { ...rest, ...(answers ? { answers: toJson(answers) } : {}) },
      });
      return toParticipant(row);
    },
    async submitAnonymous(participantId, versionId, answers, day) {
      return atomically(async (tx) => {
        // Only the first of two simultaneous submissions flips "completed".
        const { count } = await tx.surveyParticipant.updateMany({
          where: { id: participantId, completed: false },
          data: { completed: true, cursor: null, answers: {} },
        });
        if (count !== 1) return false;
        const participant = await tx.surveyParticipant.findUniqueOrThrow({ where: { id: participantId } });
        await tx.surveyAnonymousResponse.create({
          data: { surveyId: participant.surveyId, versionId, answers: toJson(answers), day },
        });
        return true;
      });
    },
    async setPollTotals(surveyId, versionId, questionId, counts, day) {
      await atomically(async (tx) => {
        // One totals update at a time per survey: the rows are recounted under the survey's row lock.
        await tx.$queryRaw`SELECT id FROM "Survey" WHERE id = ${surveyId} FOR UPDATE`;
        const rows = await tx.surveyAnonymousResponse.findMany({
          where: { surveyId, versionId },
          select: { id: true, answers: true },
          orderBy: { day: 'desc' },
        });
        const byOption = new Map<number, string[]>();
        const stray: string[] = [];
        for (const row of rows) {
          const value = (row.answers as Record<string, unknown> | null)?.[questionId];
          if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < counts.length)
            byOption.set(value, [...(byOption.get(value) ?? []), row.id]);
          else stray.push(row.id);
        }
        const remove = [...stray];
        const add: Array<{ surveyId: string; versionId: string; answers: ReturnType<typeof toJson>; day: Date }> = [];
        counts.forEach((want, option) => {
          const have = byOption.get(option) ?? [];
          if (have.length > want) remove.push(...have.slice(0, have.length - want));
          for (let i = have.length; i < want; i++)
            add.push({ surveyId, versionId, answers: toJson({ [questionId]: option }), day });
        });
        if (remove.length > 0) await tx.surveyAnonymousResponse.deleteMany({ where: { id: { in: remove } } });
        if (add.length > 0) await tx.surveyAnonymousResponse.createMany({ data: add });
      });
    },
    async answering(membershipIds) {
      const rows = await client.surveyParticipant.findMany({
        where: { membershipId: { in: membershipIds }, cursor: { not: null } },
        include: { survey: { select: { number: true, createdAt: true } } },
        orderBy: { survey: { createdAt: 'desc' } },
      });
      return rows.map(({ survey: _survey, ...row }) => toParticipant(row));
    },
    async ofMembers(membershipIds) {
      const rows = await client.surveyParticipant.findMany({ where: { membershipId: { in: membershipIds } } });
      return rows.map(toParticipant);
    },
    async anonymousResponses(surveyId) {
      return (await client.surveyAnonymousResponse.findMany({ where: { surveyId } })).map(toAnonymous);
    },
    async dropParticipants(surveyId) {
      await client.surveyParticipant.deleteMany({ where: { surveyId } });
    },
    async removeParticipant(surveyId, membershipId) {
      await client.surveyParticipant.deleteMany({ where: { surveyId, membershipId } });
    },
    async remove(surveyId) {
      // Versions, participants and anonymous answers cascade.
      await client.survey.deleteMany({ where: { id: surveyId } });
    },
    async draft(accountId) {
      const row = await client.surveyDraft.findUnique({ where: { accountId } });
      return row ? { ...row, state: row.state as unknown } : null;
    },
    async saveDraft(accountId, cohortId, state) {
      await client.surveyDraft.upsert({
        where: { accountId },
        create: { accountId, cohortId, state: toJson(state) },
        update: { cohortId, state: toJson(state) },
      });
    },
    async dropDraft(accountId) {
      await client.surveyDraft.deleteMany({ where: { accountId } });
    },
  };
}
