// Answering a check-in: a reply to the prompt in the group, or the "answer
// privately" button, then a guided DM (one question at a time, "skip", and
// the button again to change answers until the window closes).

import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import type { ActionToken, CheckIn, CheckInAnswer, Cohort, Membership } from '../../core/store.ts';
import type { MessageEvent } from '../../core/types.ts';
import { questionsOf } from './occurrences.ts';
import { isSkipWord } from './schedule-words.ts';

export const SHARE_CHOICE = 'checkins.share';
export const REFLECT_OFFER = 'checkins.reflect';
export const REFLECT_VISIBILITY = 'checkins.reflect-visibility';
/** The answer's cursor while the next DM is the reflection that follows a check-in. */
const REFLECTING = -1;
const MAX_ANSWER_LENGTH = 2000;

/** An answer kept to MAX_ANSWER_LENGTH characters; a cut one ends in "…" so readers see it was cut. */
export function clip(text: string): string {
  const chars = [...text];
  return chars.length > MAX_ANSWER_LENGTH ? `${chars.slice(0, MAX_ANSWER_LENGTH - 1).join('')}…` : text;
}
const MAX_REFLECTION_LENGTH = 4000;

/** Why someone may not answer a check-in of a cohort, or null when they may. */
function refusal(membership: Membership | null | undefined, cohortId: string): string | null {
  if (membership?.status === 'paused' && membership.cohortId === cohortId) return 'checkin-error-on-break';
  return membership?.status === 'active' && membership.cohortId === cohortId ? null : 'checkin-error-not-member';
}

function isOpen(ctx: Context, checkIn: CheckIn): boolean {
  return checkIn.state === 'open' && checkIn.closesAt.getTime() > ctx.services.clock.now().getTime();
}

async function askQuestion(ctx: Context, checkIn: CheckIn, index: number, locale: string): Promise<string> {
  const questions = questionsOf(ctx.services, checkIn.questions, locale);
  return ctx.services.i18n.t(locale, 'checkin-dm-question', {
    n: index + 1,
    total: questions.length,
    question: questions[index] ?? '',
  });
}

/** Deep-link payload that starts a private answer: t.me/<bot>?start=checkin-<occurrence id>. */
const ANSWER_LINK_PREFIX = 'checkin-';

/** Start (or restart) the guided answer at the first question; the intro and question as markup. */
async function beginGuided(ctx: Context, checkIn: CheckIn, membershipId: string, locale: string, cohortName: string) {
  const answer = await ctx.store.checkins.saveAnswer(checkIn.id, membershipId, { cursor: 0 });
  const html = `${ctx.services.i18n.t(locale, 'checkin-dm-intro', { name: cohortName })}\n${await askQuestion(ctx, checkIn, 0, locale)}`;
  return { answer, html };
}

/** The "answer privately" button under a prompt. */
export async function startPrivate(ctx: Context, token: ActionToken): Promise<string | undefined> {
  const checkIn = await ctx.store.checkins.occurrence(String(token.payload.checkInId));
  if (!checkIn) return ctx.t('action-stale');
  const refused = refusal(ctx.membership, checkIn.cohortId);
  if (refused || !ctx.membership) return ctx.t(refused ?? 'checkin-error-not-member');
  if (!isOpen(ctx, checkIn)) return ctx.t('checkin-error-closed');
  const locale = ctx.localeOf(ctx.account, ctx.cohort?.locale);
  const { answer, html } = await beginGuided(ctx, checkIn, ctx.membership.id, locale, ctx.cohort?.name ?? '');
  const sent = await ctx.dm(ctx.account, { html }, `checkin-ask-${answer.id}-${answer.updatedAt.getTime()}`);
  if (sent) return ctx.t('checkin-private-started');
  await ctx.store.checkins.saveAnswer(checkIn.id, ctx.membership.id, { cursor: null });
  // The platform lets nobody be written to first (Telegram): a link that opens
  // the private chat and starts the answer there, in one tap.
  const link = ctx.adapter.deepLink(`${ANSWER_LINK_PREFIX}${checkIn.id}`);
  if (!link) return ctx.t('checkin-dm-first');
  // The press itself opens the private chat where the platform allows it: nothing posted in the group.
  const { event } = ctx;
  if (event.kind === 'action' && (await ctx.adapter.openLinkOnPress?.(event, link))) return undefined;
  await ctx.reply(ctx.t('checkin-dm-link', { person: ctx.account.displayName, link }));
  return ctx.t('checkin-dm-first-link');
}

/** /start checkin-<id> in private: the answer link from the group (other payloads are not ours). */
export async function startFromLink(ctx: Context, payload: string): Promise<boolean> {
  if (!payload.startsWith(ANSWER_LINK_PREFIX)) return false;
  await startPrivateFromLink(ctx, payload.slice(ANSWER_LINK_PREFIX.length));
  return true;
}

async function startPrivateFromLink(ctx: Context, checkInId: string): Promise<void> {
  const checkIn = /^[0-9a-f-]{36}$/.test(checkInId) ? await ctx.store.checkins.occurrence(checkInId) : null;
  if (!checkIn) throw new UserError('start-bad-link');
  const cohort = await ctx.store.cohorts.byId(checkIn.cohortId);
  const membership = cohort ? await ctx.store.memberships.get(cohort.id, ctx.account.id) : null;
  const refused = cohort ? refusal(membership, cohort.id) : 'checkin-error-not-member';
  if (refused || !cohort || !membership) throw new UserError(refused ?? 'checkin-error-not-member');
  if (!isOpen(ctx, checkIn)) throw new UserError('checkin-error-closed');
  const locale = ctx.localeOf(ctx.account, cohort.locale);
  const { html } = await beginGuided(ctx, checkIn, membership.id, locale, cohort.name);
  await ctx.reply(html);
}

/**
 * The answer a message gave, found by its platform message id (an edit
 * refers to the message it changes): the person's answers of open check-ins.
 */
async function answerOfMessage(ctx: Context, membershipIds: string[], messageId: string) {
  for (const membershipId of membershipIds) {
    for (const answer of await ctx.store.checkins.answersOf(membershipId)) {
      const index = answer.messageIds.indexOf(messageId);
      if (index < 0) continue;
      const checkIn = await ctx.store.checkins.occurrence(answer.checkInId);
      if (checkIn) return { answer, checkIn, index };
    }
  }
  return null;
}

/**
 * An edited DM that answered a guided question: the answer to that question
 * changes while the window is open (as an edited command runs again). Other
 * edits are not answers: an edit never answers the question asked next.
 */
async function editedPrivateAnswer(ctx: Context, event: MessageEvent, membershipIds: string[]): Promise<boolean> {
  const found = await answerOfMessage(ctx, membershipIds, event.messageId);
  if (!found) return false;
  const { answer, checkIn, index } = found;
  if (!isOpen(ctx, checkIn)) {
    await ctx.say('checkin-error-closed');
    return true;
  }
  const text = event.text.trim();
  const answers = [...answer.answers];
  answers[index] = isSkipWord(ctx.services.i18n, ctx.locale, text) || !text ? null : clip(text);
  await ctx.store.checkins.saveAnswer(checkIn.id, answer.membershipId, { answers });
  await ctx.say('checkin-answer-updated', { n: index + 1 });
  return true;
}

/** The message ids with this message's at `indexes`. */
function withMessageId(ids: string[], indexes: number[], messageId: string): string[] {
  const out = [...ids];
  for (const i of indexes) {
    while (out.length <= i) out.push('');
    out[i] = messageId;
  }
  return out;
}

/** A DM while a guided answer is in progress. */
async function privateAnswer(ctx: Context, event: MessageEvent): Promise<boolean> {
  const memberships = await ctx.store.memberships.forAccount(ctx.account.id);
  if (event.edited)
    return editedPrivateAnswer(
      ctx,
      event,
      memberships.map((m) => m.id),
    );
  const answer = await ctx.store.checkins.answering(memberships.map((m) => m.id));
  if (!answer || answer.cursor === null) return false;
  const checkIn = await ctx.store.checkins.occurrence(answer.checkInId);
  if (!checkIn) return false;
  if (!isOpen(ctx, checkIn)) {
    await ctx.store.checkins.saveAnswer(checkIn.id, answer.membershipId, { cursor: null });
    await ctx.say('checkin-error-closed');
    return true;
  }
  if (answer.cursor === REFLECTING) return guidedReflection(ctx, checkIn, answer.membershipId, event.text);
  const cohortLocale = memberships.find((m) => m.id === answer.membershipId)?.cohort.locale;
  const questions = questionsOf(ctx.services, checkIn.questions, cohortLocale ?? ctx.locale);
  const text = event.text.trim();
  const answers = [...answer.answers];
  while (answers.length < questions.length) answers.push(null);
  answers[answer.cursor] = isSkipWord(ctx.services.i18n, ctx.locale, text)
    ? (answers[answer.cursor] ?? null)
    : clip(text);
  const messageIds = withMessageId(answer.messageIds, [answer.cursor], event.messageId);
  const next = answer.cursor + 1;
  if (next < questions.length) {
    await ctx.store.checkins.saveAnswer(checkIn.id, answer.membershipId, { answers, cursor: next, messageIds });
    await ctx.reply(await askQuestion(ctx, checkIn, next, ctx.locale));
    return true;
  }
  const saved = await ctx.store.checkins.saveAnswer(checkIn.id, answer.membershipId, {
    answers,
    cursor: null,
    messageIds,
  });
  const buttons = await ctx.choices(
    SHARE_CHOICE,
    [
      { label: ctx.t('button-checkin-share'), choice: 'yes' },
      { label: ctx.t('button-checkin-keep-private'), choice: 'no' },
    ],
    {
      payload: { checkInId: checkIn.id, membershipId: answer.membershipId },
      ttlMs: checkIn.closesAt.getTime() - ctx.services.clock.now().getTime(),
    },
  );
  await ctx.reply({
    html: ctx.t('checkin-dm-done', { answered: answers.filter(Boolean).length, total: questions.length }),
    buttons: [buttons],
  });
  const cohort = memberships.find((m) => m.id === answer.membershipId)?.cohort;
  if (cohort) await answerWritten(ctx, cohort, saved);
  return true;
}

/** Tell the other features a check-in answer with some text was written (the network offers it to its author). */
async function answerWritten(ctx: Context, cohort: Cohort, answer: CheckInAnswer): Promise<void> {
  const text = answer.answers.filter((x): x is string => !!x?.trim()).join(' / ');
  if (!text) return;
  await ctx.job.publish({
    type: 'learning.written',
    cohort,
    membershipId: answer.membershipId,
    kind: 'checkin',
    id: answer.id,
    text,
  });
}

/** The share / keep private choice after a guided answer. */
export async function chooseShare(ctx: Context, token: ActionToken, choice?: string): Promise<string | undefined> {
  if (choice !== 'yes' && choice !== 'no') return ctx.t('action-stale');
  const checkIn = await ctx.store.checkins.occurrence(String(token.payload.checkInId));
  if (!checkIn || !isOpen(ctx, checkIn)) return ctx.t('checkin-error-closed');
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  await ctx.store.checkins.saveAnswer(checkIn.id, String(token.payload.membershipId), { shared: choice === 'yes' });
  const key = choice === 'yes' ? 'checkin-will-share' : 'checkin-kept-private';
  // A check-in is a good moment to reflect: offer it, once, without insisting.
  const buttons = await ctx.choices(
    REFLECT_OFFER,
    [
      { label: ctx.t('button-reflect-write'), choice: 'yes' },
      { label: ctx.t('button-reflect-not-now'), choice: 'no' },
    ],
    {
      payload: { checkInId: checkIn.id, membershipId: String(token.payload.membershipId) },
      ttlMs: checkIn.closesAt.getTime() - ctx.services.clock.now().getTime(),
    },
  );
  await ctx.reply({ html: `${ctx.t(key)}\n\n${ctx.t('checkin-reflect-offer')}`, buttons: [buttons] });
  return ctx.t(key);
}

/** "Write a reflection" / "Not now" after a guided answer. */
export async function offerReflection(ctx: Context, token: ActionToken, choice?: string): Promise<string | undefined> {
  if (choice !== 'yes' && choice !== 'no') return ctx.t('action-stale');
  const checkIn = await ctx.store.checkins.occurrence(String(token.payload.checkInId));
  if (!checkIn || !isOpen(ctx, checkIn)) return ctx.t('checkin-error-closed');
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  if (choice === 'no') {
    await ctx.say('checkin-reflect-later');
    return ctx.t('done');
  }
  await ctx.store.checkins.saveAnswer(checkIn.id, String(token.payload.membershipId), { cursor: REFLECTING });
  await ctx.say('checkin-reflect-ask');
  return ctx.t('done');
}

/** The DM after "Write a reflection": kept for the writer only, then they choose who else may read it. */
async function guidedReflection(ctx: Context, checkIn: CheckIn, membershipId: string, text: string): Promise<boolean> {
  await ctx.store.checkins.saveAnswer(checkIn.id, membershipId, { cursor: null });
  const cleaned = text.trim();
  if (isSkipWord(ctx.services.i18n, ctx.locale, cleaned)) {
    await ctx.say('checkin-reflect-later');
    return true;
  }
  if (cleaned.length > MAX_REFLECTION_LENGTH)
    throw new UserError('reflect-error-too-long', { max: MAX_REFLECTION_LENGTH });
  const reflection = await ctx.store.reflections.create({
    membershipId,
    cohortId: checkIn.cohortId,
    text: cleaned,
    visibility: 'me',
    createdAt: ctx.services.clock.now(),
  });
  // Confirmations name the cohort the reflection is filed under.
  const cohort = (await ctx.store.cohorts.byId(checkIn.cohortId))?.name ?? '';
  const buttons = await ctx.choices(
    REFLECT_VISIBILITY,
    (['mentor', 'coordinators', 'cohort'] as const).map((visibility) => ({
      label: ctx.t(`button-visibility-${visibility}`),
      choice: visibility,
    })),
    { payload: { reflectionId: reflection.id, membershipId, cohort } },
  );
  await ctx.reply({ html: ctx.t('reflect-saved', { visibility: 'me', cohort }), buttons: [buttons] });
  const filedIn = await ctx.store.cohorts.byId(checkIn.cohortId);
  if (filedIn) {
    await ctx.job.publish({
      type: 'learning.written',
      cohort: filedIn,
      membershipId,
      kind: 'reflection',
      id: reflection.id,
      text: cleaned,
    });
  }
  return true;
}

/** Who else may read the reflection written after a check-in. */
export async function chooseReflectionVisibility(
  ctx: Context,
  token: ActionToken,
  choice?: string,
): Promise<string | undefined> {
  if (choice !== 'mentor' && choice !== 'coordinators' && choice !== 'cohort') return ctx.t('action-stale');
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  const changed = await ctx.store.reflections.setVisibility(
    String(token.payload.reflectionId),
    String(token.payload.membershipId),
    choice,
  );
  if (!changed) return ctx.t('action-stale');
  await ctx.say('reflect-saved', { visibility: choice, cohort: String(token.payload.cohort ?? '') });
  return ctx.t('done');
}

/**
 * The cohort a reply in the group's general topic answers, when the chat has
 * none there: a prompt whose forum topic was deleted was posted to the general
 * topic instead (jobs/deliver.ts), and a reply to it belongs to the topic's cohort.
 */
async function cohortOfFallbackPrompt(ctx: Context, event: MessageEvent): Promise<boolean> {
  if (ctx.cohort || !event.replyToMessageId) return Boolean(ctx.cohort);
  const { platform, chatId } = ctx.chat;
  const prompt = await ctx.store.deliveries.byPlatformMessage(platform, chatId, event.replyToMessageId);
  const occurrenceId = prompt?.idempotencyKey.match(/^checkin-([^#]+)$/)?.[1];
  const occurrence = occurrenceId ? await ctx.store.checkins.occurrence(occurrenceId) : null;
  const cohort = occurrence ? await ctx.store.cohorts.byId(occurrence.cohortId) : null;
  if (!cohort || cohort.chatId !== ctx.chatRow.id || cohort.status === 'archived') return false;
  ctx.useCohort(cohort, await ctx.store.memberships.get(cohort.id, ctx.account.id), await ctx.isPlatformAdmin());
  return true;
}

/** The occurrence a group message answers: the prompt it replies to, or (an edit) the answer it was. */
async function groupTarget(ctx: Context, event: MessageEvent, cohortId: string): Promise<CheckIn | null> {
  // An edit may not say what it replied to (Matrix m.replace): the answer it changes knows.
  if (event.edited && ctx.membership) {
    const found = await answerOfMessage(ctx, [ctx.membership.id], event.messageId);
    if (found?.checkIn.cohortId === cohortId) return found.checkIn;
  }
  if (!event.replyToMessageId) return null;
  let target: CheckIn | null = null;
  for (const checkIn of await ctx.store.checkins.recentOccurrences(cohortId, 3)) {
    const delivery = await ctx.store.deliveries.get(`checkin-${checkIn.id}`);
    if (delivery?.platformMessageId === event.replyToMessageId) target = checkIn;
  }
  return target;
}

/** A reply to a check-in prompt in the group (or an edit of one: it replaces the answer). */
async function groupReply(ctx: Context, event: MessageEvent): Promise<boolean> {
  if (!(event.replyToMessageId || event.edited) || !(await cohortOfFallbackPrompt(ctx, event)) || !ctx.cohort)
    return false;
  const target = await groupTarget(ctx, event, ctx.cohort.id);
  if (!target) return false;
  const refused = refusal(ctx.membership, target.cohortId);
  if (refused || !ctx.membership) {
    await ctx.say(refused ?? 'checkin-error-not-member');
    return true;
  }
  if (!isOpen(ctx, target)) {
    await ctx.say('checkin-error-closed');
    return true;
  }
  const questions = questionsOf(ctx.services, target.questions, ctx.cohort.locale);
  const lines = event.text
    .split('\n')
    .map((l) => l.replace(/^\s*\d+[.)]\s*/, '').trim())
    .filter(Boolean);
  const answers: Array<string | null> =
    lines.length === questions.length
      ? lines.map(clip)
      : [clip(event.text.trim()), ...questions.slice(1).map(() => null)];
  // Written in the group: already shared with it. Its message stands for every answer in it.
  const messageIds = answers.map(() => event.messageId);
  const saved = await ctx.store.checkins.saveAnswer(target.id, ctx.membership.id, {
    answers,
    shared: true,
    cursor: null,
    messageIds,
  });
  // A reaction where the platform has them: a busy group's answers do not use up its message budget.
  await ctx.acknowledge('checkin-answer-saved');
  // An edit changes an answer already offered: no second offer.
  if (!event.edited) await answerWritten(ctx, ctx.cohort, saved);
  return true;
}

export async function onCheckinMessage(ctx: Context, event: MessageEvent): Promise<boolean> {
  return ctx.isGroup ? groupReply(ctx, event) : privateAnswer(ctx, event);
}
