// The introduction of a cross-cohort round across platforms: a Telegram link
// does not open in Matrix and a pill means nothing in Telegram, so each reads
// what the other agreed to share when opting in (a Matrix ID, a public
// Telegram @username), or that the other will write first.

import { describe, expect, it } from 'vitest';
import { loadTranslator } from '../../src/core/i18n.ts';
import { JobContext } from '../../src/core/job-context.ts';
import type { BotServices } from '../../src/core/services.ts';
import type { Cohort, Network, NetworkMeetParticipant } from '../../src/core/store.ts';
import { introduction } from '../../src/features/network/matching-intro.ts';
import { LOCALES_DIR } from '../../src/local.ts';
import { readable } from '../helpers/scenario.ts';

const job = new JobContext({
  services: {
    i18n: loadTranslator(LOCALES_DIR),
    defaults: { locale: 'en', timezone: 'UTC' },
  } as unknown as BotServices,
});
const network = { id: 'n1', name: 'Sahel' } as Network;
/** The message without Fluent's isolation marks. */
const intro = (...args: Parameters<typeof introduction>) => introduction(...args).replace(/[\u2066-\u2069]/g, '');

function person(
  id: string,
  platform: 'telegram' | 'matrix',
  platformUserId: string,
  username: string | null,
  cohortName: string,
): NetworkMeetParticipant {
  const cohort = {
    id: `c-${cohortName}`,
    name: cohortName,
    languages: ['en'],
    themes: ['maps'],
    timezone: 'UTC',
  } as unknown as Cohort;
  return {
    id,
    cohortId: cohort.id,
    accountId: `a-${id}`,
    languages: [],
    topics: [],
    region: null,
    timezone: null,
    preferences: ['safe-space:private'],
    avoid: [],
    status: 'active',
    cohort,
    account: { id: `a-${id}`, platform, platformUserId, displayName: `Name ${id}`, username },
  } as unknown as NetworkMeetParticipant;
}

const ana = person('ana', 'matrix', '@ana:example.org', '@ana:example.org', 'Lagos');
const tolu = person('tolu', 'telegram', '1001', 'tolu_t', 'Accra');
const kofi = person('kofi', 'telegram', '1002', null, 'Accra');
const ben = person('ben', 'matrix', '@ben:example.org', '@ben:example.org', 'Kano');

describe('cross-cohort introductions', () => {
  it('on one platform names the other with a mention; across platforms says how to reach them', () => {
    // Matrix to Matrix: a pill (matrix.to link on the name).
    const same = intro(job, 'en', network, ana, [ben]);
    expect(same).toContain('<a href="https://matrix.to/#/@ben:example.org">Name ben</a> (Kano)');
    // Matrix reader, Telegram member with a public username: a t.me link.
    expect(readable(intro(job, 'en', network, ana, [tolu]))).toContain('• Name tolu (Accra), on Telegram: @tolu_t');
    expect(intro(job, 'en', network, ana, [tolu])).toContain('href="https://t.me/tolu_t"');
    // Telegram reader, Matrix member: their Matrix ID as a matrix.to link (a tg:// link or pill would not work).
    const toTolu = intro(job, 'en', network, tolu, [ana]);
    expect(toTolu).toContain('on Matrix: <a href="https://matrix.to/#/@ana:example.org">@ana:example.org</a>');
    // No public username: the Matrix reader learns that the other writes first; no tg:// link they cannot open.
    const noHandle = intro(job, 'en', network, ana, [kofi]);
    expect(readable(noHandle)).toContain(
      'Name kofi (Accra), on Telegram: they have your contact and will write to you first.',
    );
    expect(noHandle).not.toContain('tg://');
    // ... and the Telegram reader without one is told to write first, with the Matrix ID to write to.
    expect(readable(intro(job, 'en', network, kofi, [ana]))).toContain(
      'Name ana (Lagos), on Matrix: @ana:example.org\nYou have no public username on Telegram, so Name ana cannot write to you: please write first.',
    );
    expect(readable(toTolu)).not.toContain('write first');
    // What they share, in the reader's language, and never their private preferences.
    expect(readable(toTolu)).toContain('In common: you speak English; interested in maps.');
    expect(intro(job, 'fr', network, tolu, [ana])).toContain('sur Matrix');
    expect(toTolu).not.toContain('safe-space');
  });
});
