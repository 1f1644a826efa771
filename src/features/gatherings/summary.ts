// What coordinators read about a gathering, in private: answers vs attendance,
// commitments made and how they went (counts), and the texts people chose to
// share with coordinators. Names only with texts shared with coordinators;
// attendance is per person for coordinators (docs/privacy.md), here as counts.

import type { MessageArgs } from '../../core/i18n.ts';
import { maySee } from '../../core/privacy.ts';
import type { Commitment, CommitmentStatus, Gathering, Store } from '../../core/store.ts';
import { countsLine, countsOf } from './card.ts';

type Translate = (id: string, args?: MessageArgs) => string;

export const STATUSES: readonly CommitmentStatus[] = ['open', 'done', 'partly', 'not-yet', 'let-go'];

export function commitmentCounts(commitments: Commitment[]): Record<CommitmentStatus, number> {
  const counts = { open: 0, done: 0, partly: 0, 'not-yet': 0, 'let-go': 0 };
  for (const c of commitments) counts[c.status]++;
  return counts;
}

export async function coordinatorSummary(store: Store, t: Translate, gathering: Gathering): Promise<string> {
  const rsvps = await store.gatherings.rsvps(gathering.id);
  const commitments = await store.gatherings.commitmentsOf(gathering.id);
  const people = new Set(commitments.map((c) => c.membershipId)).size;
  const names = new Map(
    (await store.memberships.list(gathering.cohortId)).map((m) => [
      m.id,
      m.account.username ? `@${m.account.username}` : m.account.displayName,
    ]),
  );
  const shared = commitments.filter((c) =>
    maySee(`commitment-${c.visibility}`, { kind: 'private', relation: 'coordinator' }),
  );
  const hopes = rsvps.filter(
    (r) => r.intention && maySee('gathering-intention', { kind: 'private', relation: 'coordinator' }),
  );
  return [
    t('gathering-report-title', { number: gathering.number, title: gathering.title }),
    countsLine(t, countsOf(rsvps)),
    t('gathering-report-commitments', { count: commitments.length, people, ...commitmentCounts(commitments) }),
    ...(shared.length > 0 ? [t('gathering-report-shared')] : []),
    ...shared.map((c) =>
      t('gathering-report-shared-line', {
        name: names.get(c.membershipId) ?? '?',
        status: t('commitment-status-word', { status: c.status }),
        text: c.text,
      }),
    ),
    ...(hopes.length > 0 ? [t('gathering-report-hopes')] : []),
    ...hopes.map((r) =>
      t('gathering-report-hope-line', { name: names.get(r.membershipId) ?? '?', text: r.intention ?? '' }),
    ),
  ].join('\n');
}
