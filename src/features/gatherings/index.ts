// Gatherings and the follow-up loop: a coordinator announces a gathering in
// the group, members answer with one press and are reminded, mark themselves
// present on the day, say privately what they will try afterwards, and are
// asked how it went at +7, +30 and +90 days (docs/gatherings.md).

import type { Feature } from '../../core/feature.ts';
import { calendarFeed } from './calendar.ts';
import { feed } from './calendar-commands.ts';
import {
  CANCEL_CONFIRM,
  cancel,
  code,
  confirmCancel,
  create,
  edit,
  here,
  icsCommand,
  list,
  mark,
  pressHere,
  report,
  show,
} from './commands.ts';
import { answerCommitment, askForHelp, COMMIT_ACTION, commit, HELP_ACTION, listCommitments } from './commitments.ts';
import { FLAGS } from './details.ts';
import { hope } from './intentions.ts';
import { jobs } from './jobs.ts';
import { describeGatherings } from './mydata.ts';
import { forgetFollowUps, reconcile, replanCohort } from './plan.ts';
import { reportSections } from './report.ts';
import { answerRsvp, HERE_ACTION, onMembershipEnded, RSVP_ACTION } from './rsvp.ts';
import { settingsCommand } from './settings.ts';

const { title: _title, ...CREATE_FLAGS } = FLAGS;

export const gatheringsFeature: Feature = {
  name: 'gatherings',
  commands: [
    {
      name: 'gathering',
      where: 'group',
      access: 'member',
      defaultSubcommand: 'list',
      subcommands: {
        // In private too (which cohort: --cohort, or the bot asks): a member may look, and answer by button there.
        list: { where: 'any', privateCohort: { access: 'member' }, run: list },
        show: { where: 'any', privateCohort: { access: 'member' }, run: show },
        create: { access: 'coordinator', flags: CREATE_FLAGS, run: create },
        edit: { access: 'coordinator', flags: FLAGS, run: edit },
        cancel: { access: 'coordinator', run: cancel },
        report: { where: 'any', access: 'coordinator', privateCohort: true, run: report },
        mark: { access: 'coordinator', run: mark },
        // In private too: the file comes to the person anyway.
        ics: { where: 'any', privateCohort: { access: 'member' }, run: icsCommand },
        feed: { where: 'any', access: 'coordinator', privateCohort: true, run: feed },
        code: { where: 'any', access: 'coordinator', privateCohort: true, run: code },
        settings: {
          where: 'any',
          access: 'coordinator',
          privateCohort: true,
          flags: { reminders: 'value', steps: 'value' },
          run: (ctx, args) => settingsCommand(ctx, args, replanCohort),
        },
      },
    },
    // In private too: a room code typed in the group would be read by those not in the room.
    { name: 'here', where: 'any', access: 'member', privateCohort: { access: 'member' }, run: here },
    {
      name: 'commit',
      where: 'private',
      access: 'anyone',
      flags: { visibility: 'value', gathering: 'value', by: 'value' },
      privateCohort: { access: 'member' },
      run: commit,
    },
    { name: 'commitments', where: 'private', access: 'anyone', run: listCommitments },
    {
      name: 'hope',
      where: 'private',
      access: 'anyone',
      flags: { gathering: 'value' },
      privateCohort: { access: 'member' },
      run: hope,
    },
  ],
  actions: {
    [RSVP_ACTION]: answerRsvp,
    [HERE_ACTION]: pressHere,
    [CANCEL_CONFIRM]: confirmCancel,
    [COMMIT_ACTION]: answerCommitment,
    [HELP_ACTION]: askForHelp,
  },
  jobs,
  start: reconcile,
  on: { 'membership.ended': onMembershipEnded },
  describeMyData: describeGatherings,
  // Answers, attendance and commitments hang off the membership and go with
  // it; what is kept elsewhere is the follow-up jobs, whose ids name them.
  forget: forgetFollowUps,
  report: reportSections,
  // The cohort's calendar feed, served by the HTTP server (src/http/calendar.ts) under its secret.
  calendarFeed,
};
