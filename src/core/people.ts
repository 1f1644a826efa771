// The account row for a person as a platform describes them. Display names come
// from the platform, not from a command, so they are cleaned here once for every
// path that records someone (their own event, or a join event about them).

import { cleanDisplayName } from './markup.ts';
import type { AccountInput } from './store.ts';
import type { Platform, Sender } from './types.ts';

export function accountInput(platform: Platform, person: Sender): AccountInput {
  return {
    platform,
    platformUserId: person.userId,
    displayName: cleanDisplayName(person.displayName, person.username ?? person.userId),
    username: person.username ?? null,
    localeHint: person.languageHint ?? null,
  };
}
