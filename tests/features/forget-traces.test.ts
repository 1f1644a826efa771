// /forgetme leaves no trace: a person lives a full cohort life (profile,
// preferences, someone who avoids them, check-in answers, a reflection, a
// gathering's answer, attendance and commitment, a learning shared with a network, a
// break, a peer round, a mentorship, a group message about them still
// waiting to be sent), then forgets; every row of every table is searched
// for their ids, names and texts. The Telegram and Matrix versions of this
// test search Redis and the adapters' state too (tests/telegram/forget.test.ts,
// tests/matrix/forget.test.ts).

import { afterEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/db.ts';
import { createWorld, type World } from '../helpers/scenario.ts';
import { databaseTraces, describeTraces } from '../helpers/traces.ts';
import { accountOf, liveCohort, membershipOf } from './lookups.ts';
import { linkCohorts } from './network-helpers.ts';

const START = new Date('2026-01-05T09:00:00Z');
const ABOUT = 'Quillwort archivist of the marsh';
const ANSWER = 'Catalogued nine hundred xerophytes';
const REFLECTION = 'Zephyrine lesson about patience';
const COMMITMENT = 'Xylographic workshop for the marsh';
const HOPE = 'Quagga census methods';
const SURVEY_ANSWER = 'Found a quaggy bittern nest';

describe.each(databaseKinds)('/forgetme leaves no trace (%s)', (kind) => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('deletes every row that names, points at or was written by the person, and nothing of the others', async () => {
    world = await createWorld({ start: START, db: kind });
    world.person('zeb', { displayName: 'Zebulon Quartermaine', username: 'zquartermaine' });
    const group = world.group('Marsh', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Marsh');
    for (const who of ['zeb', 'carol', 'dave', 'erin']) await group.as(who).says('/join');
    const zeb = world.dm('zeb');
    await zeb.says('/language en');
    await world.dm('carol').says('/language en');
    await world.dm('alice').says('/language en');

    // A profile, and someone who never wants to be paired with them.
    await zeb.says(`/profile set about "${ABOUT}"`);
    await world.dm('carol').says('/avoid @zquartermaine');

    // A check-in answered in private, one closed while they were on a break, and a reflection.
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 2h --question "What did you catalogue?"');
    await group.as('alice').says('/checkin now');
    await group.as('zeb').presses(/Answer privately/);
    zeb.expectBotSaid(/What did you catalogue\?/);
    await zeb.says(ANSWER);
    await zeb.presses(/Keep it private/);
    await world.advance('2h');
    await group.as('zeb').says('/pause');
    await group.as('alice').says('/checkin now');
    await world.advance('2h');
    await group.as('zeb').says('/resume');
    await zeb.says(`/reflect ${REFLECTION} --visibility me`);
    // The reflection offered, with their name, to a network of the cohort (docs/network.md).
    await group.as('alice').says('/network create Wetlands');
    await zeb.says('/share');
    await zeb.presses('Share 1');
    await zeb.presses('Share with my name');
    zeb.expectBotSaid('Shared with “Wetlands”');
    // Cross-cohort matching: a second cohort joins, Zeb and Hana opt in, and a round introduces them.
    const fen = world.group('Fen', { admins: ['frank'] });
    await fen.as('frank').says('/cohort create Fen');
    await fen.as('hana').says('/join');
    await world.dm('hana').says('/start');
    await linkCohorts(world, group, 'alice', 'Wetlands', [[fen, 'frank']], { create: false });
    await group.as('zeb').says('/network meet on');
    await fen.as('hana').says('/network meet on');
    await world.dm('alice').says('/network round');
    zeb.expectBotSaid(/you are meeting someone from another cohort/);

    // A gathering: an answer, attendance, a commitment, follow-ups planned.
    await group.as('alice').says('/gathering create "Marsh walk" --at 2026-01-06 10:00 --until 12:00');
    await group.as('zeb').presses('Going');
    await zeb.says(`/hope ${HOPE}`);
    zeb.expectBotSaid(/organisers of “Marsh walk” will read it/);
    await world.advance('1d');
    await group.as('zeb').says('/here');
    await world.advance('1d');
    zeb.expectBotSaid(/What will you try/);
    await zeb.says(`/commit ${COMMITMENT} --visibility coordinators --by 2026-02-10`);
    zeb.expectBotSaid(/Target: Feb 10, 2026/);

    // A mentor asked about them; a peer round whose group announcement (naming
    // them) has not gone out yet, because the platform is down for a moment.
    await group.as('alice').says('/role @dave mentor');
    await group.as('alice').says('/pair @dave @zquartermaine');
    world.adapter.failNext({ kind: 'transient', reason: 'down for a moment' }, group.chat.chatId);
    await group.as('alice').says('/pair peers');
    // Private matching preferences.
    await zeb.says('/profile set preferences safe-space:women');
    // A named survey answered in private, and an anonymous one (whose answers never pointed at them).
    await group.as('alice').says('/survey create Marsh check\ntext: What did you find?');
    await group.as('alice').says('/survey send 1');
    await zeb.says(SURVEY_ANSWER);
    await group.as('alice').says('/survey create Marsh pulse --anonymous\nyesno: Going well?');
    await group.as('alice').says('/survey send 2');
    await zeb.presses('Yes');

    const cohort = await liveCohort(world, group);
    const account = (await accountOf(world, 'zeb'))!;
    const membership = (await membershipOf(world, group, 'zeb'))!;
    // A survey half-written with /survey new (kept in the database so it survives a restart).
    await world.store.surveys.saveDraft(account.id, cohort.id, { step: 'menu', title: 'Zeb draft', questions: [] });
    const terms = [
      'u-zeb',
      'Zebulon',
      'Quartermaine',
      'zquartermaine',
      ABOUT,
      ANSWER,
      REFLECTION,
      SURVEY_ANSWER,
      'safe-space:women',
      COMMITMENT,
      HOPE,
      account.id,
      membership.id,
    ];
    const db = world.local.services.store;
    const before = await databaseTraces(world.db, terms);
    // The search finds them where they are (so finding nothing later means something).
    const tables = new Set(before.map((t) => t.where));
    if (process.env.SHOW_TRACES) console.log(describeTraces(before));
    for (const table of [
      'Account',
      'Membership',
      'Chat',
      'CheckIn',
      'CheckInAnswer',
      'Reflection',
      'SurveyParticipant',
      'SurveyDraft',
      'Mentorship',
      'PeerGroupMember',
      'Delivery',
      'ActionToken',
      'GatheringRsvp',
      'Commitment',
      'NetworkShare',
      'NetworkMeetOptIn',
      'NetworkMeetMember',
    ]) {
      expect(tables, `${table}\n${describeTraces(before)}`).toContain(table);
    }
    // Carol's /avoid, the break noted on a check-in, a group message not sent yet that names them.
    expect(before.filter((t) => t.where === 'Membership' && t.term === membership.id)).toHaveLength(2);
    expect(before.some((t) => t.where === 'CheckIn' && t.term === membership.id)).toBe(true);
    // (A ledger row keeps its text only until it is sent.)
    expect(before.some((t) => t.where === 'Delivery' && t.term === 'zquartermaine' && /g-marsh/.test(t.sample))).toBe(
      true,
    );

    await zeb.says('/forgetme');
    await zeb.presses(/Yes, delete/);
    zeb.expectBotSaid('Done: I deleted everything I kept about you.');

    const after = await databaseTraces(world.db, terms);
    expect(after, describeTraces(after)).toEqual([]);
    // The others keep what is theirs.
    expect(await membershipOf(world, group, 'carol')).toMatchObject({ status: 'active', avoid: [] });
    expect(await membershipOf(world, group, 'dave')).toMatchObject({ role: 'mentor' });
    expect((await db.cohorts.byId(cohort.id))?.name).toBe('Marsh');
    // The anonymous answer stays: it names no one (docs/privacy.md).
    const pulse = (await db.surveys.byNumber(cohort.id, 2))!;
    expect(await db.surveys.anonymousResponses(pulse.id)).toHaveLength(1);
    expect(await db.audit.list({ cohortId: cohort.id })).not.toEqual([]);

    // The bot may not write to them first any more, and writing again starts from nothing.
    expect(await world.adapter.openDm('u-zeb')).toBeNull();
    await zeb.says('/mydata');
    zeb.expectBotSaid('You are in no cohort.');
  }, 120_000);
});
