// "Offer this to the network?" right after writing (issue #17 item 3): the
// author alone is asked, in private; nothing goes out unless they press; the
// digest groups what was shared by the cohorts' themes and languages.

import { afterEach, describe, expect, it } from 'vitest';
import { createActionToken } from '../../src/core/action-tokens.ts';
import { COMMIT_ACTION } from '../../src/features/gatherings/commitments.ts';
import { createWorld, type World } from '../helpers/scenario.ts';
import { replyTo, sendMessage } from './checkin-helpers.ts';
import { liveCohort, membershipOf } from './lookups.ts';
import { linkCohorts } from './network-helpers.ts';

const START = new Date('2026-01-05T09:00:00Z');

describe('offering a learning to the network right after writing it', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  async function network() {
    world = await createWorld({ start: START });
    const lagos = world.group('Lagos', { admins: ['alice'] });
    const accra = world.group('Accra', { admins: ['kofi'] });
    const nairobi = world.group('Nairobi', { admins: ['wanjiru'] });
    const hub = world.group('Hub', { admins: ['alice'] });
    await lagos.as('alice').says('/cohort create Lagos --themes "Literacy, Libraries"');
    await accra.as('kofi').says('/cohort create Accra --language fr --themes "Literacy, Libraries"');
    await nairobi.as('wanjiru').says('/cohort create Nairobi');
    for (const handle of ['alice', 'kofi', 'wanjiru', 'bob', 'ama', 'zawadi']) await world.dm(handle).says('/start');
    await linkCohorts(world, lagos, 'alice', 'Sahel', [
      [accra, 'kofi'],
      [nairobi, 'wanjiru'],
    ]);
    await hub.as('alice').says('/network hub');
    await lagos.as('bob').says('/join');
    await accra.as('ama').says('/join');
    await nairobi.as('zawadi').says('/join');
    return { lagos, accra, nairobi, hub };
  }

  it('asks the author privately after a reflection, shares only on their press, and groups the digest by theme and language', async () => {
    const { lagos, accra, nairobi, hub } = await network();
    const bob = world.dm('bob');
    const ama = world.dm('ama');
    const zawadi = world.dm('zawadi');

    await bob.says('/reflect Reading aloud helps newcomers');
    const offer = bob.expectBotSaid('Offer this to the network “Sahel”? Your reflection:');
    expect(offer).toContain('Reading aloud helps newcomers');
    // Never in a group.
    for (const group of [lagos, accra, nairobi, hub]) expect(group.botMessages().join('\n')).not.toContain('Reading');
    await bob.presses('Share with my name');
    bob.expectBotSaid('Shared with “Sahel”.');
    // The same offer pressed again: already used.
    expect(await bob.presses('Share without my name')).toMatch(/no longer valid|expired|already/i);

    // Declining the offer shares nothing.
    await bob.says('/reflect A private worry');
    await bob.presses('Not this one');
    bob.expectBotSaid('Nothing was shared.');

    // In French for Ama, whose cohort speaks French.
    await ama.says('/reflect Nous lisons à voix haute');
    ama.expectBotSaid('Proposer ceci au réseau “Sahel” ?');
    await ama.presses('Partager sans mon nom');
    ama.expectBotSaid('Partagé avec “Sahel”');

    // A cohort without themes: its items come last, under its language only.
    await zawadi.says('/reflect Pairing newcomers with editors works');
    await zawadi.presses('Share without my name');

    // Shared, then withdrawn before the digest: it never goes out.
    await zawadi.says('/reflect Something I take back');
    await zawadi.presses('Share without my name');
    await zawadi.says('/share withdraw');
    const n = /(\d+)\. Something I take back/.exec(zawadi.expectBotSaid('Something I take back'))?.[1];
    await zawadi.presses(`Withdraw ${n}`);
    zawadi.expectBotSaid('Withdrawn');

    await world.advance('7d');
    const digest = hub.expectBotSaid(/From the network “Sahel”: learnings its members chose to share \(3\)/);
    const english = digest.indexOf('Literacy, Libraries · in English');
    const french = digest.indexOf('Literacy, Libraries · in French');
    const plain = digest.indexOf('In English');
    expect(english).toBeGreaterThan(-1);
    expect(french).toBeGreaterThan(english);
    expect(plain).toBeGreaterThan(french);
    expect(digest).toContain('Reading aloud helps newcomers (Lagos, Bob)');
    expect(digest).toContain('Nous lisons à voix haute (Accra)');
    expect(digest).toContain('Pairing newcomers with editors works (Nairobi)');
    expect(digest).not.toContain('private worry');
    expect(digest).not.toContain('take back');
    expect(digest).not.toContain('Ama');
  }, 90_000);

  it('offers a check-in answer given in the group, privately; nothing for a cohort in no network', async () => {
    const { lagos } = await network();
    // Spaces are Matrix's: elsewhere, a clear answer.
    await lagos.as('alice').says('/network space');
    lagos.expectBotSaid('Spaces are a Matrix thing');
    const solo = world.group('Solo', { admins: ['sam'] });
    await world.dm('sam').says('/start');
    await solo.as('sam').says('/cohort create Solo');
    await solo.as('sam').says('/reflect Not in any network');
    expect(world.dm('sam').botMessages().join('\n')).not.toContain('Offer this');

    await lagos.as('alice').says('/checkin schedule weekly mon 18:00 --window 1d --question "What did you learn?"');
    await world.advance('9h');
    const answerId = await replyTo(world, lagos, 'bob', /Check-in time/, 'Templates save time');
    lagos.expectBotSaid(/your answer is noted/);
    const offer = world.dm('bob').expectBotSaid('Offer this to the network “Sahel”? Your check-in answer:');
    expect(offer).toContain('Templates save time');
    expect(lagos.botMessages().join('\n')).not.toContain('Offer this');
    // An edit of the answer: no second offer.
    const before = world
      .dm('bob')
      .botMessages()
      .filter((m) => m.includes('Offer this')).length;
    await sendMessage(world, lagos, 'bob', 'Templates save a lot of time', { edited: true, messageId: answerId });
    expect(
      world
        .dm('bob')
        .botMessages()
        .filter((m) => m.includes('Offer this')).length,
    ).toBe(before);
    await world.dm('bob').presses('Share without my name');
    world.dm('bob').expectBotSaid('Shared with “Sahel”.');
  }, 90_000);

  it('offers how a commitment went, after the follow-up answer, to its author only', async () => {
    const { lagos } = await network();
    const cohort = await liveCohort(world, lagos);
    const bob = (await membershipOf(world, lagos, 'bob'))!;
    const gathering = await world.store.gatherings.create({
      cohortId: cohort.id,
      title: 'Edit-a-thon',
      description: null,
      startsAt: new Date(START.getTime() + 3_600_000),
      endsAt: new Date(START.getTime() + 7_200_000),
      timezone: 'UTC',
      place: null,
      onlineUrl: null,
      capacity: null,
    });
    const commitment = await world.store.gatherings.addCommitment({
      gatheringId: gathering.id,
      membershipId: bob.id,
      text: 'Run a reading circle',
      visibility: 'me',
    });
    // The follow-up question's buttons, as the gatherings feature sends them to Bob in private.
    const dm = world.dm('bob');
    const dmRow = await world.store.chats.byPlatformId('fake', dm.chat.chatId);
    const token = await createActionToken(world.store, world.local.clock, {
      kind: COMMIT_ACTION,
      accountId: bob.accountId,
      chatId: dmRow!.id,
      payload: { commitmentId: commitment.id },
      ttlMs: 86_400_000,
    });
    await dm.as('bob').pressData(`${token}:done`);
    const offer = dm.expectBotSaid('Offer this to the network “Sahel”? How your commitment went:');
    expect(offer).toContain('Run a reading circle');
    expect(lagos.botMessages().join('\n')).not.toContain('reading circle');
    await dm.presses('Share without my name');
    dm.expectBotSaid('Shared with “Sahel”.');
    const [share] = await world.store.networks.sharesOf([bob.id]);
    expect(share?.text).toContain('Run a reading circle');
    expect(share?.sourceKind).toBe('commitment');
  }, 90_000);
});
