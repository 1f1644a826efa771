// The person's own settings and data: /start (deep-link payloads go to the
// feature that made the link), /language, /timezone, /mydata and /forgetme
// (every feature describes and erases its own part through its hooks).

import { expectNoWords, type ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import type { Feature } from '../../core/feature.ts';
import { botLanguage } from '../../core/locale.ts';
import { CONTINUE_LINK_PREFIX, VIEW_LINK_PREFIX } from '../../core/private-reply.ts';
import { continueFromLink, runViewLink } from '../../core/private-rerun.ts';
import type { ActionToken } from '../../core/store.ts';
import { formatDateTime, parseTimezone } from '../../core/validate.ts';
import { setPersonTimezone } from '../shared/timezone.ts';
import { forgetPerson } from './forget.ts';
import { describeMyData } from './mydata.ts';

const FORGET_CONFIRM = 'account.forget';
const SET_LANGUAGE = 'account.language';

async function start(ctx: Context, args: ParsedArgs): Promise<void> {
  const [payload] = args.positional;
  if (!payload || payload === 'help') {
    await ctx.say('start-welcome', { name: ctx.account.displayName });
    return;
  }
  // Links from group pointers (core/private-reply.ts): a view to show here, or a private command to go on with.
  if (payload.startsWith(VIEW_LINK_PREFIX)) return runViewLink(ctx, payload.slice(VIEW_LINK_PREFIX.length));
  if (payload.startsWith(CONTINUE_LINK_PREFIX))
    return continueFromLink(ctx, payload.slice(CONTINUE_LINK_PREFIX.length));
  // A join link (members), an answer link (check-ins), ...: the feature that made it answers it.
  if (!(await ctx.everyFeature.startPayload(ctx, payload))) throw new UserError('start-bad-link');
}

async function language(ctx: Context, args: ParsedArgs): Promise<void> {
  const [wanted, ...extra] = args.positional;
  if (extra.length > 0) throw new UsageError('error-unexpected-words', { words: extra.join(' ') });
  const { i18n } = ctx.services;
  if (!wanted) {
    const buttons = await Promise.all(
      i18n.locales.map((locale) =>
        ctx.button(SET_LANGUAGE, i18n.t(locale, 'language-name'), { payload: { locale }, choice: locale }),
      ),
    );
    const rows = [];
    for (let i = 0; i < buttons.length; i += 3) rows.push(buttons.slice(i, i + 3));
    await ctx.reply({
      // In private ctx.locale is the person's language (with their cohort's as the last guess).
      html: ctx.t('language-current', {
        language: i18n.t(ctx.isGroup ? ctx.localeOf(ctx.account) : ctx.locale, 'language-name'),
      }),
      buttons: rows,
    });
    return;
  }
  await setLanguage(ctx, botLanguage(ctx.services.i18n, wanted));
}

async function setLanguage(ctx: Context, locale: string): Promise<void> {
  ctx.account = await ctx.store.accounts.update(ctx.account.id, { locale });
  // Answer in the new language when in private; a group keeps its cohort's language.
  const note = ctx.isGroup && ctx.cohort ? `\n${ctx.t('language-group-note')}` : '';
  await ctx.reply(ctx.t('language-set', { language: ctx.services.i18n.t(locale, 'language-name') }) + note);
}

async function chooseLanguage(ctx: Context, token: ActionToken): Promise<string | undefined> {
  const locale = String(token.payload.locale);
  if (!ctx.services.i18n.has(locale)) return ctx.t('action-stale');
  await setLanguage(ctx, locale);
  return undefined;
}

async function timezone(ctx: Context, args: ParsedArgs): Promise<void> {
  const [wanted, ...extra] = args.positional;
  if (extra.length > 0) throw new UsageError('error-unexpected-words', { words: extra.join(' ') });
  if (!wanted) {
    await ctx.say('timezone-current', {
      timezone: ctx.timezone,
      now: formatDateTime(ctx.services.clock.now(), ctx.locale, ctx.timezone),
    });
    return;
  }
  const zone = parseTimezone(wanted);
  await setPersonTimezone(ctx, zone);
  await ctx.say('timezone-set', { timezone: zone, now: formatDateTime(ctx.services.clock.now(), ctx.locale, zone) });
}

async function mydata(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  await ctx.reply(await describeMyData(ctx));
}

async function forgetme(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  const memberships = await ctx.store.memberships.forAccount(ctx.account.id);
  const buttons = await ctx.choices(
    FORGET_CONFIRM,
    [
      { label: ctx.t('button-forget-confirm'), choice: 'yes' },
      { label: ctx.t('button-cancel'), choice: 'no' },
    ],
    { ttlMs: 10 * 60_000 },
  );
  await ctx.reply({ html: ctx.t('forgetme-confirm', { count: memberships.length }), buttons: [buttons] });
}

async function confirmForget(ctx: Context, token: ActionToken, choice?: string): Promise<string | undefined> {
  if (choice !== 'yes' && choice !== 'no') return ctx.t('action-stale');
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  if (choice !== 'yes') {
    await ctx.say('cancelled');
    return ctx.t('cancelled');
  }
  // Say goodbye in their language: the words are chosen before the language setting is gone too.
  const goodbye = ctx.t('forgetme-done');
  const { id, platform, platformUserId } = ctx.account;
  // Every feature's own part first (an error there stops before anything is deleted).
  await ctx.everyFeature.forget(ctx.account);
  await forgetPerson(ctx, goodbye);
  await ctx.job.publish({ type: 'person.forgotten', accountId: id, platform, platformUserId });
  return undefined;
}

export const accountFeature: Feature = {
  name: 'account',
  commands: [
    { name: 'start', where: 'private', access: 'anyone', hidden: true, run: start },
    { name: 'language', where: 'any', access: 'anyone', run: language },
    { name: 'timezone', where: 'any', access: 'anyone', run: timezone },
    { name: 'mydata', where: 'private', access: 'anyone', run: mydata },
    { name: 'forgetme', where: 'private', access: 'anyone', run: forgetme },
  ],
  actions: { [FORGET_CONFIRM]: confirmForget, [SET_LANGUAGE]: chooseLanguage },
};
