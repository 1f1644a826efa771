// /cohort: create, show, edit, pause, resume and archive the cohort of a group
// chat or forum topic. Also reacts to the bot being added to or removed from a chat.
// Every change is published (cohort.changed): check-ins follow a new timezone.

import { expectNoWords, type ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import type { Feature } from '../../core/feature.ts';
import type { JobContext } from '../../core/job-context.ts';
import type { JobData } from '../../core/jobs.ts';
import { allows } from '../../core/permissions.ts';
import { localizeArgs } from '../../core/router.ts';
import { englishSpan } from '../../core/spans.ts';
import { CohortSlotTaken } from '../../core/store.ts';
import { formatDateTime, parseUntil } from '../../core/validate.ts';
import { cohortCard } from './card.ts';
import {
  COHORT_FLAGS,
  cleanCohortName,
  contextFromFlags,
  EDIT_FLAGS,
  FLAG_OF_FIELD,
  namesInGroupFromFlags,
  smallestGroupFromFlags,
} from './options.ts';

const RESUME_JOB = 'cohorts.resume';
const ARCHIVE_CONFIRM = 'cohorts.archive';

function resumeJobId(cohortId: string): string {
  return `cohort-resume-${cohortId}`;
}

function requireCohort(ctx: Context) {
  if (!ctx.cohort) throw new UserError('error-no-cohort-here');
  return ctx.cohort;
}

async function create(ctx: Context, args: ParsedArgs): Promise<void> {
  // Checked here, not by the router: where no cohort exists yet, it would answer "no cohort here",
  // while what is missing is the right to make one (a chat admin, or a coordinator of the chat's cohort).
  if (!allows(await ctx.role(), 'coordinator')) throw new UserError('cohort-error-create-right');
  // In a forum topic ctx.cohort may be the whole chat's: the topic can still have its own.
  if (ctx.cohort && ctx.cohort.threadId === ctx.threadKey) {
    throw new UserError('error-cohort-exists', { name: ctx.cohort.name });
  }
  const nameWords = args.positional.join(' ');
  const fromFlags = contextFromFlags(ctx, args);
  if (!nameWords && !fromFlags.name) throw new UsageError('error-missing-argument', { argument: 'name' });
  if (nameWords && fromFlags.name) throw new UsageError('error-unexpected-words', { words: nameWords });
  const name = fromFlags.name ?? cleanCohortName(nameWords);
  const locale = fromFlags.locale ?? ctx.locale;
  // An admin of the chat who creates the cohort is its coordinator for as long as they are
  // an admin: nothing is stored, so a demotion on the platform takes the right away
  // (docs/privacy.md, "Roles"). Someone who may create it only through a granted role (a
  // coordinator of the chat's cohort making a forum topic's) keeps that grant here too.
  const creatorRole = (await ctx.isPlatformAdmin()) ? 'member' : 'coordinator';
  // The cohort, its creator's membership and the audit entry together or not at all.
  const created = await ctx.store
    .transaction(async (tx) => {
      const cohort = await tx.cohorts.create({
        chatId: ctx.chatRow.id,
        threadId: ctx.threadKey,
        name,
        languages: fromFlags.languages ?? [locale],
        region: fromFlags.region ?? null,
        themes: fromFlags.themes ?? [],
        timezone: fromFlags.timezone ?? timezoneSource(ctx).timezone,
        locale,
        createdAt: ctx.services.clock.now(),
      });
      const membership = await tx.memberships.join(cohort.id, ctx.account.id, creatorRole, ctx.services.clock.now());
      await tx.audit.record({
        action: 'cohort.create',
        details: { cohortId: cohort.id, creatorRole },
        actorAccountId: ctx.account.id,
        cohortId: cohort.id,
        chatId: ctx.chatRow.id,
        createdAt: ctx.services.clock.now(),
      });
      return { cohort, membership };
    })
    .catch((error: unknown) => {
      if (error instanceof CohortSlotTaken) throw new UserError('error-cohort-exists', { name });
      throw error;
    });
  ctx.cohort = created.cohort;
  ctx.membership = created.membership;
  // A zone nobody chose (the creator's own, or the default UTC) is said, with how to change it.
  const zoneNote = fromFlags.timezone ? '' : `\n${ctx.t('cohort-timezone-not-given', { ...timezoneSource(ctx) })}`;
  await ctx.reply(`${ctx.t('cohort-created', { name })}${zoneNote}\n\n${await cohortCard(ctx, ctx.cohort)}`);
}

/** The zone of a cohort created without --timezone: its creator's, else the bot's default. */
function timezoneSource(ctx: Context): { timezone: string; source: 'yours' | 'default' } {
  const own = ctx.account.timezone;
  return own ? { timezone: own, source: 'yours' } : { timezone: ctx.services.defaults.timezone, source: 'default' };
}

async function show(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  if (!ctx.cohort) {
    await ctx.say('cohort-none-yet');
    return;
  }
  await ctx.reply(await cohortCard(ctx, ctx.cohort));
}

async function edit(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  if (args.positional.length > 0) throw new UsageError('error-unexpected-words', { words: args.positional.join(' ') });
  const namesInGroup = namesInGroupFromFlags(args);
  const smallestGroup = smallestGroupFromFlags(args);
  const patch = {
    ...contextFromFlags(ctx, args),
    ...(namesInGroup === undefined ? {} : { namesInGroup }),
    ...(smallestGroup === undefined ? {} : { smallestGroup }),
  };
  const changed = Object.keys(patch);
  if (changed.length === 0) throw new UsageError('error-nothing-to-change');
  ctx.cohort = await ctx.store.cohorts.update(cohort.id, patch);
  await ctx.job.publish({ type: 'cohort.changed', change: 'edited', cohort: ctx.cohort, previous: cohort });
  await ctx.audit('cohort.edit', { fields: changed });
  // Name the options as they were typed (--language), not the stored fields (locale).
  const options = changed.map((field) => FLAG_OF_FIELD[field] ?? field);
  await ctx.reply(`${ctx.t('cohort-edited', { fields: options.join(', ') })}\n\n${await cohortCard(ctx, ctx.cohort)}`);
}

async function pause(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  expectNoWords(args);
  const untilText = args.flags.get('until');
  if (untilText === true) throw new UsageError('error-flag-needs-value', { flag: '--until' });
  const until = untilText
    ? parseUntil(englishSpan(ctx.services.i18n, ctx.locale, untilText), ctx.services.clock.now(), cohort.timezone)
    : null;
  if (cohort.status === 'paused' && !until) throw new UserError('cohort-already-paused');
  ctx.cohort = await ctx.store.cohorts.update(cohort.id, { status: 'paused', pausedUntil: until });
  await ctx.services.scheduler.cancel(resumeJobId(cohort.id));
  if (until) {
    await ctx.services.scheduler.schedule({
      id: resumeJobId(cohort.id),
      name: RESUME_JOB,
      data: { cohortId: cohort.id, until: until.toISOString() },
      runAt: until,
    });
  }
  await ctx.job.publish({ type: 'cohort.changed', change: 'paused', cohort: ctx.cohort, previous: cohort });
  await ctx.audit('cohort.pause', { until: until?.toISOString() ?? null });
  await ctx.say(until ? 'cohort-paused-until' : 'cohort-paused', {
    name: cohort.name,
    until: until ? formatDateTime(until, ctx.locale, cohort.timezone) : '',
  });
}

async function resume(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  expectNoWords(args);
  if (cohort.status === 'active') throw new UserError('cohort-not-paused');
  ctx.cohort = await ctx.store.cohorts.update(cohort.id, { status: 'active', pausedUntil: null });
  await ctx.services.scheduler.cancel(resumeJobId(cohort.id));
  await ctx.job.publish({ type: 'cohort.changed', change: 'resumed', cohort: ctx.cohort, previous: cohort });
  await ctx.audit('cohort.resume');
  await ctx.say('cohort-resumed', { name: cohort.name });
}

async function archive(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  expectNoWords(args);
  const buttons = await ctx.choices(
    ARCHIVE_CONFIRM,
    [
      { label: ctx.t('button-archive-confirm'), choice: 'yes' },
      { label: ctx.t('button-cancel'), choice: 'no' },
    ],
    { payload: { cohortId: cohort.id } },
  );
  await ctx.reply({ html: ctx.t('cohort-archive-confirm', { name: cohort.name }), buttons: [buttons] });
}

/** The archive confirmation button. */
async function confirmArchive(ctx: Context, token: { id: string; payload: Record<string, unknown> }, choice?: string) {
  if (choice !== 'yes' && choice !== 'no') return ctx.t('action-stale');
  // Whoever asked may have lost the role since.
  if (!allows(await ctx.role(), 'coordinator'))
    return ctx.t('error-needs-role', localizeArgs(ctx, { role: 'coordinator' }));
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  const cohort = ctx.cohort;
  if (!cohort || cohort.id !== token.payload.cohortId) return ctx.t('action-stale');
  if (choice !== 'yes') {
    await ctx.say('cancelled');
    return ctx.t('cancelled');
  }
  const archived = await ctx.store.cohorts.archive(cohort.id, ctx.services.clock.now());
  await ctx.services.scheduler.cancel(resumeJobId(cohort.id));
  await ctx.job.publish({ type: 'cohort.changed', change: 'archived', cohort: archived, previous: cohort });
  await ctx.audit('cohort.archive');
  await ctx.say('cohort-archived', { name: cohort.name });
  return ctx.t('done');
}

/** Scheduled end of a pause: resume and tell the group. */
async function resumeJob(data: JobData, job: JobContext): Promise<void> {
  const cohort = await job.store.cohorts.byId(String(data.cohortId));
  // A manual resume or a new pause since then: this job is stale.
  if (cohort?.status !== 'paused' || cohort.pausedUntil?.toISOString() !== data.until) return;
  const resumed = await job.store.cohorts.update(cohort.id, { status: 'active', pausedUntil: null });
  await job.publish({ type: 'cohort.changed', change: 'resumed', cohort: resumed, previous: cohort });
  const chat = await job.store.chats.byId(cohort.chatId);
  if (!chat) return;
  await job.post(
    {
      platform: chat.platform,
      chatId: chat.platformChatId,
      kind: chat.kind,
      ...(cohort.threadId ? { threadId: cohort.threadId } : {}),
    },
    { html: job.t(cohort.locale, 'cohort-resumed-auto', { name: cohort.name }) },
    `cohort-resumed-${cohort.id}-${data.until}`,
  );
}

export const cohortsFeature: Feature = {
  name: 'cohorts',
  commands: [
    {
      name: 'cohort',
      where: 'group',
      access: 'anyone',
      defaultSubcommand: 'show',
      subcommands: {
        show: { run: show },
        create: { flags: COHORT_FLAGS, run: create },
        edit: { access: 'coordinator', flags: EDIT_FLAGS, run: edit },
        pause: { access: 'coordinator', flags: { until: 'value' }, run: pause },
        resume: { access: 'coordinator', run: resume },
        archive: { access: 'coordinator', run: archive },
      },
    },
  ],
  actions: { [ARCHIVE_CONFIRM]: confirmArchive },
  jobs: { [RESUME_JOB]: resumeJob },
  async onChat(ctx, event) {
    // The platform says the room is encrypted and the bot cannot read it: say so once, plainly.
    if (event.change === 'encrypted') await ctx.say('room-encrypted');
  },
  async onMember(ctx, event) {
    if (!event.isBot) return;
    if (event.change === 'joined') {
      await ctx.say(ctx.cohort ? 'bot-added-with-cohort' : 'bot-added', { name: ctx.cohort?.name ?? '' });
    } else if (event.change === 'left') {
      await ctx.store.chats.markUnreachable(ctx.chatRow.id, ctx.services.clock.now());
    }
  },
};
