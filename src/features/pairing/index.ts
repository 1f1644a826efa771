// Pairing mentors with mentees: /pair mentors previews the engine's best
// assignment with a reason for each pair, /pair confirm asks the mentors,
// /pair @mentor @mentee pairs by hand, /unpair ends a pairing, and /pair shows
// a member their own mentor or mentees. Peer rounds (/pair peers, /pair
// rounds, /pair stats) are in rounds.ts. Someone who leaves, or a mentor away
// for long, has their pairings ended (membership.ended / membership.paused).

import { expectNoWords, type ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import type { Feature } from '../../core/feature.ts';
import { findMember, repliedMember } from '../../core/lookup.ts';
import { allows } from '../../core/permissions.ts';
import { maySee } from '../../core/privacy.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import { localizeArgs } from '../../core/router.ts';
import { parseLocalSpanMs } from '../../core/spans.ts';
import type { ActionToken, Cohort } from '../../core/store.ts';
import { parseYesNo } from '../../core/validate.ts';
import { yesNoLabel } from '../shared/labels.ts';
import { evaluatePair } from '../shared/matching/index.ts';
import { avoid } from './avoid.ts';
import { describeMentorships } from './mydata.ts';
import { type CohortPlan, explain, LIVE, linkOf, nameOf, planMentors, profileOf } from './plan.ts';
import {
  ANSWER_ACTION,
  answerAsk,
  answerDeclineReason,
  askMentor,
  DECLINE_REASON_ACTION,
  releaseMentorships,
  TIMEOUT_JOB,
  tellEnded,
  timeoutJob,
} from './prompts.ts';
import { pairingReport } from './report.ts';
import { peersNow, roundStats, roundsSetting } from './round-commands.ts';
import {
  answerMet,
  FOLLOW_UP_JOB,
  followUpJob,
  MET_ACTION,
  ROUND_JOB,
  reconcilePeerRounds,
  roundJob,
} from './rounds.ts';

export { reconcilePeerRounds };

const UNPAIR_CONFIRM = 'pairing.unpair';
/** A break longer than this hands a mentor's mentees to other mentors. */
const LONG_BREAK_MS = 21 * 86_400_000;

function requireCohort(ctx: Context): Cohort {
  if (!ctx.cohort) throw new UserError('error-no-cohort-here');
  return ctx.cohort;
}

/**
 * /pair: my mentor and mentees (in private: in each of my cohorts);
 * /pair @mentor @mentee (coordinators, in the group): a pair by hand.
 */
async function show(ctx: Context, args: ParsedArgs): Promise<void> {
  if (!ctx.isGroup) {
    if (args.positional.length > 0) throw new UserError('pair-by-hand-in-group');
    return showAllMine(ctx);
  }
  const cohort = requireCohort(ctx);
  if (args.positional.length > 0) return pairByHand(ctx, cohort, args);
  if (!ctx.membership || ctx.membership.status === 'left')
    throw new UserError('leave-not-member', { name: cohort.name });
  const lines = await myPairings(ctx, cohort.id, ctx.membership.id);
  await ctx.reply(lines.length > 0 ? lines.join('\n') : ctx.t('pair-mine-none'));
}

/** One line per live mentorship of a member: who, with a link to reach them. */
async function myPairings(ctx: Context, cohortId: string, membershipId: string): Promise<string[]> {
  const mine = await ctx.store.mentorships.ofMember(membershipId, LIVE);
  if (mine.length === 0) return [];
  const active = await ctx.store.memberships.list(cohortId, { status: ['active', 'paused'] });
  const byId = new Map(active.map((m) => [m.id, m]));
  const lines: string[] = [];
  for (const m of mine) {
    const mentor = m.mentorMembershipId === membershipId;
    const other = byId.get(mentor ? m.menteeMembershipId : m.mentorMembershipId);
    if (!other) continue;
    lines.push(ctx.t(mentor ? 'pair-mine-mentee' : 'pair-mine-mentor', { other: linkOf(other), status: m.status }));
  }
  return lines;
}

/** /pair in private: the mentor and mentees of every cohort the person is in. */
async function showAllMine(ctx: Context): Promise<void> {
  const memberships = (await ctx.store.memberships.forAccount(ctx.account.id)).filter((m) => m.status !== 'left');
  if (memberships.length === 0) throw new UserError('pair-mine-no-cohort');
  const lines: string[] = [];
  for (const m of memberships) {
    const mine = await myPairings(ctx, m.cohortId, m.id);
    lines.push(
      ctx.t('pair-mine-cohort', { name: m.cohort.name }),
      ...(mine.length > 0 ? mine : [ctx.t('pair-mine-none')]),
    );
  }
  await ctx.reply(lines.join('\n'));
}

async function pairByHand(ctx: Context, cohort: Cohort, args: ParsedArgs): Promise<void> {
  if (!allows(await ctx.role(), 'coordinator')) {
    await ctx.say('error-needs-role', localizeArgs(ctx, { role: 'coordinator' }));
    return;
  }
  // As a reply to the mentor's message, "/pair @mentee" names the mentor (people without a @username).
  const replied = args.positional.length === 1 ? await repliedMember(ctx) : null;
  if (args.positional.length !== 2 && !replied) throw new UsageError('pair-error-two-people');
  const mentor = replied ?? (await findMember(ctx, args.positional[0]!));
  const mentee = await findMember(ctx, args.positional.at(-1)!);
  if (mentor.id === mentee.id) throw new UserError('pair-error-self');
  const live = await ctx.store.mentorships.ofMember(mentee.id, LIVE);
  const existing = live.find((m) => m.menteeMembershipId === mentee.id);
  if (existing) throw new UserError('pair-error-has-mentor', { mentee: nameOf(mentee) });
  // A coordinator's choice stands; the reasons still tell the mentor why it makes sense.
  const evaluation = evaluatePair(profileOf(mentor, cohort, 1), profileOf(mentee, cohort, 0), 'mentor', {
    allowBridging: true,
    referenceDate: ctx.services.clock.now(),
  });
  const mentorship = await ctx.store.mentorships.create({
    cohortId: cohort.id,
    mentorMembershipId: mentor.id,
    menteeMembershipId: mentee.id,
    status: 'asked',
    score: Number.isFinite(evaluation.score) ? evaluation.score : 0,
    reasons: evaluation.reasons,
    askedAt: ctx.services.clock.now(),
    createdAt: ctx.services.clock.now(),
  });
  await ctx.audit('pair.manual', { mentorshipId: mentorship.id });
  await askMentor(ctx.job, cohort, mentorship);
  await ctx.say('pair-asked-one', { mentor: nameOf(mentor), mentee: nameOf(mentee) });
}

/**
 * /pair mentors: the preview, stored as 'proposed' rows until /pair confirm.
 * It names who waits, who declined and why: the coordinator's eyes only.
 */
async function preview(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  const cohort = requireCohort(ctx);
  // Proposals still waiting for /pair confirm are not live: the plan is the same before and after clearing them.
  const plan = await planMentors(ctx.services, cohort);
  if (plan.mentors.length === 0) throw new UserError('pair-error-no-mentors');
  if (plan.mentees.length === 0) throw new UserError('pair-error-no-mentees');
  await replyPrivately(ctx, () => previewText(ctx, cohort, plan));
}

async function previewText(ctx: Context, cohort: Cohort, plan: CohortPlan): Promise<string> {
  const reader = ctx.readerAs('coordinator');
  await ctx.store.mentorships.clearProposed(cohort.id);
  const lines = [ctx.t('pair-preview-title', { count: plan.assignment.pairs.length })];
  for (const pair of plan.assignment.pairs) {
    await ctx.store.mentorships.create({
      cohortId: cohort.id,
      mentorMembershipId: pair.mentorId,
      menteeMembershipId: pair.menteeId,
      status: 'proposed',
      score: pair.score,
      reasons: pair.reasons,
      askedAt: null,
      createdAt: ctx.services.clock.now(),
    });
    lines.push(
      ctx.t('pair-preview-line', {
        mentee: nameOf(plan.members.get(pair.menteeId)!),
        mentor: nameOf(plan.members.get(pair.mentorId)!),
        reasons: explain(ctx.services, ctx.locale, pair.reasons),
      }),
    );
  }
  for (const left of maySee('participation', reader) ? plan.assignment.unmatched : []) {
    lines.push(ctx.t(`pair-unmatched-${left.reason}`, { mentee: nameOf(plan.members.get(left.menteeId)!) }));
  }
  // Recent declines, with the reason when one was given: coordinators may want a word with someone.
  const declined = maySee('decline', reader)
    ? (await ctx.store.mentorships.ofCohort(cohort.id, ['declined'])).slice(-5)
    : [];
  for (const d of declined) {
    const mentor = plan.members.get(d.mentorMembershipId);
    const mentee = plan.members.get(d.menteeMembershipId);
    if (!mentor || !mentee) continue;
    lines.push(
      ctx.t('pair-preview-declined', {
        mentor: nameOf(mentor),
        mentee: nameOf(mentee),
        reason: maySee('decline-reason', reader) ? (d.declineReason ?? 'none') : 'none',
      }),
    );
  }
  if (plan.assignment.pairs.length > 0) lines.push('', ctx.t('pair-preview-confirm'));
  return lines.join('\n');
}

/** /pair confirm: ask the mentors of the preview. */
async function confirm(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  const cohort = requireCohort(ctx);
  const proposed = await ctx.store.mentorships.ofCohort(cohort.id, ['proposed']);
  if (proposed.length === 0) throw new UserError('pair-error-no-preview');
  const now = ctx.services.clock.now();
  let asked = 0;
  // A mentor with room for two gets two requests: people are counted once.
  const mentors = new Set<string>();
  for (const mentorship of proposed) {
    if (!(await ctx.store.mentorships.transition(mentorship.id, ['proposed'], 'asked', now))) continue;
    await askMentor(ctx.job, cohort, { ...mentorship, status: 'asked', askedAt: now });
    mentors.add(mentorship.mentorMembershipId);
    asked++;
  }
  await ctx.audit('pair.confirm', { asked });
  const { answerHours } = await ctx.store.mentorships.settings(cohort.id);
  await ctx.say('pair-confirmed-requests', { mentors: mentors.size, requests: asked, hours: answerHours });
}

const MIN_ANSWER_HOURS = 12;
const MAX_ANSWER_HOURS = 14 * 24;

/** /pair settings [--bridging yes|no] [--answer-within 48h]: shows them, or changes them. */
async function settings(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  const cohort = requireCohort(ctx);
  const patch: { allowBridging?: boolean; answerHours?: number } = {};
  const bridging = args.flags.get('bridging');
  if (bridging !== undefined) {
    if (bridging === true) throw new UsageError('error-flag-needs-value', { flag: '--bridging' });
    patch.allowBridging = parseYesNo(bridging, 'bridging');
  }
  const within = args.flags.get('answer-within');
  if (within !== undefined) {
    const ms = within === true ? null : parseLocalSpanMs(ctx.services.i18n, ctx.locale, within);
    const hours = ms === null ? Number.NaN : Math.round(ms / 3_600_000);
    if (!(hours >= MIN_ANSWER_HOURS && hours <= MAX_ANSWER_HOURS))
      throw new UserError('pair-error-answer-within', { value: String(within).slice(0, 20) });
    patch.answerHours = hours;
  }
  const changed = Object.keys(patch).length > 0;
  const now = changed
    ? await ctx.store.mentorships.saveSettings(cohort.id, patch)
    : await ctx.store.mentorships.settings(cohort.id);
  if (changed) await ctx.audit('pair.settings', patch);
  await ctx.say(changed ? 'pair-settings-saved' : 'pair-settings', {
    bridging: yesNoLabel(ctx, now.allowBridging),
    hours: now.answerHours,
  });
}

/** /unpair @member: ends their mentorships (as mentor or mentee), after asking. */
async function unpair(ctx: Context, args: ParsedArgs): Promise<void> {
  requireCohort(ctx);
  // As a reply to someone's message, "/unpair" alone names them.
  const replied = args.positional.length === 0 ? await repliedMember(ctx) : null;
  if (args.positional.length !== 1 && !replied) throw new UsageError('error-missing-argument', { argument: '@user' });
  const member = replied ?? (await findMember(ctx, args.positional[0]!));
  const live = await ctx.store.mentorships.ofMember(member.id, LIVE);
  if (live.length === 0) throw new UserError('pair-error-not-paired', { who: nameOf(member) });
  const buttons = await ctx.choices(
    UNPAIR_CONFIRM,
    [
      { label: ctx.t('button-unpair-confirm'), choice: 'yes' },
      { label: ctx.t('button-cancel'), choice: 'no' },
    ],
    { payload: { membershipId: member.id } },
  );
  await ctx.reply({ html: ctx.t('unpair-confirm', { who: nameOf(member), count: live.length }), buttons: [buttons] });
}

async function confirmUnpair(ctx: Context, token: ActionToken, choice?: string): Promise<string | undefined> {
  if (choice !== 'yes' && choice !== 'no') return ctx.t('action-stale');
  if (!allows(await ctx.role(), 'coordinator'))
    return ctx.t('error-needs-role', localizeArgs(ctx, { role: 'coordinator' }));
  const now = ctx.services.clock.now();
  if (!(await ctx.store.actionTokens.consume(token.id, now))) return ctx.t('action-stale');
  if (choice === 'no') {
    await ctx.say('cancelled');
    return ctx.t('cancelled');
  }
  let ended = 0;
  for (const m of await ctx.store.mentorships.ofMember(String(token.payload.membershipId), LIVE)) {
    if (!(await ctx.store.mentorships.transition(m.id, LIVE, 'ended', now))) continue;
    ended++;
    await tellEnded(ctx.job, m, 'unpaired');
  }
  await ctx.audit('pair.unpair', { membershipId: String(token.payload.membershipId), ended });
  await ctx.say('unpair-done', { count: ended });
  return ctx.t('done');
}

export const pairingFeature: Feature = {
  name: 'pairing',
  commands: [
    {
      name: 'pair',
      where: 'group',
      access: 'member',
      defaultSubcommand: 'show',
      subcommands: {
        // In private: your mentor or mentees in each of your cohorts.
        show: { where: 'any', access: 'anyone', run: show },
        // Coordinator views go to the coordinator in private (docs/privacy.md); they also run there.
        mentors: { where: 'any', access: 'coordinator', privateCohort: true, run: preview },
        confirm: { where: 'any', access: 'coordinator', privateCohort: true, run: confirm },
        settings: { access: 'coordinator', flags: { bridging: 'value', 'answer-within': 'value' }, run: settings },
        peers: { access: 'coordinator', run: peersNow },
        rounds: { access: 'coordinator', run: roundsSetting },
        stats: { where: 'any', access: 'coordinator', privateCohort: true, run: roundStats },
      },
    },
    { name: 'unpair', where: 'group', access: 'coordinator', run: unpair },
    { name: 'avoid', where: 'private', access: 'anyone', flags: { remove: 'boolean', cohort: 'value' }, run: avoid },
  ],
  actions: {
    [ANSWER_ACTION]: answerAsk,
    [DECLINE_REASON_ACTION]: answerDeclineReason,
    [UNPAIR_CONFIRM]: confirmUnpair,
    [MET_ACTION]: answerMet,
  },
  jobs: { [TIMEOUT_JOB]: timeoutJob, [ROUND_JOB]: roundJob, [FOLLOW_UP_JOB]: followUpJob },
  report: pairingReport,
  // Cohorts with peer rounds on, and rounds whose follow-up has not gone out, get their jobs.
  async start(job) {
    const planned = await reconcilePeerRounds(job);
    if (planned > 0) job.log.info({ planned }, 'planned the peer rounds and their follow-ups');
  },
  on: {
    // Someone left: their pairings end, and their mentees go to the next best mentor.
    async 'membership.ended'(event, job) {
      await releaseMentorships(job, event.cohort, event.membership.id);
    },
    // A mentor away for long should not leave mentees waiting.
    async 'membership.paused'(event, job) {
      if (event.until.getTime() - job.clock.now().getTime() > LONG_BREAK_MS) {
        await releaseMentorships(job, event.cohort, event.membership.id, 'as-mentor');
      }
    },
  },
  describeMyData: describeMentorships,
  // /forgetme of someone in a mentorship: as when they leave, the other person hears it ended
  // (in private) and a mentee is offered the next best mentor; the one who asked is not written to.
  async forget(account, job) {
    for (const membership of await job.store.memberships.forAccount(account.id)) {
      if (membership.status === 'left') continue;
      if ((await job.store.mentorships.ofMember(membership.id, LIVE)).length === 0) continue;
      // Gone already for the plan of the next mentor; the row goes with the account right after.
      await job.store.memberships.update(membership.id, { status: 'left' });
      await releaseMentorships(job, membership.cohort, membership.id, 'all', false);
    }
  },
};
