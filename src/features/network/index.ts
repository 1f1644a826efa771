// Networks of cohorts (docs/network.md): cohorts join by their own
// coordinators' consent, a hub chat receives a weekly digest of the learnings
// members chose to share, and network coordinators see the cohorts side by side.

import type { Feature } from '../../core/feature.ts';
import { announce } from './announce.ts';
import { onChannelPost } from './channel.ts';
import { DIGEST_JOB, planAllDigests, runDigest } from './digest.ts';
import { exportNetwork } from './export.ts';
import { hub } from './hub.ts';
import { MEET_ACTION, meet, meetPressed, round } from './matching.ts';
import { describeMeet, forgetMeet } from './matching-mydata.ts';
import { MEET_ROUND_JOB, meetRoundJob, planAllMeetRounds } from './matching-rhythm.ts';
import { create, invite, join, leave, list, settings } from './membership.ts';
import { describeShares, forgetShares } from './mydata.ts';
import { offerAfterWriting } from './offer.ts';
import { page } from './page.ts';
import { report } from './report.ts';
import {
  consent,
  decide,
  pick,
  SHARE_CONSENT,
  SHARE_DECIDE,
  SHARE_PICK,
  SHARE_WITHDRAW,
  share,
  withdraw,
  withdrawList,
} from './share.ts';
import { space } from './space.ts';

export const networkFeature: Feature = {
  name: 'network',
  commands: [
    {
      name: 'network',
      where: 'group',
      access: 'member',
      defaultSubcommand: 'list',
      subcommands: {
        list: { run: list },
        create: { access: 'coordinator', run: create },
        // A network coordinator, from a group or in private; the code comes privately.
        invite: { where: 'any', access: 'anyone', run: invite },
        join: { access: 'coordinator', run: join },
        leave: { access: 'coordinator', run: leave },
        settings: { access: 'coordinator', flags: { approval: 'value', announcements: 'value' }, run: settings },
        // A network coordinator; the text is free (quotes and line breaks kept).
        announce: { where: 'any', access: 'anyone', freeText: true, flags: { network: 'value' }, run: announce },
        // Run in the hub chat, which may hold no cohort: the network's coordinators are checked.
        // In private: a one-time code to post in a Telegram channel (channel.ts).
        hub: { where: 'any', access: 'anyone', run: hub },
        report: { where: 'any', access: 'anyone', run: report },
        // Matrix: a space with the cohorts' rooms as its children, kept in step as cohorts join and leave.
        space: { where: 'any', access: 'anyone', run: space },
        // Files of the overview and of the cohorts' exports (as their groups may see them), in private.
        export: { where: 'any', access: 'anyone', flags: { format: 'value' }, run: exportNetwork },
        // Cross-cohort matching (matching.ts): a member, in their group or in private; answered privately.
        meet: { where: 'any', access: 'anyone', run: meet },
        // Now, or on a rhythm (every 2w | off): matching-rhythm.ts.
        round: { where: 'any', access: 'anyone', run: round },
        // A network coordinator: a signed link to the network's page of shared items, in private (page.ts).
        page: { where: 'any', access: 'anyone', run: page },
      },
    },
    {
      name: 'share',
      where: 'private',
      access: 'anyone',
      defaultSubcommand: 'list',
      subcommands: { list: { run: share }, withdraw: { run: withdrawList } },
    },
  ],
  actions: {
    [SHARE_PICK]: pick,
    [SHARE_CONSENT]: consent,
    [SHARE_DECIDE]: decide,
    [SHARE_WITHDRAW]: withdraw,
    [MEET_ACTION]: meetPressed,
  },
  jobs: { [DIGEST_JOB]: runDigest, [MEET_ROUND_JOB]: meetRoundJob },
  on: { 'learning.written': offerAfterWriting },
  onChannelPost,
  start: async (job) => {
    await planAllDigests(job);
    await planAllMeetRounds(job);
  },
  describeMyData: async (ctx, account) => [
    ...(await describeShares(ctx, account)),
    ...(await describeMeet(ctx, account)),
  ],
  forget: async (account, job) => {
    await forgetShares(account, job);
    await forgetMeet(account, job);
  },
};
