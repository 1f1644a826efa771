// A cohort's life in each of the twelve languages (issue 16): a cohort created
// with --language, a member who chose the same language joins, a scheduled
// check-in is answered in private, a peer round, /mydata. Nothing the bot says
// may be a missing message: no bare message id (what the translator returns for
// an unknown key), no unfilled Fluent placeable, no English fallback where the
// language has its own words.

import { afterEach, describe, expect, it } from 'vitest';
import { loadTranslator } from '../../src/core/i18n.ts';
import { formatDateTimeZoned } from '../../src/core/validate.ts';
import { LOCALES_DIR } from '../../src/local.ts';
import { createWorld, readable, type World } from '../helpers/scenario.ts';

// Monday 5 January 2026, 09:00 UTC; the cohort's zone is UTC, so a check-in at 18:00 is 9 hours away.
const START = new Date('2026-01-05T09:00:00Z');
const i18n = loadTranslator(LOCALES_DIR);
const label = (locale: string, id: string) => readable(i18n.t(locale, id));
// "Two hours" as people type it in each language (Swahili puts the unit first).
const TWO_HOURS: Record<string, string> = {
  en: '2 hours',
  ar: '٢ ساعة',
  es: '2 horas',
  fr: '2 heures',
  'pt-BR': '2 horas',
  fa: '۲ ساعت',
  hi: '2 घंटे',
  bn: '২ ঘণ্টা',
  id: '2 jam',
  sw: 'saa 2',
  ru: '2 часа',
  uk: '2 години',
};

/** What a missing message or variable looks like once rendered. */
const MISSING = [
  /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/, // a bare message id: the key was not found anywhere
  /\{\s*\$[\w-]+\s*\}/, // {$name}: a variable the code did not pass
  /\{\?\?\?\}|\{[a-z][\w-]*\}/, // {???} or {message-id}: a broken reference
  /\b(cmd|checkin|button|error|mydata|pair|cohort|keyword|field|usage)-[a-z]+-?[a-z-]*\b/, // a raw key id inside text
];

describe.each(i18n.locales)('a cohort in %s', (locale) => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('joins, answers a scheduled check-in, is paired and reads /mydata without a missing message', async () => {
    world = await createWorld({ start: START, db: 'pglite' });
    const group = world.group('Delta', { admins: ['alice'] });
    await world.dm('alice').says(`/language ${locale}`);
    await world.dm('bob').says(`/language ${locale}`);
    await group.as('alice').says(`/cohort create Delta --language ${locale}`);
    for (const who of ['alice', 'bob', 'carol']) await group.as(who).says('/join');

    // English schedule words are always accepted, the window is typed in the cohort's
    // language; the check-in fires on the virtual clock and closes two hours later.
    await group.as('alice').says(`/checkin schedule weekly mon 18:00 --window "${TWO_HOURS[locale] ?? '2h'}"`);
    await world.advance('9h');
    // The prompt says until when answers are open, with the zone (members may live elsewhere).
    group.expectBotSaid(formatDateTimeZoned(new Date('2026-01-05T20:00:00Z'), locale, 'UTC'));
    const bob = world.dm('bob');
    await group.as('bob').presses(label(locale, 'button-checkin-private'));
    bob.expectBotSaid(label(locale, 'checkin-question-1'));
    // The intro names the word that skips a question in the member's language (the first of keyword-skip).
    const skipWord = i18n.t(locale, 'keyword-skip').split(',')[0]!.trim();
    expect(bob.botMessages().some((m) => m.includes(skipWord) && m.includes('Delta'))).toBe(true);
    for (const answer of ['Ate 1', 'Ate 2', 'Ate 3']) await bob.says(answer);
    await bob.presses(label(locale, 'button-checkin-keep-private'));
    await world.advance('2h');

    await group.as('alice').says('/pair peers');
    await bob.says('/mydata');
    const mydata = bob.lastBotMessage();

    const said = [group, bob, world.dm('alice'), world.dm('carol')].flatMap((chat) =>
      chat.messages().flatMap((m) => [readable(m.html), ...(m.buttons?.flat().map((b) => readable(b.label)) ?? [])]),
    );
    if (process.env.SHOW_SAID) console.log(`--- ${locale}\n${said.join('\n---\n')}`);
    expect(said.length).toBeGreaterThan(8);
    for (const text of said) for (const pattern of MISSING) expect(text, text).not.toMatch(pattern);
    // What the member wrote comes back in their own data, with no code shown raw
    // (the "shared" and "did you meet" values are words of the language).
    expect(mydata).toContain('Ate 1 | Ate 2 | Ate 3');
    expect(mydata).toContain(label(locale, 'value-no'));
    expect(mydata).not.toMatch(/\b(none|not-yet)\b/);
    if (label(locale, 'value-no') !== 'no') expect(mydata).not.toMatch(/\bno\)/);
  });
});
