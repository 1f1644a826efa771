// Before a gathering: what someone hopes to learn or get help with (/hope, in
// private), for the organisers to prepare. Read by the person and the
// coordinators (core/privacy.ts 'gathering-intention'); never in the group.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import { cleanUserText } from '../../core/markup.ts';
import { parseIntInRange } from '../../core/validate.ts';

const MAX_LENGTH = 500;

export async function hope(ctx: Context, args: ParsedArgs): Promise<void> {
  const raw = (args.raw ?? '').replace(/(?:^|\s)(?:--|—)gathering(?:=|\s+)\S+/gu, '').trim();
  if (!raw) throw new UsageError('error-missing-argument', { argument: 'text' });
  const { cohort, membership } = ctx;
  if (!cohort || !membership || membership.status === 'left') throw new UserError('reflect-error-not-member');
  const text =
    raw === '-' ? null : cleanUserText(raw, { maxLength: MAX_LENGTH, multiline: true, field: 'field-intention' });
  const now = ctx.services.clock.now();
  const answered = new Map(
    (await ctx.store.gatherings.rsvpsOfMember(membership.id))
      .filter((r) => r.answer !== 'no')
      .map((r) => [r.gatheringId, r]),
  );
  const flag = args.flags.get('gathering');
  const gathering =
    flag === undefined
      ? (await ctx.store.gatherings.upcoming(cohort.id, now)).find((g) => answered.has(g.id) && g.startsAt > now)
      : await ctx.store.gatherings.byNumber(
          cohort.id,
          parseIntInRange(String(flag), 1, 1_000_000, 'field-gathering-number'),
        );
  if (!gathering || !answered.has(gathering.id)) throw new UserError('hope-error-no-gathering');
  if (gathering.status === 'cancelled') throw new UserError('gathering-error-cancelled');
  if (gathering.startsAt <= now) throw new UserError('hope-error-started');
  await ctx.store.gatherings.setIntention(gathering.id, membership.id, text);
  await ctx.say(text ? 'hope-saved' : 'hope-cleared', { title: gathering.title });
}
