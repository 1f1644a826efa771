import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChatHandle, createWorld, type World } from '../helpers/scenario.ts';
import { membershipOf } from './lookups.ts';

describe('profile', () => {
  let world: World;
  let group: ChatHandle;
  beforeEach(async () => {
    world = await createWorld();
    group = world.group('Profiles', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Profiles');
    await group.as('bob').says('/join');
  });
  afterEach(async () => {
    await world.close();
  });

  it('shows an empty profile with readable defaults', async () => {
    await group.as('bob').says('/profile');
    const shown = group.expectBotSaid(/Bob in Profiles — member, active/);
    expect(shown).toContain('Languages: —');
    expect(shown).toContain('Can mentor: no');
    expect(shown).toContain('Wants a mentor: no');
    // The group sees the fields used for matching, and where the private ones are.
    expect(shown).not.toContain('About');
    expect(shown).toContain('send /profile to me in private');
    await world.dm('bob').says('/profile');
    expect(world.dm('bob').expectBotSaid(/Bob in Profiles/)).toContain('About: —');
  });

  it('sets and shows every field, and clears them again', async () => {
    const bob = group.as('bob');
    await bob.says('/profile set languages pt-br es');
    await bob.says('/profile set region "Northeast Brazil"');
    await bob.says('/profile set topics "Wikidata; accessibility"');
    await bob.says('/profile set timezone america/recife');
    await bob.says('/profile set capacity 1');
    await bob.says('/profile set wants-mentor sí');
    await world.dm('bob').says('/profile set about Teacher. Likes "tidy" tables.');
    await bob.says('/profile show');
    const shown = group.expectBotSaid(/Bob in Profiles/);
    expect(shown).toContain('Languages: Brazilian Portuguese and Spanish');
    expect(shown).toContain('Region: Northeast Brazil');
    expect(shown).toContain('Topics: Wikidata, accessibility');
    expect(shown).toContain('Timezone: America/Recife');
    expect(shown).toContain('Can mentor: one person');
    expect(shown).toContain('Wants a mentor: yes');
    expect(shown).not.toContain('tidy');
    await world.dm('bob').says('/profile show');
    expect(world.dm('bob').expectBotSaid(/Bob in Profiles/)).toContain('About: Teacher. Likes "tidy" tables.');

    await bob.says('/profile clear region');
    group.expectBotSaid('Cleared your region for Profiles.');
    await bob.says('/profile clear capacity');
    await bob.says('/profile clear about');
    expect(await membershipOf(world, group, 'bob')).toMatchObject({
      region: null,
      mentoringCapacity: 0,
      about: null,
      languages: ['pt-BR', 'es'],
    });
    await bob.says('/profile clear region now');
    group.expectBotSaid('I did not expect “now” here.');
  });

  it('keeps line breaks in the about text', async () => {
    await world.dm('bob').says('/profile set about First line\nSecond   line --cohort Profiles');
    expect((await membershipOf(world, group, 'bob'))?.about).toBe('First line\nSecond line');
  });

  it('sets a profile in private for all cohorts, or one with --cohort', async () => {
    const other = world.group('Second', { admins: ['alice'] });
    await other.as('alice').says('/cohort create "Second one"');
    await other.as('bob').says('/join');
    const dm = world.dm('bob');

    await dm.says('/profile set topics maps');
    dm.expectBotSaid('Saved your topics for Profiles, Second one.');
    await dm.says('/profile set capacity 3 --cohort "Second one"');
    dm.expectBotSaid('Saved your mentoring capacity for Second one.');
    expect(await membershipOf(world, group, 'bob')).toMatchObject({ topics: ['maps'], mentoringCapacity: 0 });
    expect(await membershipOf(world, other, 'bob')).toMatchObject({ topics: ['maps'], mentoringCapacity: 3 });

    await dm.says('/profile');
    const both = dm.expectBotSaid(/Bob in Profiles/);
    expect(both).toContain('Bob in Second one');
    await dm.says('/profile --cohort profiles');
    expect(dm.expectBotSaid(/Bob in Profiles/)).not.toContain('Second one');

    await dm.says('/profile set capacity 5 --cohort Nowhere');
    dm.expectBotSaid('You are not in a cohort called “Nowhere”. Your cohorts: Profiles, Second one.');
    await dm.says('/profile set capacity 5 --cohort');
    dm.expectBotSaid(/The option --cohort needs a value/);
    expect((await membershipOf(world, group, 'bob'))?.mentoringCapacity).toBe(0);
  });

  it('tells people without a cohort how to get one', async () => {
    await group.as('carol').says('/profile set region Lima');
    group.expectBotSaid('Only members of this cohort can do that. Send /join to join.');
    const dm = world.dm('carol');
    await dm.says('/profile');
    dm.expectBotSaid('You are not in any cohort yet. Join one with /join in its group, or with its join link.');
    await dm.says('/profile set region Lima');
    dm.expectBotSaid('You are not in any cohort yet.');
    // A member who left is not offered the cohort any more.
    await group.as('bob').says('/leave');
    await world.dm('bob').says('/profile');
    world.dm('bob').expectBotSaid('You are not in any cohort yet.');
  });

  it("lets coordinators see someone's profile, in private, and nobody else", async () => {
    await group.as('bob').says('/profile set region Quito');
    await world.dm('bob').says('/profile set about Shy about speaking');
    // Alice never wrote to the bot: the group gets a link that opens the private chat, not the profile.
    await group.as('alice').says('/profile @bob');
    const pointer = group.expectBotSaid(/Alice, this is for your eyes only/);
    expect(pointer).not.toContain('Quito');
    const payload = /start=([\w-]+)/.exec(group.messages().at(-1)!.html)![1]!;
    const dm = world.dm('alice');
    await dm.says(`/start ${payload}`);
    const view = dm.expectBotSaid(/Bob in Profiles — member, active/);
    expect(view).toContain('Region: Quito');
    expect(view).toContain('About: Shy about speaking');
    // Preferences are nobody's business but Bob's.
    expect(view).not.toContain('Matching preferences');
    // The link works once.
    await dm.says(`/start ${payload}`);
    dm.expectBotSaid('This link is no longer valid.');
    // Now that Alice has a private chat with the bot, the view goes there with a pointer in the group.
    await group.as('alice').says('/profile @bob');
    group.expectBotSaid('Alice, I sent it to you in private.');
    expect(group.lastBotMessage()).not.toContain('Quito');
    dm.expectBotSaid(/Region: Quito/);
    // And in private it runs directly (Alice coordinates one cohort).
    await dm.says('/profile @bob');
    dm.expectBotSaid(/About: Shy about speaking/);

    await group.as('carol').says('/join');
    await group.as('carol').says('/profile @bob');
    group.expectBotSaid('Only a coordinator of this cohort can do that.');
    await world.dm('carol').says('/profile @bob');
    world.dm('carol').expectBotSaid('You are in no cohort where you can use /profile.');
    await group.as('alice').says('/profile @nobody');
    group.expectBotSaid(/I don't know @nobody yet/);
  });

  it('refuses bad values with a clear reason and stores nothing', async () => {
    const bob = group.as('bob');
    await bob.says('/profile set capacity 2');
    await bob.says('/profile set wants-mentor yes');
    const before = await membershipOf(world, group, 'bob');

    const cases: Array<[string, string | RegExp]> = [
      ['/profile set capacity lots', 'The mentoring capacity must be a whole number from 0 to 20 (not “lots”).'],
      ['/profile set capacity 21', 'from 0 to 20 (not “21”)'],
      ['/profile set capacity -1', 'from 0 to 20 (not “-1”)'],
      ['/profile set capacity 0x10', 'from 0 to 20 (not “0x10”)'],
      ['/profile set capacity 1.5', 'from 0 to 20 (not “1.5”)'],
      ['/profile set wants-mentor maybe', 'Answer “wants a mentor” with yes or no (not “maybe”).'],
      ['/profile set timezone Atlantis/Capital', '“Atlantis/Capital” is not a timezone I know.'],
      ['/profile set languages english', '“english” is not a language code. Use codes like en, ar, es or pt-BR.'],
      ['/profile set languages en, 12', '“12” is not a language code.'],
      ['/profile set colour blue', '“colour” is not a profile field. Fields: languages, region, topics, timezone'],
      ['/profile set region', /Something is missing here \(value\)\.\nUsage: \/profile set field value/],
      ['/profile set', /Something is missing here \(field\)/],
      ['/profile set topics a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p', 'Too many topics: at most 15.'],
      ['/profile fly', /“fly” is not something this command does/],
    ];
    for (const [command, expected] of cases) {
      await bob.says(command);
      group.expectBotSaid(expected);
    }
    expect(await membershipOf(world, group, 'bob')).toEqual(before);
  });
});
