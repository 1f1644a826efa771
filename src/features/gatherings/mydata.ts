// /mydata: the gatherings someone answered, whether they were there, and
// their commitments with how each is going (their own words).

import type { Context } from '../../core/context.ts';
import type { Account } from '../../core/store.ts';
import { targetSuffix } from './commitments.ts';

export async function describeGatherings(ctx: Context, account: Account): Promise<string[]> {
  const rsvpLines: string[] = [];
  const commitmentLines: string[] = [];
  // The heading counts answers, not the lines under it (a hope adds a line).
  let answers = 0;
  for (const m of await ctx.store.memberships.forAccount(account.id)) {
    for (const r of await ctx.store.gatherings.rsvpsOfMember(m.id)) {
      const g = await ctx.store.gatherings.byId(r.gatheringId);
      answers++;
      rsvpLines.push(
        ctx.t('mydata-gathering', {
          cohort: m.cohort.name,
          title: g?.title ?? '?',
          answer: ctx.t('gathering-answer-word', { answer: r.answer }),
          present: ctx.t('gathering-present-word', { present: r.attendedAt ? 'yes' : 'no' }),
        }),
      );
      if (r.intention) rsvpLines.push(ctx.t('mydata-gathering-hope', { text: r.intention }));
    }
    for (const c of await ctx.store.gatherings.commitmentsOfMember(m.id)) {
      commitmentLines.push(
        ctx.t('mydata-commitment', {
          cohort: m.cohort.name,
          status: ctx.t('commitment-status-word', { status: c.status }),
          visibility: ctx.t('commitment-visibility-word', { visibility: c.visibility }),
          text: c.text,
        }) + targetSuffix(ctx, c.targetDate),
      );
    }
  }
  if (rsvpLines.length === 0 && commitmentLines.length === 0) return [];
  return [
    ctx.t('mydata-gatherings', { count: answers }),
    ...rsvpLines,
    ctx.t('mydata-commitments', { count: commitmentLines.length }),
    ...commitmentLines,
  ];
}
