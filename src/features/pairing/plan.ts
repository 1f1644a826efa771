// From a cohort's members to the engine's input and back: who mentors (room
// left), who wants a mentor (none yet), which pairs must not be offered again
// (declined or let lapse), and the engine's reasons as a short localized line.

import { Markup } from '../../core/i18n.ts';
import { escapeHtml, htmlToPlain } from '../../core/markup.ts';
import { mention, personName } from '../../core/mention.ts';
import type { BotServices } from '../../core/services.ts';
import type { Cohort, MemberWithAccount, Mentorship, StoredReason } from '../../core/store.ts';
import { languageNames, listOf } from '../../core/words.ts';
import {
  assignMentors,
  type MatchProfile,
  type MentorAssignment,
  STAGES,
  type Stage,
} from '../shared/matching/index.ts';

/** Mentorships that hold a mentor's place and a mentee's need. */
export const LIVE: Mentorship['status'][] = ['asked', 'accepted'];
/** Pairs the engine must not offer again. */
const SPENT: Mentorship['status'][] = ['declined', 'timed_out'];

export interface CohortPlan {
  members: Map<string, MemberWithAccount>;
  mentors: MatchProfile[];
  mentees: MatchProfile[];
  assignment: MentorAssignment;
}

export function timezoneOf(member: MemberWithAccount, cohort: Cohort): string {
  return member.timezone ?? member.account.timezone ?? cohort.timezone;
}

export function profileOf(member: MemberWithAccount, cohort: Cohort, capacity: number): MatchProfile {
  return {
    id: member.id,
    // Someone who never said which languages they speak is not taken to speak any:
    // the engine weighs it as unknown ("no language given").
    languages: member.languages,
    region: member.region,
    topics: member.topics,
    timezone: timezoneOf(member, cohort),
    mentoringCapacity: capacity,
    stage: (STAGES as readonly string[]).includes(member.stage ?? '') ? (member.stage as Stage) : null,
    preferences: member.preferences,
  };
}

/**
 * The best assignment for the mentees still waiting, `only` narrowing it to
 * some of them (the next best mentor for one mentee).
 */
export async function planMentors(services: BotServices, cohort: Cohort, only?: Set<string>): Promise<CohortPlan> {
  const { store, clock } = services;
  const active = await store.memberships.list(cohort.id, { status: ['active'] });
  const members = new Map(active.map((m) => [m.id, m]));
  const live = await store.mentorships.ofCohort(cohort.id, LIVE);
  const spent = await store.mentorships.ofCohort(cohort.id, SPENT);
  const taken = new Map<string, number>();
  for (const m of live) taken.set(m.mentorMembershipId, (taken.get(m.mentorMembershipId) ?? 0) + 1);
  const hasMentor = new Set(live.map((m) => m.menteeMembershipId));
  const mentors = active
    .filter((m) => m.mentoringCapacity > 0)
    .map((m) => profileOf(m, cohort, Math.max(0, m.mentoringCapacity - (taken.get(m.id) ?? 0))))
    .filter((p) => (p.mentoringCapacity ?? 0) > 0);
  const mentees = active
    .filter((m) => m.wantsMentor && !hasMentor.has(m.id) && (!only || only.has(m.id)))
    .map((m) => profileOf(m, cohort, 0));
  const { allowBridging } = await store.mentorships.settings(cohort.id);
  const assignment = assignMentors(mentees, mentors, {
    seed: cohort.id,
    context: {
      allowBridging,
      exclusions: [...spent.map((m) => [m.mentorMembershipId, m.menteeMembershipId] as const), ...avoidances(active)],
      referenceDate: clock.now(),
    },
  });
  return { members, mentors, mentees, assignment };
}

/** Who asked never to be paired with whom (/avoid), as the engine's exclusions. */
export function avoidances(members: ReadonlyArray<{ id: string; avoid: string[] }>): Array<readonly [string, string]> {
  return members.flatMap((m) => m.avoid.map((other) => [m.id, other] as const));
}

/** Reasons the engine does not show in a group: a preference is the person's own business. */
const PRIVATE_REASONS = new Set(['shared-preference']);

/** The three strongest reasons for a pair, localized ("both speak en, sw; shared topics: history"). */
export function explain(services: BotServices, locale: string, reasons: StoredReason[]): string {
  // A missing common language is a cost, but people must know it before they meet: it comes first.
  const bridging = reasons.filter((r) => r.code === 'language-bridging' || r.code === 'language-unknown');
  const strongest = reasons.filter((r) => r.points > 0 && !PRIVATE_REASONS.has(r.code)).slice(0, 3);
  const shown = [...bridging, ...strongest].map((r) =>
    services.i18n.t(locale, `pair-reason-${r.code}`, { values: reasonValues(services, locale, r) }),
  );
  return shown.length > 0 ? shown.join('; ') : services.i18n.t(locale, 'pair-reason-none');
}

/** A reason's values in words: language names, stage names, the rest (topics, regions) as people wrote them. */
function reasonValues(services: BotServices, locale: string, reason: StoredReason): Markup {
  if (reason.code === 'shared-language') return listOf(locale, languageNames(locale, reason.values));
  if (reason.code === 'stage-fit' || reason.code === 'stage-mismatch') {
    return listOf(
      locale,
      reason.values.map((stage) => htmlToPlain(services.i18n.t(locale, 'stage-name', { stage }))),
    );
  }
  // Numbers ("paired before (2, 5)", "3.5 waking hours") are not a list of things.
  if (reason.code === 'repeat' || reason.code === 'timezone-overlap')
    return new Markup(escapeHtml(reason.values.join(', ')));
  return listOf(locale, reason.values);
}

/** How a person is named in the bot's messages (plain text: Fluent escapes it). */
export function nameOf(member: MemberWithAccount): string {
  return personName(member.account);
}

/** A person named so that the reader can reach them (a tg://user link, a Matrix pill). */
export function linkOf(member: MemberWithAccount): Markup {
  return mention(member.account);
}

/**
 * The person a message is for, as its greeting names them: the display name in
 * private; in the group (the bot may not write to them first) a mention, so that
 * the platform tells them it is addressed to them ("@mo", a tg://user link, a pill).
 */
export function greetingOf(member: MemberWithAccount, inGroup: boolean): string | Markup {
  return inGroup ? linkOf(member) : member.account.displayName;
}
