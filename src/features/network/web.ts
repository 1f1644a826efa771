// The network's page of shared items, as data: what src/http/network-page.ts
// shows for a signed link (/network page): the approved items of the cohorts
// still in the network, grouped by theme and language as in the digest, each
// with its cohort and, only where the author agreed, their name. Read fresh
// at every request: a withdrawn item, an item of a cohort that left and the
// items of someone who used /forgetme are gone at the next load. The HTTP
// layer is handed `createNetworkWeb(...)` by the wiring (main.ts); this module
// knows nothing of HTTP, and the HTTP layer nothing of features.

import type { JobContext } from '../../core/job-context.ts';
import { formatDateTime } from '../../core/validate.ts';
import { plainText } from '../shared/report-output/plain.ts';
import { isRightToLeft } from '../shared/report-output/render.ts';
import { claimedLocale, linkSecret, readLink } from '../shared/web-links.ts';
import { groupedItems } from './grouped.ts';

export interface NetworkPageHead {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
}

/** Everything the page shows, as plain text (the page escapes it). */
export interface NetworkPageView extends NetworkPageHead {
  heading: string;
  intro: string;
  /** When there is nothing to show yet. */
  nothing?: string;
  groups: Array<{ heading: string; items: Array<{ text: string; by: string }> }>;
  footer: string;
}

/** The page a refused link gets: a 403 in the reader's language. */
export type NetworkPageRefusal = NetworkPageHead & { heading: string; text: string };

export interface NetworkWeb {
  /** The page for a link, or null when the link is not valid (expired, revoked, tampered, another network's). */
  page(networkId: string, token: string): Promise<NetworkPageView | null>;
  /** What a refused link reads, in the language its token claims or the browser asks for. */
  refusal(token: string, acceptLanguage: string | undefined): NetworkPageRefusal;
}

/** The path of a network's page for a token (the public address goes before it). */
export const networkPagePath = (networkId: string, token: string) => `/n/${networkId}/${token}`;

export function createNetworkWeb(deps: { job: JobContext }): NetworkWeb {
  const { job } = deps;
  const t = (locale: string, id: string, args?: Record<string, string | number>) => plainText(job.t(locale, id, args));
  const known = (locale: string | undefined) =>
    locale && job.services.i18n.locales.includes(locale) ? locale : undefined;

  return {
    async page(networkId, token) {
      const config = job.services.reportWeb;
      if (!config || !/^[\w-]{1,64}$/.test(networkId)) return null;
      const claims = readLink(await linkSecret(job.store, config.linkSecret), 'network-page', networkId, token);
      const now = job.clock.now();
      if (!claims || claims.expires * 1000 <= now.getTime()) return null;
      const network = await job.store.networks.byId(networkId);
      if (!network || network.pageLinkEpoch !== claims.epoch) return null;
      const locale = known(claims.locale) ?? job.services.defaults.locale;
      const groups = await groupedItems(job, locale, await job.store.networks.pageItems(network.id));
      const cohorts = await job.store.networks.cohorts(network.id);
      return {
        lang: locale,
        dir: isRightToLeft(locale) ? 'rtl' : 'ltr',
        title: t(locale, 'network-page-title', { name: network.name }),
        heading: t(locale, 'network-page-title', { name: network.name }),
        intro: t(locale, 'network-page-intro', { cohorts: cohorts.length }),
        ...(groups.length === 0 ? { nothing: t(locale, 'network-page-nothing') } : {}),
        groups: groups.map((g) => ({
          heading: plainText(g.heading),
          items: g.items.map((item) => ({
            text: item.text,
            by: item.author ? `${item.cohort}, ${item.author}` : item.cohort,
          })),
        })),
        footer: t(locale, 'network-page-expires', {
          at: formatDateTime(new Date(claims.expires * 1000), locale, job.services.defaults.timezone),
        }),
      };
    },

    refusal(token, acceptLanguage) {
      const asked = (acceptLanguage ?? '')
        .split(',')
        .map((part) => part.split(';')[0]!.trim())
        .flatMap((tag) => [tag, tag.split('-')[0]!]);
      const locale =
        known(claimedLocale(token)) ?? asked.map(known).find((l) => l !== undefined) ?? job.services.defaults.locale;
      return {
        lang: locale,
        dir: isRightToLeft(locale) ? 'rtl' : 'ltr',
        title: t(locale, 'network-page-refused-title'),
        heading: t(locale, 'network-page-refused-title'),
        text: t(locale, 'network-page-refused'),
      };
    },
  };
}
