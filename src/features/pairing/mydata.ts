// The mentorships /mydata shows: who, in which cohort, and in what state (a
// mentee does not see proposals a mentor declined or let lapse).
// /forgetme deletes them with the membership (foreign keys cascade).

import type { Context } from '../../core/context.ts';
import { Markup } from '../../core/i18n.ts';
import { maySee } from '../../core/privacy.ts';
import type { Account, Membership } from '../../core/store.ts';
import { listOf } from '../../core/words.ts';
import { yesNoLabel } from '../shared/labels.ts';
import { nameOf } from './plan.ts';

export async function describeMentorships(ctx: Context, account: Account): Promise<string[]> {
  const memberships = await ctx.store.memberships.forAccount(account.id);
  const lines: string[] = [];
  const looking: string[] = [];
  for (const m of memberships) {
    const rows = await ctx.store.mentorships.ofMember(m.id, ['asked', 'accepted', 'declined', 'timed_out', 'ended']);
    // A mentor's answer to a request (asked, declined, let lapse) is theirs and the coordinators'
    // (core/privacy.ts "decline"): the mentee sees mentorships that were accepted or have ended.
    const shown = rows.filter(
      (row) =>
        row.mentorMembershipId === m.id ||
        row.status === 'accepted' ||
        row.status === 'ended' ||
        maySee('decline', { kind: 'private', relation: 'member' }),
    );
    const waiting = m.wantsMentor && !rows.some((row) => row.menteeMembershipId === m.id && row.status === 'accepted');
    if (waiting && m.status !== 'left') looking.push(ctx.t('mydata-mentorship-looking', { cohort: m.cohort.name }));
    if (shown.length === 0) continue;
    const people = new Map((await ctx.store.memberships.list(m.cohortId)).map((p) => [p.id, p]));
    for (const row of shown) {
      const asMentor = row.mentorMembershipId === m.id;
      const other = people.get(asMentor ? row.menteeMembershipId : row.mentorMembershipId);
      lines.push(
        ctx.t(asMentor ? 'mydata-mentorship-mentor' : 'mydata-mentorship-mentee', {
          cohort: m.cohort.name,
          other: other ? nameOf(other) : ctx.t('mydata-someone-who-left'),
          status: row.status,
        }),
      );
    }
  }
  const groups = await describePeerGroups(ctx, memberships);
  return [
    ctx.t('mydata-mentorships', { count: lines.length }),
    ...lines,
    ...looking,
    ctx.t('mydata-peer-groups', { count: groups.length }),
    ...groups,
  ];
}

/** The peer-round groups the person was in, with their own "did you meet?" answer. */
async function describePeerGroups(
  ctx: Context,
  memberships: Array<Membership & { cohort: { name: string } }>,
): Promise<string[]> {
  const lines: string[] = [];
  for (const m of memberships) {
    const rounds = await ctx.store.peerRounds.ofCohort(m.cohortId);
    if (rounds.length === 0) continue;
    const people = new Map((await ctx.store.memberships.list(m.cohortId)).map((p) => [p.id, p]));
    for (const round of rounds) {
      const group = round.groups.find((g) => g.members.some((x) => x.membershipId === m.id));
      if (!group) continue;
      // Partners who used /forgetme are gone from the group: "someone who left", never an empty name.
      const others = group.members
        .filter((x) => x.membershipId !== m.id)
        .map((x) => people.get(x.membershipId))
        .map((person) => (person ? nameOf(person) : ctx.t('mydata-someone-who-left')));
      if (others.length === 0) others.push(ctx.t('mydata-someone-who-left'));
      lines.push(
        ctx.t('mydata-peer-group', {
          cohort: m.cohort.name,
          round: round.number,
          others: listOf(ctx.locale, others),
          answer: metLabel(ctx, group.members.find((x) => x.membershipId === m.id)?.answer ?? null),
        }),
      );
    }
  }
  return lines;
}

/** Their answer to "did you meet?" in their words (the codes yes / no / not-yet are never shown). */
function metLabel(ctx: Context, answer: string | null): Markup {
  if (answer === 'yes' || answer === 'no') return yesNoLabel(ctx, answer === 'yes');
  if (answer === 'not-yet') return new Markup(ctx.t('button-pair-met-not-yet'));
  return new Markup(ctx.t('value-none'));
}
