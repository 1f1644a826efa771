// Sending a survey: open it with a deadline, plan the reminder and the close,
// and write to each person in private with the first question. Someone the
// bot may not write to first gets a line in the group with a link that opens
// the private chat; the answers themselves are never asked for in the group.

import { chatRefOf } from '../../core/chats.ts';
import type { JobContext } from '../../core/job-context.ts';
import { smallestGroupOf } from '../../core/privacy.ts';
import type { Cohort, MemberWithAccount, Survey } from '../../core/store.ts';
import { questionMessage } from './ask.ts';
import { definitionOf, nextQuestion } from './model.ts';
import { titleFor } from './templates.ts';

export const REMIND_JOB = 'surveys.remind';
export const CLOSE_JOB = 'surveys.close';
export const LINK_PREFIX = 'survey-';
export const DEFAULT_DEADLINE_MS = 7 * 86_400_000;

/** Open (or re-open with a new deadline) and plan its jobs. */
export async function openSurvey(job: JobContext, survey: Survey, deadline: Date, remindMs: number): Promise<Survey> {
  const opened = await job.store.surveys.update(survey.id, {
    status: 'open',
    deadline,
    remindMs,
    openedAt: survey.openedAt ?? job.clock.now(),
  });
  await planJobs(job, opened);
  return opened;
}

/** The reminder and the close of an open survey (ids carry the deadline: a new one plans anew). */
export async function planJobs(job: JobContext, survey: Survey): Promise<void> {
  if (survey.status !== 'open' || !survey.deadline) return;
  const at = survey.deadline.getTime();
  const data = { surveyId: survey.id, at };
  const remindAt = at - survey.remindMs;
  if (remindAt > job.clock.now().getTime())
    await job.scheduler.schedule({
      id: `survey-remind-${survey.id}-${at}`,
      name: REMIND_JOB,
      data,
      runAt: new Date(remindAt),
    });
  await job.scheduler.schedule({
    id: `survey-close-${survey.id}-${at}`,
    name: CLOSE_JOB,
    data,
    runAt: survey.deadline,
  });
}

/**
 * Send to these members (active ones of the cohort). Those who finished or
 * are answering are left alone. People the bot may not write to first are
 * not named in the group: one line there carries a link that opens the
 * private chat and starts the survey. Returns how many were written to
 * privately and how many the group line is for.
 */
export async function sendTo(
  job: JobContext,
  cohort: Cohort,
  survey: Survey,
  members: MemberWithAccount[],
): Promise<{ private: number; group: number }> {
  const version = await job.store.surveys.latestVersion(survey.id);
  const def = definitionOf(version.definition);
  const first = nextQuestion(def, -1, {})!;
  const counts = { private: 0, group: 0 };
  for (const member of members) {
    if (member.status !== 'active') continue;
    let p = await job.store.surveys.invite(survey.id, member.id, version.id);
    if (p.completed || p.cursor !== null) continue;
    const told = await job.tell(
      cohort,
      member,
      `survey-${survey.id}-${member.id}-${version.number}`,
      async (to) => {
        p = await job.store.surveys.updateParticipant(p.id, { cursor: first });
        return questionMessage(to, survey, def, p, first, {
          now: job.clock.now(),
          replyFrom: member.account.platformUserId,
          intro: true,
          title: titleFor(survey, to.locale, job.services.i18n),
          smallestGroup: smallestGroupOf(cohort),
        });
      },
      { inGroup: false },
    );
    if (told) counts.private++;
    else counts.group++;
  }
  if (counts.group > 0) await postGroupLink(job, cohort, survey);
  return counts;
}

/** One line in the group for everyone the bot could not write to: a link into the private chat. */
async function postGroupLink(job: JobContext, cohort: Cohort, survey: Survey): Promise<void> {
  const group = await job.store.chats.byId(cohort.chatId);
  const chat = await job.cohortChat(cohort);
  if (!group || !chat) return;
  const link = job.adapterFor(group.platform).deepLink(`${LINK_PREFIX}${survey.id}`);
  const html = job.t(cohort.locale, link ? 'survey-invite-group' : 'survey-invite-group-nolink', {
    title: survey.title,
    link: link ?? '',
  });
  await job.post(chat, { html }, `survey-link-${survey.id}-${job.clock.now().getTime()}`);
}

/** Before the deadline: a word to those who have not finished. */
export async function remind(job: JobContext, data: { surveyId: string; at: number }): Promise<void> {
  const survey = await job.store.surveys.byId(data.surveyId);
  if (survey?.status !== 'open' || survey.deadline?.getTime() !== data.at) return;
  const cohort = await job.store.cohorts.byId(survey.cohortId);
  if (!cohort) return;
  const members = new Map((await job.store.memberships.list(cohort.id, { status: ['active'] })).map((m) => [m.id, m]));
  for (const p of await job.store.surveys.participants(survey.id)) {
    const member = members.get(p.membershipId);
    if (!member || p.completed || p.reminded) continue;
    await job.tell(
      cohort,
      member,
      `survey-remind-${survey.id}-${p.id}-${data.at}`,
      async (to) => ({
        html: to.t('survey-reminder', {
          title: titleFor(survey, to.locale, job.services.i18n),
          left: Math.max(1, Math.round(survey.remindMs / 3_600_000)),
        }),
      }),
      { inGroup: false },
    );
    await job.store.surveys.updateParticipant(p.id, { reminded: true });
  }
}

/** Close: no more answers; for anonymous surveys, who answered is forgotten. */
export async function closeSurvey(job: JobContext, survey: Survey): Promise<Survey> {
  const closed = await job.store.surveys.update(survey.id, { status: 'closed', closedAt: job.clock.now() });
  if (survey.pollMessageId) await closeNativePoll(job, survey, survey.pollMessageId);
  if (survey.anonymous) await job.store.surveys.dropParticipants(survey.id);
  else
    for (const p of await job.store.surveys.participants(survey.id))
      if (p.cursor !== null) await job.store.surveys.updateParticipant(p.id, { cursor: null });
  return closed;
}

/** The native poll of a quick poll stops taking votes on the platform (a failure there changes nothing here). */
async function closeNativePoll(job: JobContext, survey: Survey, messageId: string): Promise<void> {
  const cohort = await job.store.cohorts.byId(survey.cohortId);
  const group = cohort ? await job.store.chats.byId(cohort.chatId) : null;
  const chat = group && cohort ? chatRefOf(group, cohort) : null;
  if (!group || !chat) return;
  try {
    await job.adapterFor(group.platform).closePoll?.(chat, messageId);
  } catch (err) {
    job.log.info({ surveyId: survey.id, err: String(err) }, 'surveys: the native poll could not be closed');
  }
}

export async function closeJob(job: JobContext, data: { surveyId: string; at: number }): Promise<void> {
  const survey = await job.store.surveys.byId(data.surveyId);
  if (survey?.status !== 'open' || survey.deadline?.getTime() !== data.at) return;
  await closeSurvey(job, survey);
}
