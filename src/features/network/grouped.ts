// Shared items grouped as the digest and the network's page show them: by the
// themes of the cohort they come from (as its coordinators wrote them) and the
// language they were written in, themed groups first; each item with its
// cohort's name and, only when the author agreed, the author's name.

import type { JobContext } from '../../core/job-context.ts';
import type { NetworkShare } from '../../core/store.ts';
import { languageNames } from '../../core/words.ts';

export interface ShownItem {
  id: string;
  text: string;
  cohort: string;
  /** Only when the author chose to be named. */
  author?: string;
  createdAt: Date;
}

export interface ItemGroup {
  themes: string;
  /** The language's code, e.g. "fr". */
  language: string;
  /** The group's heading in the reader's language (markup: `<b>…</b>`). */
  heading: string;
  items: ShownItem[];
}

export async function groupedItems(job: JobContext, locale: string, items: NetworkShare[]): Promise<ItemGroup[]> {
  const cohortNames = new Map<string, string>();
  const cohortThemes = new Map<string, string>();
  const authorNames = new Map<string, string>();
  for (const cohortId of new Set(items.map((item) => item.cohortId))) {
    const cohort = await job.store.cohorts.byId(cohortId);
    cohortNames.set(cohortId, cohort?.name ?? '?');
    cohortThemes.set(cohortId, cohort?.themes.join(', ') ?? '');
    // Names only of the authors who agreed to be named.
    if (items.some((item) => item.cohortId === cohortId && item.withName)) {
      for (const member of await job.store.memberships.list(cohortId)) {
        authorNames.set(member.id, member.account.displayName);
      }
    }
  }
  const groups = new Map<string, ItemGroup>();
  for (const item of items) {
    const themes = cohortThemes.get(item.cohortId) ?? '';
    const key = `${themes}\u0000${item.locale}`;
    const group = groups.get(key) ?? { themes, language: item.locale, heading: '', items: [] };
    const author = item.withName ? authorNames.get(item.membershipId) : undefined;
    group.items.push({
      id: item.id,
      text: item.text,
      cohort: cohortNames.get(item.cohortId) ?? '?',
      ...(author ? { author } : {}),
      createdAt: item.createdAt,
    });
    groups.set(key, group);
  }
  // Themed groups first, by theme then language; items without a theme last.
  const ordered = [...groups.values()].sort(
    (a, b) =>
      Number(!a.themes) - Number(!b.themes) ||
      a.themes.localeCompare(b.themes, locale) ||
      a.language.localeCompare(b.language),
  );
  for (const group of ordered) {
    const language = languageNames(locale, [group.language])[0] ?? group.language;
    group.heading = group.themes
      ? job.t(locale, 'network-digest-theme-language', { themes: group.themes, language })
      : job.t(locale, 'network-digest-language', { language });
  }
  return ordered;
}
