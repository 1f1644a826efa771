// /gathering create, edit, cancel, list, show, report, mark, and /here.
// Coordinators announce and change gatherings in the group; everyone answers
// with the announcement's buttons; the report goes to the coordinator in private.

import { randomBytes } from 'node:crypto';
import { expectNoWords, type ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import { findMember } from '../../core/lookup.ts';
import { allows } from '../../core/permissions.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import { localizeArgs } from '../../core/router.ts';
import type { ActionToken, Cohort, Gathering } from '../../core/store.ts';
import { parseIntInRange } from '../../core/validate.ts';
import { ics } from './calendar-commands.ts';
import { card, countsLine, countsOf, noticeWithCalendar, when } from './card.ts';
import { cleanTitle, parseDetails } from './details.ts';
import { planGathering, stamp, timezoneOf, unplanGathering } from './plan.ts';
import { promote, rsvpButtons } from './rsvp.ts';
import { coordinatorSummary } from './summary.ts';

export const CANCEL_CONFIRM = 'gatherings.cancel';
/** "I'm here" counts from this long before the start (people arrive early). */
const EARLY_MS = 30 * 60_000;

function requireCohort(ctx: Context): Cohort {
  if (!ctx.cohort) throw new UserError('error-no-cohort-here');
  return ctx.cohort;
}

/** The gathering a number names in this cohort (cancelled ones too: show says so). */
async function byNumberWord(ctx: Context, cohort: Cohort, word: string | undefined): Promise<Gathering> {
  if (!word) throw new UsageError('error-missing-argument', { argument: 'number' });
  const number = parseIntInRange(word.replace(/^#/, ''), 1, 1_000_000, 'field-gathering-number');
  const gathering = await ctx.store.gatherings.byNumber(cohort.id, number);
  if (!gathering) throw new UserError('gathering-error-unknown', { number });
  return gathering;
}

function shiftNote(ctx: Context, shifted: 'none' | 'gap' | 'ambiguous'): string[] {
  return shifted === 'none' ? [] : [ctx.t(`gathering-dst-${shifted}`)];
}

async function announce(ctx: Context, gathering: Gathering, headline: string, extra: string[] = []): Promise<void> {
  await ctx.reply({
    html: [
      headline,
      ...card(ctx.t.bind(ctx), gathering, ctx.locale, gathering.timezone),
      ...extra,
      ctx.t('gathering-rsvp-prompt'),
    ].join('\n'),
    buttons: [await rsvpButtons(ctx, gathering)],
  });
}

export async function create(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  const [titleWord, ...words] = args.positional;
  if (!titleWord) throw new UsageError('error-missing-argument', { argument: 'title' });
  const title = cleanTitle(titleWord);
  if (!args.flags.has('at')) throw new UsageError('error-missing-argument', { argument: '--at' });
  const { details, shifted } = parseDetails(args, words, ctx.services.clock.now(), cohort.timezone);
  const gathering = await ctx.store.gatherings.create({
    cohortId: cohort.id,
    title,
    description: details.description ?? null,
    startsAt: details.startsAt!,
    endsAt: details.endsAt!,
    timezone: details.timezone ?? cohort.timezone,
    place: details.place ?? null,
    onlineUrl: details.onlineUrl ?? null,
    capacity: details.capacity ?? null,
  });
  await planGathering(ctx.job, gathering);
  await ctx.audit('gathering.create', { gatheringId: gathering.id });
  await announce(ctx, gathering, ctx.t('gathering-created'), shiftNote(ctx, shifted));
}

export async function edit(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  const [numberWord, ...words] = args.positional;
  const before = await byNumberWord(ctx, cohort, numberWord);
  const now = ctx.services.clock.now();
  if (before.status === 'cancelled') throw new UserError('gathering-error-cancelled');
  if (before.endsAt <= now) throw new UserError('gathering-error-finished');
  const { details, shifted } = parseDetails(args, words, now, cohort.timezone, before);
  if (Object.keys(details).length === 0) throw new UsageError('gathering-error-nothing-to-change');
  const after = await ctx.store.gatherings.update(before.id, details);
  if (+after.startsAt !== +before.startsAt || +after.endsAt !== +before.endsAt) {
    // Every reminder moves once: the old set (ids carry the old start) goes, the new one comes.
    await unplanGathering(ctx.job, before);
    await planGathering(ctx.job, after);
    await tellMoved(ctx, cohort, after);
  }
  // More places (or no limit any more): the waiting list moves up while there is room.
  if (details.capacity !== undefined) {
    let moved = true;
    while (moved) moved = await promote(ctx.job, cohort, after);
  }
  await ctx.audit('gathering.edit', { gatheringId: after.id, fields: Object.keys(details) });
  await announce(ctx, after, ctx.t('gathering-edited'), shiftNote(ctx, shifted));
}

/** Those who said they would (or might) come hear the new time in private, in their timezone. */
async function tellMoved(ctx: Context, cohort: Cohort, gathering: Gathering): Promise<void> {
  const coming = new Set(
    (await ctx.store.gatherings.rsvps(gathering.id)).filter((r) => r.answer !== 'no').map((r) => r.membershipId),
  );
  for (const member of await ctx.store.memberships.list(cohort.id, { status: ['active', 'paused'] })) {
    if (!coming.has(member.id)) continue;
    await ctx.job.tell(
      cohort,
      member,
      `gathering-moved-${gathering.id}-${stamp(gathering)}-${Math.floor(gathering.endsAt.getTime() / 60_000)}-${member.id}`,
      async (to) => ({
        html: noticeWithCalendar(to.t, 'gathering-moved', gathering, to.locale, timezoneOf(member, gathering.timezone)),
      }),
      { inGroup: false },
    );
  }
}

export async function cancel(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  const [numberWord, ...rest] = args.positional;
  expectNoWords({ ...args, positional: rest });
  const gathering = await byNumberWord(ctx, cohort, numberWord);
  if (gathering.status === 'cancelled') throw new UserError('gathering-error-cancelled');
  if (gathering.endsAt <= ctx.services.clock.now()) throw new UserError('gathering-error-finished');
  const answered = (await ctx.store.gatherings.rsvps(gathering.id)).filter((r) => r.answer !== 'no').length;
  const buttons = await ctx.choices(
    CANCEL_CONFIRM,
    [
      { label: ctx.t('button-gathering-cancel-confirm'), choice: 'yes' },
      // Not "Cancel": under "Cancel the gathering?" it would read as yes.
      { label: ctx.t('button-gathering-keep'), choice: 'no' },
    ],
    { payload: { gatheringId: gathering.id } },
  );
  await ctx.reply({
    html: ctx.t('gathering-cancel-confirm', { title: gathering.title, count: answered }),
    buttons: [buttons],
  });
}

/** "Yes, cancel it": the group hears it, and everyone who answered is told (in private where possible). */
export async function confirmCancel(ctx: Context, token: ActionToken, choice?: string): Promise<string | undefined> {
  if (choice !== 'yes' && choice !== 'no') return ctx.t('action-stale');
  if (!allows(await ctx.role(), 'coordinator'))
    return ctx.t('error-needs-role', localizeArgs(ctx, { role: 'coordinator' }));
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  const gathering = await ctx.store.gatherings.byId(String(token.payload.gatheringId));
  const cohort = ctx.cohort;
  if (!gathering || !cohort || gathering.cohortId !== cohort.id || gathering.status !== 'scheduled')
    return ctx.t('action-stale');
  if (choice === 'no') {
    // Not "Cancelled.": the gathering is what was kept.
    await ctx.say('gathering-kept', { title: gathering.title });
    return undefined;
  }
  const cancelled = await ctx.store.gatherings.update(gathering.id, { status: 'cancelled' });
  await unplanGathering(ctx.job, gathering);
  await ctx.audit('gathering.cancel', { gatheringId: gathering.id });
  await ctx.say('gathering-cancelled', { number: cancelled.number, title: cancelled.title });
  const answered = new Set((await ctx.store.gatherings.rsvps(gathering.id)).map((r) => r.membershipId));
  for (const member of await ctx.store.memberships.list(cohort.id, { status: ['active', 'paused'] })) {
    if (!answered.has(member.id) || member.accountId === ctx.account.id) continue;
    await ctx.job.tell(
      cohort,
      member,
      `gathering-cancelled-${gathering.id}-${member.id}`,
      async (to) => ({
        html: to.t('gathering-cancelled-dm', {
          title: gathering.title,
          when: when(gathering, to.locale, member.timezone ?? member.account.timezone ?? gathering.timezone),
        }),
        // The group already heard of the cancel; who had answered is not its business.
      }),
      { inGroup: false },
    );
  }
  return ctx.t('done');
}

export async function list(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  expectNoWords(args);
  const upcoming = await ctx.store.gatherings.upcoming(cohort.id, ctx.services.clock.now());
  if (upcoming.length === 0) {
    await ctx.say('gathering-list-none');
    return;
  }
  const lines = upcoming.map((g) =>
    ctx.t('gathering-list-line', { number: g.number, title: g.title, when: when(g, ctx.locale, g.timezone) }),
  );
  await ctx.reply([ctx.t('gathering-list-title'), ...lines].join('\n'));
}

export async function show(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  const [numberWord, ...rest] = args.positional;
  expectNoWords({ ...args, positional: rest });
  const gathering = await byNumberWord(ctx, cohort, numberWord);
  const now = ctx.services.clock.now();
  const counts = countsOf(await ctx.store.gatherings.rsvps(gathering.id));
  const open = gathering.status === 'scheduled' && gathering.endsAt > now;
  await ctx.reply({
    html: [
      ...card(ctx.t.bind(ctx), gathering, ctx.locale, gathering.timezone),
      gathering.status === 'cancelled' ? ctx.t('gathering-is-cancelled') : '',
      countsLine(ctx.t.bind(ctx), counts),
    ]
      .filter(Boolean)
      .join('\n'),
    ...(open ? { buttons: [await rsvpButtons(ctx, gathering)] } : {}),
  });
}

export async function report(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  const [numberWord, ...rest] = args.positional;
  expectNoWords({ ...args, positional: rest });
  const gathering = await byNumberWord(ctx, cohort, numberWord);
  await replyPrivately(ctx, async () => {
    const rsvps = await ctx.store.gatherings.rsvps(gathering.id);
    const names = new Map(
      (await ctx.store.memberships.list(cohort.id)).map((m) => [
        m.id,
        m.account.username ? `@${m.account.username}` : m.account.displayName,
      ]),
    );
    // Attendance per person is for coordinators (docs/privacy.md "attendance").
    const people = rsvps.map((r) =>
      ctx.t('gathering-report-person', {
        name: names.get(r.membershipId) ?? '?',
        answer: ctx.t('gathering-answer-word', { answer: r.answer }),
        present: ctx.t('gathering-present-word', { present: r.attendedAt ? 'yes' : 'no' }),
      }),
    );
    // A heading of their own: after the hopes, "• @dan: going" would read as one more hope.
    return [
      await coordinatorSummary(ctx.store, ctx.t.bind(ctx), gathering),
      ...(people.length > 0 ? [ctx.t('gathering-report-people'), ...people] : []),
    ].join('\n');
  });
}

/** A coordinator marks someone present or absent afterwards: /gathering mark 3 @bob present|absent. */
export async function mark(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  const [numberWord, who, state, ...rest] = args.positional;
  expectNoWords({ ...args, positional: rest });
  const gathering = await byNumberWord(ctx, cohort, numberWord);
  if (!who || (state !== 'present' && state !== 'absent'))
    throw new UsageError('error-missing-argument', { argument: 'present|absent' });
  const now = ctx.services.clock.now();
  if (gathering.status === 'cancelled') throw new UserError('gathering-error-cancelled');
  if (gathering.startsAt > now) throw new UserError('gathering-error-not-started');
  const member = await findMember(ctx, who);
  await ctx.store.gatherings.setAttended(gathering.id, member.id, state === 'present' ? now : null);
  await ctx.audit('gathering.mark', { gatheringId: gathering.id, membershipId: member.id, state });
  await ctx.say(`gathering-marked-${state}`, { name: member.account.displayName, title: gathering.title });
}

/** Room codes: short, read aloud and typed on a phone (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** How many of CODE_ALPHABET's first characters are letters. */
const LETTERS = 23;
const CODE = /^[A-Z0-9]{3,12}$/;

/** /gathering code N [CODE|-]: set (or make up, or clear) the code announced in the room; shown in private. */
export async function code(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  const [numberWord, word, ...rest] = args.positional;
  expectNoWords({ ...args, positional: rest });
  const gathering = await byNumberWord(ctx, cohort, numberWord);
  if (gathering.status === 'cancelled') throw new UserError('gathering-error-cancelled');
  if (gathering.endsAt <= ctx.services.clock.now()) throw new UserError('gathering-error-finished');
  let roomCode: string | null;
  if (word === '-') roomCode = null;
  else if (word === undefined)
    // A letter first: an all-digit code ("9984") would read as a gathering number in /here.
    roomCode = Array.from(randomBytes(4), (b, i) => CODE_ALPHABET[b % (i === 0 ? LETTERS : CODE_ALPHABET.length)]).join(
      '',
    );
  else {
    roomCode = word.toUpperCase();
    if (!CODE.test(roomCode)) throw new UserError('gathering-code-error-format', { value: word.slice(0, 20) });
    // "/here 1234" means gathering #1234: a code people type there needs a letter.
    if (/^\d+$/.test(roomCode))
      throw new UserError('gathering-code-error-digits', { value: roomCode, number: gathering.number });
  }
  await ctx.store.gatherings.update(gathering.id, { roomCode });
  await ctx.audit('gathering.code', { gatheringId: gathering.id, set: roomCode !== null });
  // Whoever reads the code can tick "I'm here" from afar: it goes to the coordinator alone.
  await replyPrivately(ctx, () =>
    roomCode
      ? ctx.t('gathering-code-set', { number: gathering.number, title: gathering.title, code: roomCode })
      : ctx.t('gathering-code-cleared', { number: gathering.number, title: gathering.title }),
  );
}

/** "I'm here": during the gathering (from half an hour before), by a member, with the room code when one is set. */
export async function markHere(ctx: Context, gathering: Gathering, typed?: string): Promise<string> {
  const now = ctx.services.clock.now();
  if (gathering.status === 'cancelled') return ctx.t('gathering-error-cancelled');
  if (now.getTime() < gathering.startsAt.getTime() - EARLY_MS || now >= gathering.endsAt)
    return ctx.t('gathering-error-not-now');
  const membership = await ctx.store.memberships.get(gathering.cohortId, ctx.account.id);
  if (!membership || membership.status === 'left') return ctx.t('gathering-error-join-first');
  if (gathering.roomCode) {
    if (typed === undefined) return ctx.t('gathering-here-needs-code', { number: gathering.number });
    if (typed.toUpperCase() !== gathering.roomCode) return ctx.t('gathering-error-wrong-code');
  }
  await ctx.store.gatherings.setAttended(gathering.id, membership.id, now);
  return ctx.services.i18n.t(ctx.localeOf(ctx.account, ctx.cohort?.locale), 'gathering-here-recorded', {
    title: gathering.title,
  });
}

/** /here [NUMBER] [CODE]: without a number, the gathering happening now. */
export async function here(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  const words = [...args.positional];
  const numberWord = words.length > 0 && /^#?\d+$/.test(words[0]!) ? words.shift() : undefined;
  const typed = words.shift();
  expectNoWords({ ...args, positional: words });
  const now = ctx.services.clock.now();
  const gathering = numberWord
    ? await byNumberWord(ctx, cohort, numberWord)
    : (await ctx.store.gatherings.upcoming(cohort.id, now)).find(
        (g) => g.startsAt.getTime() - EARLY_MS <= now.getTime(),
      );
  if (!gathering) throw new UserError('gathering-error-not-now');
  await ctx.reply(await markHere(ctx, gathering, typed));
}

export async function pressHere(ctx: Context, token: ActionToken): Promise<string | undefined> {
  const gathering = await ctx.store.gatherings.byId(String(token.payload.gatheringId));
  if (!gathering) return ctx.t('action-stale');
  return markHere(ctx, gathering);
}

/** /gathering ics N: the calendar file, in private. */
export async function icsCommand(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  const [numberWord, ...rest] = args.positional;
  expectNoWords({ ...args, positional: rest });
  await ics(ctx, await byNumberWord(ctx, cohort, numberWord));
}
