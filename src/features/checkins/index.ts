// Check-ins: a cohort's rhythm of short questions, answered in the group or by
// DM, with a reminder before close and a digest at close.

import type { Feature } from '../../core/feature.ts';
import {
  chooseReflectionVisibility,
  chooseShare,
  offerReflection,
  onCheckinMessage,
  REFLECT_OFFER,
  REFLECT_VISIBILITY,
  SHARE_CHOICE,
  startFromLink,
  startPrivate,
} from './answers.ts';
import { CHECKIN_SUBCOMMANDS, confirmDelete, DELETE_CONFIRM } from './commands.ts';
import { closeJob, remindJob } from './digest.ts';
import { describeCheckinsAndReflections } from './mydata.ts';
import { answerNudge, NUDGE_CHOICE, startNudgeFromLink } from './nudge.ts';
import {
  CLOSE_JOB,
  DUE_JOB,
  dueJob,
  PRIVATE_ANSWER,
  REMIND_JOB,
  reconcileCheckins,
  replanCheckins,
} from './occurrences.ts';
import { checkinsReport } from './report.ts';

export { reconcileCheckins };

export const checkinsFeature: Feature = {
  name: 'checkins',
  commands: [
    {
      name: 'checkin',
      where: 'group',
      access: 'member',
      defaultSubcommand: 'list',
      subcommands: CHECKIN_SUBCOMMANDS,
    },
  ],
  actions: {
    [DELETE_CONFIRM]: confirmDelete,
    [PRIVATE_ANSWER]: (ctx, token) => startPrivate(ctx, token),
    [SHARE_CHOICE]: chooseShare,
    [NUDGE_CHOICE]: answerNudge,
    [REFLECT_OFFER]: offerReflection,
    [REFLECT_VISIBILITY]: chooseReflectionVisibility,
  },
  jobs: { [DUE_JOB]: dueJob, [REMIND_JOB]: remindJob, [CLOSE_JOB]: closeJob },
  onMessage: onCheckinMessage,
  onStartPayload: async (ctx, payload) =>
    (await startFromLink(ctx, payload)) || (await startNudgeFromLink(ctx, payload)),
  describeMyData: describeCheckinsAndReflections,
  report: checkinsReport,
  // Check-ins whose next occurrence has no job (a new schedule, a wiped Redis) get one.
  async start(job) {
    const planned = await reconcileCheckins(job);
    if (planned > 0) job.log.info({ planned }, 'planned the next check-ins');
  },
  on: {
    // Check-ins keep their local time ("Mondays 18:00") in the cohort's new timezone.
    async 'cohort.changed'(event, job) {
      if (event.change === 'edited' && event.cohort.timezone !== event.previous.timezone) {
        await replanCheckins(job, event.cohort);
      }
    },
  },
};
