// The weekly "from the network" digest in the hub: the learnings members
// chose to share (and, where their cohort asks for it, a coordinator
// approved), grouped by their cohort's themes and the language they were
// written in, each with its cohort and the author's name only when they agreed. Each item goes out once;
// a withdrawn, declined or forgotten one never does.

import { chatRefOf } from '../../core/chats.ts';
import type { JobContext } from '../../core/job-context.ts';
import type { JobData } from '../../core/jobs.ts';
import type { Network, NetworkShare } from '../../core/store.ts';
import { groupedItems } from './grouped.ts';

export const DIGEST_JOB = 'network.digest';
export const DIGEST_EVERY_MS = 7 * 86_400_000;

/** Plan the network's next digest, a week after the last one (the id makes planning twice harmless). */
export async function planDigest(job: JobContext, networkId: string, last: Date): Promise<void> {
  const runAt = new Date(last.getTime() + DIGEST_EVERY_MS);
  await job.scheduler.schedule({
    id: `network-digest-${networkId}-${runAt.getTime()}`,
    name: DIGEST_JOB,
    data: { networkId },
    runAt,
  });
}

/** At start: every network with a hub has its next digest planned. */
export async function planAllDigests(job: JobContext): Promise<void> {
  for (const network of await job.store.networks.withHub()) {
    await planDigest(job, network.id, network.lastDigestAt ?? job.clock.now());
  }
}

/** The hub's language: the cohort living in the hub chat, else the network's first cohort, else the default. */
async function hubLocale(job: JobContext, network: Network): Promise<string> {
  const here = network.hubChatId ? await job.store.cohorts.liveFor(network.hubChatId, network.hubThreadId) : null;
  if (here) return here.locale;
  const [first] = await job.store.networks.cohorts(network.id);
  const cohort = first ? await job.store.cohorts.byId(first.cohortId) : null;
  return cohort?.locale ?? job.services.defaults.locale;
}

export async function runDigest(data: JobData, job: JobContext): Promise<void> {
  const network = await job.store.networks.byId(String(data.networkId));
  if (!network?.hubChatId) return;
  const now = job.clock.now();
  const due = new Date((network.lastDigestAt ?? network.createdAt).getTime() + DIGEST_EVERY_MS);
  // A hub attached again since this job was planned: its own job comes later.
  if (due.getTime() > now.getTime()) return;
  const hub = await job.store.chats.byId(network.hubChatId);
  const chat = hub ? chatRefOf(hub, { threadId: network.hubThreadId }) : null;
  const items = await job.store.networks.dueForDigest(network.id);
  if (chat && items.length > 0) {
    const locale = await hubLocale(job, network);
    await job.post(
      chat,
      { html: await digestText(job, locale, network, items) },
      `network-digest-${network.id}-${now.getTime()}`,
    );
    await job.store.networks.markDigested(
      items.map((item) => item.id),
      now,
    );
  }
  await job.store.networks.setLastDigest(network.id, now);
  await planDigest(job, network.id, now);
}

async function digestText(job: JobContext, locale: string, network: Network, items: NetworkShare[]): Promise<string> {
  const lines = [job.t(locale, 'network-digest-title', { name: network.name, count: items.length })];
  for (const group of await groupedItems(job, locale, items)) {
    lines.push('', group.heading);
    for (const item of group.items) {
      lines.push(
        item.author
          ? job.t(locale, 'network-digest-item-named', { text: item.text, cohort: item.cohort, author: item.author })
          : job.t(locale, 'network-digest-item', { text: item.text, cohort: item.cohort }),
      );
    }
  }
  return lines.join('\n');
}
