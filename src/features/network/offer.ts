// "Offer this to the network?" right after writing: when a member of a
// cohort in a network writes a reflection, answers a check-in or says how a
// commitment went (the `learning.written` event, core/events.ts), they get,
// in private only (never in the group: what they wrote may be private), the
// same three choices as /share: with their name, without it, or not at all.
// Nothing is offered until they press; a press on an old offer finds the
// item again (still theirs, still there) before anything is stored.

import type { EventOf } from '../../core/events.ts';
import type { JobContext } from '../../core/job-context.ts';
import { SHARE_CONSENT } from './share.ts';

/** Offers stay valid a week. */
const OFFER_TTL_MS = 7 * 86_400_000;
const PREVIEW = 200;

export async function offerAfterWriting(event: EventOf<'learning.written'>, job: JobContext): Promise<void> {
  const { cohort } = event;
  if (cohort.status === 'archived') return;
  const networks = (await job.store.networks.ofCohort(cohort.id)).map((entry) => entry.network.name);
  if (networks.length === 0) return;
  const member = (await job.store.memberships.list(cohort.id, { status: ['active', 'paused'] })).find(
    (m) => m.id === event.membershipId,
  );
  if (!member) return;
  const chars = [...event.text.trim()];
  const text = chars.length > PREVIEW ? `${chars.slice(0, PREVIEW).join('')}…` : chars.join('');
  await job.tell(
    cohort,
    member,
    // One offer per item, whatever re-publishes it.
    `network-offer-${event.kind}-${event.id}`,
    async (to) => ({
      html: to.t('network-offer-ask', {
        kind: event.kind,
        text,
        networks: networks.map((name) => `“${name}”`).join(', '),
      }),
      buttons: (
        await to.choices(
          SHARE_CONSENT,
          [
            { label: to.t('network-share-with-name'), choice: 'named' },
            { label: to.t('network-share-without-name'), choice: 'anonymous' },
            { label: to.t('network-offer-no'), choice: 'cancel' },
          ],
          { payload: { membershipId: member.id, kind: event.kind, id: event.id }, ttlMs: OFFER_TTL_MS },
        )
      ).map((b) => [b]),
    }),
    // Private only: the text may be meant for no one else.
    { inGroup: false },
  );
}
