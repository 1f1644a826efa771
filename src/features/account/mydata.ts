// /mydata: everything the bot holds on the caller, in words a person can read.
// The account, its settings and memberships are described here; every feature
// adds what it holds through its describeMyData hook.

import type { Context } from '../../core/context.ts';
import { formatDateTime } from '../../core/validate.ts';
import { languageNames } from '../../core/words.ts';
import { languagesLabel, roleLabel, stageLabel, statusLabel, yesNoLabel } from '../shared/labels.ts';

export async function describeMyData(ctx: Context): Promise<string> {
  const { account } = ctx;
  const tz = ctx.timezone;
  const when = (at: Date) => formatDateTime(at, ctx.locale, tz);
  const none = ctx.t('value-none');
  const memberships = await ctx.store.memberships.forAccount(account.id);
  const audit = await ctx.store.audit.list({ actorAccountId: account.id, limit: 1000 });
  const lines = [
    ctx.t('mydata-title'),
    ctx.t('mydata-account', {
      name: account.displayName,
      username: account.username ?? none,
      platform: account.platform,
      id: account.platformUserId,
    }),
    ctx.t('mydata-settings', {
      // Names, not codes ("es" -> "Spanish"), in the reader's language.
      language: account.locale ? (languageNames(ctx.locale, [account.locale])[0] ?? none) : none,
      hint: account.localeHint ? (languageNames(ctx.locale, [account.localeHint])[0] ?? none) : none,
      timezone: account.timezone ?? none,
    }),
    ctx.t('mydata-since', { date: when(account.createdAt) }),
    '',
    ctx.t('mydata-memberships', { count: memberships.length }),
  ];
  for (const m of memberships) {
    lines.push(
      ctx.t('mydata-membership', {
        cohort: m.cohort.name,
        role: roleLabel(ctx, m.role),
        status: statusLabel(ctx, m.status),
        joined: when(m.joinedAt),
      }),
      ctx.t('mydata-profile', {
        languages: languagesLabel(ctx, m.languages),
        region: m.region ?? none,
        topics: m.topics.join(', ') || none,
        timezone: m.timezone ?? none,
        capacity: m.mentoringCapacity,
        wantsMentor: yesNoLabel(ctx, m.wantsMentor),
        about: m.about ?? none,
      }),
      ctx.t('mydata-matching', {
        stage: m.stage ? stageLabel(ctx, m.stage) : none,
        preferences: m.preferences.join(', ') || none,
        avoid: m.avoid.length,
      }),
    );
  }
  lines.push('', ctx.t('mydata-audit', { count: audit.length }));
  for (const part of await ctx.everyFeature.describeMyData(ctx, account)) lines.push('', ...part);
  lines.push('', ctx.t('mydata-footer'));
  return lines.join('\n');
}
