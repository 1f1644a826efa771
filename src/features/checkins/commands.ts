// /checkin: coordinators set the rhythm; everyone can list it.

import { expectNoWords, type ParsedArgs, tokenize } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import type { SubcommandSpec } from '../../core/feature.ts';
import { allows } from '../../core/permissions.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import { localizeArgs } from '../../core/router.ts';
import { formatSpan, parseLocalSpanMs } from '../../core/spans.ts';
import type { ActionToken, CheckInSchedule, Cohort } from '../../core/store.ts';
import { formatDateTime, formatDateTimeZoned } from '../../core/validate.ts';
import { coordinatorDigest } from './digest.ts';
import { dueJobId, nextDue, openOccurrences, planNext, postOccurrence } from './occurrences.ts';
import { DEFAULT_INACTIVE_AFTER, stats } from './participation.ts';
import { formatRhythm, PatternError, parseRhythm } from './schedule.ts';
import { englishSchedule, localSchedule } from './schedule-words.ts';

export const DELETE_CONFIRM = 'checkins.delete';
const MINUTE = 60_000;
const MAX_QUESTIONS = 5;
const MAX_QUESTION_LENGTH = 300;

function requireCohort(ctx: Context): Cohort {
  if (!ctx.cohort) throw new UserError('error-no-cohort-here');
  return ctx.cohort;
}

function span(ctx: Context, args: ParsedArgs, flag: string, fallback: number | null): number | null {
  const value = args.flags.get(flag);
  if (value === undefined) return fallback;
  const ms = value === true ? null : parseLocalSpanMs(ctx.services.i18n, ctx.locale, value);
  if (ms === null || ms < 10 * MINUTE || ms > 14 * 24 * 60 * MINUTE) {
    throw new UserError('checkin-error-span', { flag: `--${flag}`, value: String(value).slice(0, 20) });
  }
  return ms;
}

/** Every --question of the line (the parser keeps only the last of a repeated flag). */
function questionsOf(args: ParsedArgs): string[] {
  const tokens = tokenize(args.raw ?? '');
  const questions: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '--question' && i + 1 < tokens.length) questions.push(tokens[++i]!);
    else if (token.startsWith('--question=')) questions.push(token.slice('--question='.length));
  }
  const cleaned = questions.map((q) => q.trim()).filter(Boolean);
  if (cleaned.length > MAX_QUESTIONS) throw new UserError('checkin-error-questions', { max: MAX_QUESTIONS });
  if (cleaned.some((q) => q.length > MAX_QUESTION_LENGTH))
    throw new UserError('checkin-error-question-length', { max: MAX_QUESTION_LENGTH });
  return cleaned;
}

/** --inactive-after N: missed check-ins in a row before a gentle DM (0: never). */
function inactiveAfterFlag(args: ParsedArgs): number {
  const value = args.flags.get('inactive-after');
  if (value === undefined) return DEFAULT_INACTIVE_AFTER;
  const number = value === true || !/^\d{1,2}$/.test(value) ? Number.NaN : Number(value);
  if (!(number >= 0 && number <= 20))
    throw new UserError('checkin-error-inactive-after', { value: String(value).slice(0, 20) });
  return number;
}

async function scheduleByArg(ctx: Context, args: ParsedArgs): Promise<CheckInSchedule> {
  const cohort = requireCohort(ctx);
  if (args.positional.length !== 1) throw new UsageError('error-missing-argument', { argument: 'id' });
  const word = args.positional[0]!.replace(/^#/, '');
  const number = /^\d{1,6}$/.test(word) ? Number(word) : Number.NaN;
  const schedule = Number.isNaN(number) ? null : await ctx.store.checkins.scheduleByNumber(cohort.id, number);
  if (!schedule) throw new UserError('checkin-error-no-schedule', { id: args.positional[0]!.slice(0, 20) });
  return schedule;
}

/** The next check-in of a schedule; a skipped one says so and names the one after it. */
function nextText(ctx: Context, cohort: Cohort, schedule: CheckInSchedule): string {
  const { nextDueAt, skipDueAt } = schedule;
  if (schedule.status !== 'active' || !nextDueAt) return '-';
  const when = (at: Date) => formatDateTime(at, ctx.locale, cohort.timezone);
  if (skipDueAt?.getTime() !== nextDueAt.getTime()) return when(nextDueAt);
  return ctx.t('checkin-next-after-skip', {
    next: when(nextDue(schedule, cohort.timezone, nextDueAt)),
    skipped: when(nextDueAt),
  });
}

function describe(ctx: Context, cohort: Cohort, schedule: CheckInSchedule): string {
  return ctx.t('checkin-schedule-line', {
    id: schedule.number,
    pattern: localSchedule(ctx.services.i18n, ctx.locale, schedule.pattern),
    timezone: cohort.timezone,
    status: schedule.status,
    next: nextText(ctx, cohort, schedule),
    // "20 minutes", "1 hour, 30 minutes": a short window never reads "0 hours".
    window: formatSpan(ctx.locale, schedule.windowMinutes * MINUTE),
  });
}

async function create(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  if (args.positional.length === 0) throw new UsageError('error-missing-argument', { argument: 'pattern' });
  const now = ctx.services.clock.now();
  let rhythm: ReturnType<typeof parseRhythm>;
  try {
    rhythm = parseRhythm(
      englishSchedule(ctx.services.i18n, ctx.locale, args.positional.join(' ')),
      now,
      cohort.timezone,
    );
  } catch (error) {
    if (error instanceof PatternError) throw new UsageError(error.messageId, error.args);
    throw error;
  }
  const window = span(ctx, args, 'window', 24 * 60 * MINUTE)!;
  const remind = span(ctx, args, 'remind', null);
  if (remind !== null && remind >= window) throw new UserError('checkin-error-remind-window');
  const inactiveAfter = inactiveAfterFlag(args);
  const digest = args.flags.get('digest') ?? 'group';
  if (digest !== 'group' && digest !== 'coordinators')
    throw new UserError('checkin-error-digest', { value: String(digest).slice(0, 20) });
  // Answers of one occurrence must close before the next one opens.
  const pattern = formatRhythm(rhythm);
  const phase = rhythm.kind === 'weekly' ? rhythm.phase : 0;
  // The same rhythm twice would post every prompt and digest twice.
  const same = (await ctx.store.checkins.schedules(cohort.id)).find((s) => s.pattern === pattern && s.phase === phase);
  if (same) throw new UserError('checkin-error-duplicate', { id: same.number });
  const probe = { pattern, phase } as CheckInSchedule;
  const first = nextDue(probe, cohort.timezone, now);
  const second = nextDue(probe, cohort.timezone, first);
  if (second.getTime() - first.getTime() < window) throw new UserError('checkin-error-window-overlap');
  const schedule = await ctx.store.checkins.createSchedule({
    cohortId: cohort.id,
    pattern,
    phase,
    questions: questionsOf(args),
    windowMinutes: Math.round(window / MINUTE),
    remindMinutes: remind === null ? null : Math.round(remind / MINUTE),
    digest,
    inactiveAfter,
    nextDueAt: null,
  });
  await planNext(ctx.job, schedule, cohort.timezone, now);
  await ctx.audit('checkin.schedule', { scheduleId: schedule.id, pattern });
  const stored = (await ctx.store.checkins.schedule(schedule.id))!;
  await ctx.reply(`${ctx.t('checkin-scheduled', { id: stored.number })}\n${describe(ctx, cohort, stored)}`);
}

async function list(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  expectNoWords(args);
  const schedules = await ctx.store.checkins.schedules(cohort.id);
  if (schedules.length === 0) {
    await ctx.say('checkin-none-yet');
    return;
  }
  await ctx.reply([ctx.t('checkin-list-title'), ...schedules.map((s) => describe(ctx, cohort, s))].join('\n'));
}

async function now(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  const schedules = await ctx.store.checkins.schedules(cohort.id);
  const schedule = args.positional.length > 0 ? await scheduleByArg(ctx, args) : schedules[0];
  if (!schedule) throw new UserError('checkin-none-yet');
  // One occurrence of a schedule at a time: a second prompt would split the answers.
  const open = (await openOccurrences(ctx.services, cohort.id)).find((o) => o.scheduleId === schedule.id);
  if (open) {
    throw new UserError('checkin-error-already-open', {
      id: schedule.number,
      // With its zone, as the prompt says it: the two are read side by side.
      closes: formatDateTimeZoned(open.closesAt, ctx.locale, cohort.timezone),
    });
  }
  // An occurrence "now", at the minute: /checkin now twice in a minute posts once.
  const at = new Date(Math.floor(ctx.services.clock.now().getTime() / MINUTE) * MINUTE);
  const checkIn = await postOccurrence(ctx.job, { ...schedule, skipDueAt: null }, { ...cohort, status: 'active' }, at);
  await ctx.audit('checkin.now', { scheduleId: schedule.id, checkInId: checkIn.id });
}

async function skip(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  const schedule = await scheduleByArg(ctx, args);
  if (schedule.status !== 'active' || !schedule.nextDueAt)
    throw new UserError('checkin-error-not-active', { id: schedule.number });
  await ctx.store.checkins.updateSchedule(schedule.id, { skipDueAt: schedule.nextDueAt });
  await ctx.audit('checkin.skip', { scheduleId: schedule.id });
  await ctx.say('checkin-skipped', {
    id: schedule.number,
    when: formatDateTime(schedule.nextDueAt, ctx.locale, cohort.timezone),
  });
}

async function pause(ctx: Context, args: ParsedArgs): Promise<void> {
  const schedule = await scheduleByArg(ctx, args);
  if (schedule.status === 'paused') throw new UserError('checkin-error-already-paused', { id: schedule.number });
  await ctx.store.checkins.updateSchedule(schedule.id, { status: 'paused', nextDueAt: null });
  if (schedule.nextDueAt) await ctx.services.scheduler.cancel(dueJobId(schedule.id, schedule.nextDueAt));
  await ctx.audit('checkin.pause', { scheduleId: schedule.id });
  await ctx.say('checkin-paused', { id: schedule.number });
}

async function resume(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  const schedule = await scheduleByArg(ctx, args);
  if (schedule.status === 'active') throw new UserError('checkin-error-not-paused', { id: schedule.number });
  const resumed = await ctx.store.checkins.updateSchedule(schedule.id, { status: 'active' });
  const next = await planNext(ctx.job, resumed, cohort.timezone, ctx.services.clock.now());
  await ctx.audit('checkin.resume', { scheduleId: schedule.id });
  await ctx.say('checkin-resumed', { id: schedule.number, next: formatDateTime(next, ctx.locale, cohort.timezone) });
}

async function remove(ctx: Context, args: ParsedArgs): Promise<void> {
  const schedule = await scheduleByArg(ctx, args);
  const buttons = await ctx.choices(
    DELETE_CONFIRM,
    [
      { label: ctx.t('button-checkin-delete-confirm'), choice: 'yes' },
      { label: ctx.t('button-cancel'), choice: 'no' },
    ],
    { payload: { scheduleId: schedule.id } },
  );
  await ctx.reply({
    html: ctx.t('checkin-delete-confirm', {
      id: schedule.number,
      pattern: localSchedule(ctx.services.i18n, ctx.locale, schedule.pattern),
    }),
    buttons: [buttons],
  });
}

export async function confirmDelete(ctx: Context, token: ActionToken, choice?: string): Promise<string | undefined> {
  if (choice !== 'yes' && choice !== 'no') return ctx.t('action-stale');
  if (!allows(await ctx.role(), 'coordinator'))
    return ctx.t('error-needs-role', localizeArgs(ctx, { role: 'coordinator' }));
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  const schedule = await ctx.store.checkins.schedule(String(token.payload.scheduleId));
  if (!schedule || schedule.cohortId !== ctx.cohort?.id) return ctx.t('action-stale');
  if (choice !== 'yes') {
    await ctx.say('cancelled');
    return ctx.t('cancelled');
  }
  await ctx.store.checkins.deleteSchedule(schedule.id);
  if (schedule.nextDueAt) await ctx.services.scheduler.cancel(dueJobId(schedule.id, schedule.nextDueAt));
  await ctx.audit('checkin.delete', { scheduleId: schedule.id });
  await ctx.say('checkin-deleted', { id: schedule.number });
  return ctx.t('done');
}

/** /checkin digest: the latest closed check-in as coordinators read it, in private (also for those the bot could not write to). */
async function digestOnRequest(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  expectNoWords(args);
  const latest = (await ctx.store.checkins.recentOccurrences(cohort.id, 10)).find((o) => o.state === 'closed');
  if (!latest) throw new UserError('checkin-stats-none');
  await replyPrivately(ctx, async () => {
    const members = await ctx.store.memberships.list(cohort.id, { status: ['active'] });
    const answers = await ctx.store.checkins.answers(latest.id);
    return coordinatorDigest(ctx.services, ctx.locale, latest, cohort, members, answers);
  });
}

export const CHECKIN_SUBCOMMANDS: Record<string, SubcommandSpec> = {
  list: { access: 'member', run: list },
  schedule: {
    access: 'coordinator',
    flags: { window: 'value', remind: 'value', question: 'value', digest: 'value', 'inactive-after': 'value' },
    run: create,
  },
  now: { access: 'coordinator', run: now },
  skip: { access: 'coordinator', run: skip },
  pause: { access: 'coordinator', run: pause },
  resume: { access: 'coordinator', run: resume },
  delete: { access: 'coordinator', run: remove },
  // Names who missed check-ins: sent to the coordinator in private, and runs there too.
  stats: { where: 'any', access: 'coordinator', privateCohort: true, run: stats },
  // Who took part and the shared answers of the latest check-in: for coordinators, in private.
  digest: { where: 'any', access: 'coordinator', privateCohort: true, run: digestOnRequest },
};
