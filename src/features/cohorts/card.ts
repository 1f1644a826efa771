// The cohort card that /cohort shows.

import type { Context } from '../../core/context.ts';
import { chatUrl } from '../../core/mention.ts';
import { smallestGroupOf } from '../../core/privacy.ts';
import type { Cohort } from '../../core/store.ts';
import { formatDateTime } from '../../core/validate.ts';
import { languagesLabel, statusLabel } from '../shared/labels.ts';

export async function cohortCard(ctx: Context, cohort: Cohort): Promise<string> {
  const members = await ctx.store.memberships.list(cohort.id, { status: ['active', 'paused'] });
  // Telegram: the bot's deep link; Matrix: a matrix.to link to the room (core/mention.ts).
  const room = await ctx.store.chats.byId(cohort.chatId);
  const link = ctx.adapter.deepLink(cohort.joinCode) ?? (room ? chatUrl(room) : null);
  const none = ctx.t('value-none');
  const lines = [
    ctx.t('cohort-card-title', { name: cohort.name }),
    ctx.t(cohort.pausedUntil ? 'cohort-card-status-until' : 'cohort-card-status', {
      status: statusLabel(ctx, cohort.status),
      until: cohort.pausedUntil ? formatDateTime(cohort.pausedUntil, ctx.locale, cohort.timezone) : '',
    }),
    ctx.t('cohort-card-languages', { languages: languagesLabel(ctx, cohort.languages) }),
    ctx.t('cohort-card-region', { region: cohort.region ?? none }),
    ctx.t('cohort-card-themes', { themes: cohort.themes.join(', ') || none }),
    ctx.t('cohort-card-timezone', { timezone: cohort.timezone }),
    ctx.t('cohort-card-language', { language: ctx.services.i18n.t(cohort.locale, 'language-name') }),
    ctx.t('cohort-card-members', { count: members.length }),
    ctx.t(cohort.namesInGroup ? 'cohort-card-names-in-group-on' : 'cohort-card-names-in-group-off'),
    ctx.t('cohort-card-smallest-group', { count: smallestGroupOf(cohort) }),
  ];
  if (link) lines.push(ctx.t('cohort-card-join-link', { link }));
  return lines.join('\n');
}
