// The introduction of a cross-cohort round, in the reader's language: who
// they meet, from which cohort, what they share (languages, topics), and how
// to reach them. On one platform the name itself reaches the person (a
// Telegram mention or tg://user link, a Matrix pill: core/mention.ts). Across
// platforms a Telegram link does not open in Matrix and a pill means nothing
// in Telegram, so the reader gets what the other agreed to share when they
// opted in: their Matrix ID, or their public Telegram @username; someone with
// no public username is reached the other way round (they get the reader's).

import { Markup } from '../../core/i18n.ts';
import type { JobContext } from '../../core/job-context.ts';
import { escapeHtml } from '../../core/markup.ts';
import { mention } from '../../core/mention.ts';
import type { Account, Network, NetworkMeetParticipant } from '../../core/store.ts';
import { languageNames, listOf } from '../../core/words.ts';
import { meetProfile } from './matching-profile.ts';

/** How someone on another platform can reach this person; null when there is no public handle. */
export function reachAcross(account: Account): Markup | null {
  if (account.platform === 'matrix' && /^@[^\s:"<>]+:[^\s"<>]+$/.test(account.platformUserId)) {
    const id = escapeHtml(account.platformUserId);
    return new Markup(`<a href="https://matrix.to/#/${id}">${id}</a>`);
  }
  if (account.platform === 'telegram' && account.username && /^\w{3,64}$/.test(account.username)) {
    const name = escapeHtml(account.username);
    return new Markup(`<a href="https://t.me/${name}">@${name}</a>`);
  }
  return null;
}

const PLATFORM_NAMES: Record<string, string> = { telegram: 'Telegram', matrix: 'Matrix' };

function otherLine(job: JobContext, locale: string, me: NetworkMeetParticipant, other: NetworkMeetParticipant) {
  const cohort = other.cohort.name;
  if (other.account.platform === me.account.platform)
    return job.t(locale, 'network-meet-intro-other', { name: mention(other.account), cohort });
  const reach = reachAcross(other.account);
  const platform = platformName(other.account);
  // The handle is the way to reach them, shown once; the name is the one they chose.
  const name = other.account.displayName;
  if (!reach) return job.t(locale, 'network-meet-intro-other-writes', { name, cohort, platform });
  const line = job.t(locale, 'network-meet-intro-other-elsewhere', { name, cohort, platform, reach });
  // The reader has no handle the other can use (a Telegram account without a public username):
  // the other was told the reader writes first, so the reader is told too.
  if (reachAcross(me.account)) return line;
  return `${line}\n${job.t(locale, 'network-meet-intro-you-write', { name, platform: platformName(me.account) })}`;
}

function platformName(account: Account): string {
  return PLATFORM_NAMES[account.platform] ?? account.platform;
}

/** What the group has in common: languages (named in the reader's language), then topics. */
function common(job: JobContext, locale: string, people: NetworkMeetParticipant[]): string {
  const profiles = people.map(meetProfile);
  const [first, ...rest] = profiles;
  const languages = first!.languages.filter((l) => rest.every((p) => p.languages.includes(l)));
  const lower = (xs: readonly string[]) => xs.map((x) => x.toLocaleLowerCase());
  const topics = first!.topics.filter((t) => rest.every((p) => lower(p.topics).includes(t.toLocaleLowerCase())));
  const parts: string[] = [];
  if (languages.length > 0)
    parts.push(
      job.t(locale, 'network-meet-common-languages', { languages: listOf(locale, languageNames(locale, languages)) }),
    );
  if (topics.length > 0) parts.push(job.t(locale, 'network-meet-common-topics', { topics: listOf(locale, topics) }));
  return parts.length > 0 ? parts.join('; ') : job.t(locale, 'network-meet-common-none');
}

export function introduction(
  job: JobContext,
  locale: string,
  network: Network,
  me: NetworkMeetParticipant,
  others: NetworkMeetParticipant[],
): string {
  return [
    job.t(locale, 'network-meet-intro', {
      person: me.account.displayName,
      network: network.name,
      // A pair or the round's one triad: a choice of words, not a count to pluralise.
      group: others.length === 1 ? 'pair' : 'triad',
    }),
    ...others.map((other) => otherLine(job, locale, me, other)),
    job.t(locale, 'network-meet-intro-common', { common: common(job, locale, [me, ...others]) }),
    job.t(locale, 'network-meet-intro-next'),
  ].join('\n');
}

export function nobodyThisTime(job: JobContext, locale: string, network: Network, me: NetworkMeetParticipant): string {
  return job.t(locale, 'network-meet-nobody', { person: me.account.displayName, network: network.name });
}
