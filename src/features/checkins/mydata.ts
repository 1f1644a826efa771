// The check-in answers and reflections /mydata shows (texts included: they are
// the person's own words, and /forgetme deletes them with the membership).

import type { Context } from '../../core/context.ts';
import type { Account } from '../../core/store.ts';
import { formatDateTime } from '../../core/validate.ts';
import { visibilityLabel, yesNoLabel } from '../shared/labels.ts';

export async function describeCheckinsAndReflections(ctx: Context, account: Account): Promise<string[]> {
  const memberships = await ctx.store.memberships.forAccount(account.id);
  const when = (at: Date) => formatDateTime(at, ctx.locale, ctx.timezone);
  const answerLines: string[] = [];
  const reflectionLines: string[] = [];
  for (const m of memberships) {
    for (const a of await ctx.store.checkins.answersOf(m.id)) {
      answerLines.push(
        ctx.t('mydata-checkin-answer', {
          cohort: m.cohort.name,
          date: when(a.dueAt),
          answers: a.answers.map((x) => x ?? '-').join(' | '),
          shared: yesNoLabel(ctx, a.shared),
        }),
      );
    }
    for (const r of await ctx.store.reflections.ofMember(m.id, 1000)) {
      reflectionLines.push(
        ctx.t('mydata-reflection', {
          cohort: m.cohort.name,
          date: when(r.createdAt),
          visibility: visibilityLabel(ctx, r.visibility),
          text: r.text,
        }),
      );
    }
  }
  return [
    ctx.t('mydata-checkins', { count: answerLines.length }),
    ...answerLines,
    ctx.t('mydata-reflections', { count: reflectionLines.length }),
    ...reflectionLines,
  ];
}
