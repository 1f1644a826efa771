// Gatherings and the follow-up loop: a coordinator announces a gathering in
// the group, members answer with one press and are reminded, mark themselves
// present on the day, say privately what they will try afterwards, and are
// asked how it went at +7, +30 and +90 days (docs/gatherings.md).

import type { Feature } from '../../core/feature.ts';
import {
  CANCEL_CONFIRM,
  cancel,
  confirmCancel,
  create,
  edit,
  here,
  list,
  mark,
  pressHere,
  report,
  show,
} from './commands.ts';
import {
  answerCommitment,
  askMentorForHelp,
  COMMIT_ACTION,
  commit,
  HELP_ACTION,
  listCommitments,
} from './commitments.ts';
import { FLAGS } from './details.ts';
import { hope } from './intentions.ts';
import { jobs } from './jobs.ts';
import { describeGatherings } from './mydata.ts';
import { forgetFollowUps, reconcile } from './plan.ts';
import { reportSections } from './report.ts';
import { answerRsvp, HERE_ACTION, onMembershipEnded, RSVP_ACTION } from './rsvp.ts';

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
        list: { run: list },
        show: { run: show },
        create: { access: 'coordinator', flags: CREATE_FLAGS, run: create },
        edit: { access: 'coordinator', flags: FLAGS, run: edit },
        cancel: { access: 'coordinator', run: cancel },
        report: { access: 'coordinator', run: report },
        mark: { access: 'coordinator', run: mark },
      },
    },
    { name: 'here', where: 'group', access: 'member', run: here },
    {
      name: 'commit',
      where: 'private',
      access: 'anyone',
      flags: { visibility: 'value', gathering: 'value' },
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
    [HELP_ACTION]: askMentorForHelp,
  },
  jobs,
  start: reconcile,
  on: { 'membership.ended': onMembershipEnded },
  describeMyData: describeGatherings,
  // Answers, attendance and commitments hang off the membership and go with
  // it; what is kept elsewhere is the follow-up jobs, whose ids name them.
  forget: forgetFollowUps,
  report: reportSections,
};
