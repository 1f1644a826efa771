// Surveys: coordinators make one from a template or a short definition and
// send it; people answer in private one question at a time; anonymous answers
// are kept apart from anyone (docs/surveys.md). Other features ask for a
// survey with the survey.requested event (a gathering's follow-up).

import type { EventOf } from '../../core/events.ts';
import type { Feature } from '../../core/feature.ts';
import type { JobContext } from '../../core/job-context.ts';
import { onAnswerButton, onSurveyMessage } from './answering.ts';
import { ANSWER_KIND } from './ask.ts';
import { AUTHOR_KIND, onAuthorButton, onAuthorMessage } from './authoring.ts';
import { mySurveys, OPEN_KIND, openFromButton, SURVEY_SUBCOMMANDS, startFromLink } from './commands.ts';
import { describeSurveyData } from './mydata.ts';
import { onPollTotals, onPollVote, POLL_KIND } from './quick-poll.ts';
import { surveysReport } from './report.ts';
import {
  CLOSE_JOB,
  closeJob,
  closeSurvey,
  DEFAULT_DEADLINE_MS,
  LINK_PREFIX,
  openSurvey,
  planJobs,
  REMIND_JOB,
  remind,
  sendTo,
} from './send.ts';
import { isTemplate, templateDefinition } from './templates.ts';
import { DELETE_KIND, onDeleteButton } from './transfer.ts';

/** survey.requested: make the survey (a template, or a saved survey by number) and send it to those members. */
async function onRequested(event: EventOf<'survey.requested'>, job: JobContext): Promise<void> {
  const { cohort } = event;
  let survey = await job.store.surveys.byRequestKey(event.key);
  if (!survey) {
    const saved = /^#?(\d+)$/.exec(event.template);
    if (saved) {
      survey = await job.store.surveys.byNumber(cohort.id, Number(saved[1]));
    } else if (isTemplate(event.template)) {
      const def = templateDefinition(event.template, job.services.i18n, cohort, false);
      survey = (
        await job.store.surveys.create({
          cohortId: cohort.id,
          title: def.title,
          template: event.template,
          anonymous: def.anonymous,
          definition: def,
          requestKey: event.key,
          sourceKind: event.source.kind,
          sourceId: event.source.id,
        })
      ).survey;
    }
  }
  if (!survey || survey.status === 'closed') {
    job.log.warn(
      { template: event.template, source: event.source },
      'survey.requested: no such survey, or it is closed',
    );
    return;
  }
  if (survey.status !== 'open')
    survey = await openSurvey(job, survey, new Date(job.clock.now().getTime() + DEFAULT_DEADLINE_MS), survey.remindMs);
  const wanted = new Set(event.membershipIds);
  const members = (await job.store.memberships.list(cohort.id, { status: ['active'] })).filter((m) => wanted.has(m.id));
  await sendTo(job, cohort, survey, members);
}

export const surveysFeature: Feature = {
  name: 'surveys',
  commands: [
    {
      name: 'survey',
      where: 'any',
      access: 'coordinator',
      privateCohort: true,
      subcommands: SURVEY_SUBCOMMANDS,
      defaultSubcommand: 'list',
    },
    { name: 'surveys', where: 'private', access: 'anyone', run: mySurveys },
  ],
  actions: {
    [ANSWER_KIND]: onAnswerButton,
    [OPEN_KIND]: openFromButton,
    [AUTHOR_KIND]: onAuthorButton,
    [DELETE_KIND]: onDeleteButton,
    [POLL_KIND]: onPollVote,
  },
  // An anonymous native poll (Telegram): totals only, from nobody.
  pollTotals: { [POLL_KIND]: onPollTotals },
  jobs: {
    [REMIND_JOB]: (data, job) => remind(job, data as { surveyId: string; at: number }),
    [CLOSE_JOB]: (data, job) => closeJob(job, data as { surveyId: string; at: number }),
  },
  // A survey being written takes typed replies first; then a survey being answered.
  onMessage: async (ctx, event) => (await onAuthorMessage(ctx, event)) || onSurveyMessage(ctx, event),
  onStartPayload: (ctx, payload) => startFromLink(ctx, payload, LINK_PREFIX),
  async start(job) {
    // Re-plan the reminder and close of every open survey (ids make it idempotent); close overdue ones.
    for (const survey of await job.store.surveys.open()) {
      if (survey.deadline && survey.deadline <= job.clock.now()) await closeSurvey(job, survey);
      else await planJobs(job, survey);
    }
  },
  on: { 'survey.requested': onRequested },
  describeMyData: describeSurveyData,
  // A half-written survey (/survey new) is the writer's; named answers go with the membership (cascade).
  async forget(account, job) {
    await job.store.surveys.dropDraft(account.id);
  },
  report: surveysReport,
};
