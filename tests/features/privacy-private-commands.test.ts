// Private by intent (docs/privacy.md): /reflect and the like typed in a group
// are taken out of it and go on in private; in private, a command that belongs
// to one cohort asks which one (or takes --cohort), and says which it used.

import { afterEach, describe, expect, it } from 'vitest';
import { type ChatHandle, createWorld, type World } from '../helpers/scenario.ts';
import { liveCohort, membershipOf } from './lookups.ts';

const START = new Date('2026-01-05T09:00:00Z');

async function twoCohorts(world: World): Promise<[ChatHandle, ChatHandle]> {
  const lagos = world.group('Lagos editors', { admins: ['alice'] });
  await lagos.as('alice').says('/cohort create "Lagos editors"');
  const abuja = world.group('Abuja photographers', { admins: ['alice'] });
  await abuja.as('alice').says('/cohort create "Abuja photographers"');
  for (const group of [lagos, abuja]) await group.as('bob').says('/join');
  return [lagos, abuja];
}

async function reflectionsOf(world: World, group: ChatHandle): Promise<string[]> {
  const cohort = await liveCohort(world, group);
  const rows = await world.store.reflections.ofCohort(
    cohort.id,
    ['me', 'mentor', 'coordinators', 'cohort'],
    new Date(0),
  );
  return rows.map((r) => r.text);
}

describe('private commands typed in a group', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('takes /reflect out of the group, stores nothing of it, and goes on in private', async () => {
    world = await createWorld({ start: START });
    const [lagos] = await twoCohorts(world);
    await world.dm('bob').says('/language en');

    await lagos.as('bob').says('/reflect I struggle with confidence --visibility me');
    const answer = lagos.expectBotSaid('/reflect is private, so it works only in a private chat with me.');
    expect(answer).toContain('I removed your message from the group.');
    expect(answer).toContain('Bob, I wrote to you in private: continue there.');
    expect(answer).not.toContain('confidence');
    // The command message itself is gone, and the answer does not quote it.
    const command = world.adapter.deletions.at(-1)!;
    expect(command.chatId).toBe(lagos.chat.chatId);
    expect(lagos.messages().at(-1)!.replyToMessageId).toBeUndefined();
    expect(await reflectionsOf(world, lagos)).toEqual([]);
    world.dm('bob').expectBotSaid(/You tried \/reflect in a group. Here it stays between us: \/reflect …/);

    // Someone the bot may not write to first gets a link that opens the private chat.
    await lagos.as('carol').says('/join');
    await lagos.as('carol').says('/reflect my secret');
    expect(lagos.expectBotSaid(/is private/)).toContain('Continue in a private chat with me');
    expect(lagos.messages().at(-1)!.html).toContain('?start=p-reflect"');
    await world.dm('carol').says('/start p-reflect');
    world.dm('carol').expectBotSaid('Here it stays between us: /reflect …');

    // Where the bot may not delete messages (not an admin), it says nothing about deleting.
    world.adapter.noDeleteRights.add(lagos.chat.chatId);
    const deleted = world.adapter.deletions.length;
    await lagos.as('bob').says('/reflect again');
    expect(lagos.expectBotSaid(/is private/)).not.toContain('I removed');
    expect(world.adapter.deletions).toHaveLength(deleted);
  });

  it('refuses private profile fields in a group, and keeps the public ones there', async () => {
    world = await createWorld({ start: START });
    const [lagos] = await twoCohorts(world);
    await lagos.as('bob').says('/profile set preferences safe-space:women');
    expect(lagos.expectBotSaid(/\/profile is private/)).not.toContain('safe-space');
    await lagos.as('bob').says('/profile set region Yaba');
    lagos.expectBotSaid('Saved your region for Lagos editors.');
    expect(await membershipOf(world, lagos, 'bob')).toMatchObject({ preferences: [], region: 'Yaba' });
    // A --cohort in a group can only name the group's own cohort.
    await lagos.as('bob').says('/pause --cohort "Abuja photographers"');
    lagos.expectBotSaid("This group's cohort is Lagos editors, not “Abuja photographers”.");
  });
});

describe('private commands that belong to one cohort', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('asks which cohort a reflection is for, files it there, and names it', async () => {
    world = await createWorld({ start: START });
    const [lagos, abuja] = await twoCohorts(world);
    const dm = world.dm('bob');

    await dm.says('/reflect Light matters more than lenses --visibility coordinators');
    dm.expectBotSaid('Which cohort is /reflect for?');
    expect(
      dm
        .messages()
        .at(-1)!
        .buttons!.flat()
        .map((b) => b.label),
    ).toEqual(['Lagos editors', 'Abuja photographers']);
    const tokenId = dm.messages().at(-1)!.buttons![0]![0]!.data.split(':')[0]!;
    // The words wait in the button's token until it is used.
    expect((await world.store.actionTokens.byId(tokenId))?.payload.text).toContain('Light matters');

    await dm.presses('Abuja photographers');
    dm.expectBotSaid('Saved in Abuja photographers. You and the coordinators can read it.');
    expect(await reflectionsOf(world, abuja)).toEqual(['Light matters more than lenses']);
    expect(await reflectionsOf(world, lagos)).toEqual([]);
    // Used: the words are gone from the token, and the other button of the question is stale.
    expect((await world.store.actionTokens.byId(tokenId))?.payload).toEqual({});
    expect(await dm.presses('Lagos editors')).toBe('This button is no longer valid.');

    // --cohort picks one directly, and is not part of the text.
    await dm.says('/reflect Wikidata is a graph --cohort "lagos editors"');
    dm.expectBotSaid('Saved in Lagos editors. Only you can read it.');
    expect(await reflectionsOf(world, lagos)).toEqual(['Wikidata is a graph']);
    await dm.says('/reflect Something --cohort Nowhere');
    dm.expectBotSaid('You are not in a cohort called “Nowhere”. Your cohorts: Lagos editors, Abuja photographers.');

    // A question left unanswered expires with its words.
    await dm.says('/reflect Too late for this');
    await world.advance('11m');
    expect(await dm.presses('Lagos editors')).toBe('This button is no longer valid.');
    expect(await reflectionsOf(world, lagos)).toEqual(['Wikidata is a graph']);
  });

  it('forgets a waiting question with its words on /forgetme', async () => {
    world = await createWorld({ start: START });
    await twoCohorts(world);
    const dm = world.dm('bob');
    await dm.says('/reflect A text still waiting for its cohort');
    const tokenId = dm.messages().at(-1)!.buttons![0]![0]!.data.split(':')[0]!;
    await dm.says('/forgetme');
    await dm.presses('Yes, delete my data');
    expect(await world.store.actionTokens.byId(tokenId)).toBeNull();
  });

  it('takes a break in private from the cohort chosen, and runs coordinator views there', async () => {
    world = await createWorld({ start: START });
    const [lagos, abuja] = await twoCohorts(world);
    const dm = world.dm('bob');
    await dm.says('/pause --until 1w');
    dm.expectBotSaid('Which cohort is /pause for?');
    await dm.presses('Lagos editors');
    dm.expectBotSaid(/You are on a break from Lagos editors until/);
    expect((await membershipOf(world, lagos, 'bob'))?.status).toBe('paused');
    expect((await membershipOf(world, abuja, 'bob'))?.status).toBe('active');
    await dm.says('/resume --cohort "Lagos editors"');
    dm.expectBotSaid('Welcome back to Lagos editors: check-ins reach you again.');

    // Alice coordinates both: /checkin stats in private asks which; Bob coordinates none.
    const alice = world.dm('alice');
    await alice.says('/checkin stats');
    alice.expectBotSaid('Which cohort is /checkin for?');
    await alice.presses('Abuja photographers');
    alice.expectBotSaid('No check-in has closed yet.');
    await dm.says('/checkin stats');
    dm.expectBotSaid('You are in no cohort where you can use /checkin.');
  });
});
