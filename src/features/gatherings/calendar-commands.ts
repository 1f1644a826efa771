// The calendar in chat: /gathering ics N (the file, in private), the file
// again with an answer "going" or "maybe", and /gathering feed [reset] for
// coordinators (the cohort's subscription link, in private).

import { expectNoWords, type ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { DeliveryError, UsageError, UserError } from '../../core/errors.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import type { Gathering } from '../../core/store.ts';
import { feedTokenOf, feedUrls, icsOf, plainText } from './calendar.ts';

/**
 * The gathering's .ics to the person's private chat (the presser's or the
 * caller's), in their language. False where it cannot go: the platform takes
 * no files, or the bot may not write first.
 */
export async function sendIcs(ctx: Context, gathering: Gathering): Promise<boolean> {
  if (!ctx.adapter.sendFile || ctx.account.unreachableAt) return false;
  const chat = ctx.isGroup ? await ctx.adapter.openDm(ctx.account.platformUserId) : ctx.chat;
  if (!chat) return false;
  const locale = ctx.localeOf(ctx.account, ctx.cohort?.locale);
  const t = (id: string, args?: Record<string, string | number>) => ctx.services.i18n.t(locale, id, args);
  const data = icsOf(
    [gathering],
    { name: gathering.title, joinLine: (url) => plainText(t('gathering-ics-join', { url })) },
    ctx.services.clock.now(),
  );
  try {
    await ctx.adapter.sendFile(chat, {
      data: Buffer.from(data, 'utf8'),
      fileName: `gathering-${gathering.number}.ics`,
      mimeType: 'text/calendar; charset=utf-8',
      caption: plainText(t('gathering-ics-caption', { title: gathering.title })),
    });
    return true;
  } catch (error) {
    // A refused file (a blocked private chat) is not the caller's mistake: say where to get it.
    if (error instanceof DeliveryError) {
      ctx.services.log.warn({ reason: error.failure.kind }, 'could not send the calendar file');
      return false;
    }
    throw error;
  }
}

/** /gathering ics N */
export async function ics(ctx: Context, gathering: Gathering): Promise<void> {
  if (gathering.status === 'cancelled') throw new UserError('gathering-error-cancelled');
  if (await sendIcs(ctx, gathering)) {
    if (ctx.isGroup) await ctx.say('gathering-ics-sent', { title: gathering.title });
    return;
  }
  throw new UserError('gathering-ics-unreachable');
}

/** /gathering feed [reset]: the subscription link, privately; "reset" ends the old link and makes a new one. */
export async function feed(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = ctx.cohort;
  if (!cohort) throw new UserError('error-no-cohort-here');
  const [word, ...rest] = args.positional;
  expectNoWords({ ...args, positional: rest });
  if (word !== undefined && word !== 'reset')
    throw new UsageError('error-unexpected-words', { words: word.slice(0, 40) });
  const rotate = word === 'reset';
  const token = await feedTokenOf(ctx.job, cohort.id, rotate);
  if (rotate) await ctx.audit('gathering.feed-reset', {});
  const urls = feedUrls(ctx.services.publicUrl, token);
  // The link is a secret of the cohort: whoever has it reads every gathering. Never in the group.
  await replyPrivately(ctx, () =>
    urls
      ? ctx.t(rotate ? 'gathering-feed-reset' : 'gathering-feed', { https: urls.https, webcal: urls.webcal })
      : ctx.t('gathering-feed-no-url'),
  );
}
