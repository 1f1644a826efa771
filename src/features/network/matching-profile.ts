// From opted-in members and earlier rounds to the matching engine's input.

import type { NetworkMeetParticipant } from '../../core/store.ts';
import type { PeerMember } from '../shared/matching/index.ts';

/** The engine's input: the member's profile, their cohort's languages and themes when they gave none. */
export function meetProfile(p: NetworkMeetParticipant): PeerMember {
  const themes = p.cohort.themes.filter((t) => !p.topics.some((x) => x.toLocaleLowerCase() === t.toLocaleLowerCase()));
  return {
    id: p.id,
    languages: p.languages.length > 0 ? p.languages : p.cohort.languages,
    region: p.region ?? p.cohort.region,
    topics: [...p.topics, ...themes],
    timezone: p.timezone ?? p.account.timezone ?? p.cohort.timezone,
    preferences: p.preferences,
    team: p.cohortId,
    status: p.status,
  };
}

/** /avoid lists hold memberships of one cohort; across cohorts they count for the person: by account. */
export function avoidancesAcross(
  people: readonly NetworkMeetParticipant[],
  accountOfMembership: ReadonlyMap<string, string>,
): Array<readonly [string, string]> {
  const byAccount = new Map(people.map((p) => [p.accountId, p.id]));
  const out: Array<readonly [string, string]> = [];
  for (const p of people) {
    for (const avoided of p.avoid) {
      const account = accountOfMembership.get(avoided);
      const other = account ? byAccount.get(account) : undefined;
      if (other && other !== p.id) out.push([p.id, other]);
    }
  }
  return out;
}
