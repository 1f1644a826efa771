// Every kind of wrong input gets a clear answer, and nothing is stored half-way.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChatHandle, createWorld, readable, type World } from '../helpers/scenario.ts';
import { accountOf, cohortOf, lastButtons, liveCohort, membershipOf } from './lookups.ts';

const HUGE = 'x'.repeat(10_000);

describe('bad input', () => {
  let world: World;
  let group: ChatHandle;
  beforeEach(async () => {
    world = await createWorld();
    group = world.group('Hostile', { admins: ['alice'] });
  });
  afterEach(async () => {
    await world.close();
  });

  describe('command lines', () => {
    it('suggests the closest command, in groups and in private', async () => {
      await group.as('bob').says('/cohrt');
      group.expectBotSaid("I don't know the command /cohrt. Did you mean /cohort?");
      await group.as('bob').says('/hepl');
      group.expectBotSaid('Did you mean /help?');
      await group.as('bob').says('/frobnicate');
      group.expectBotSaid("I don't know the command /frobnicate. Send /help to see what I can do.");
      // In private /cohort does not run, but it is still what the person meant.
      await world.dm('bob').says('/cohrt');
      world.dm('bob').expectBotSaid('Did you mean /cohort?');
    });

    it('answers commands for this bot only', async () => {
      await group.as('bob').says('/help@otherbot');
      group.expectSilence();
      await group.as('bob').says('/help@CohortBot');
      group.expectBotSaid('Commands you can use in this group');
      await group.as('bob').says('just chatting about /help');
      group.expectSilence();
    });

    it('names an unknown subcommand, flag, missing value and unclosed quote, with the usage line', async () => {
      const alice = group.as('alice');
      await alice.says('/cohort crate Lagos');
      group.expectBotSaid(
        '“crate” is not something this command does. Did you mean “create”?\nUsage: /cohort [show|create',
      );
      await alice.says('/cohort create Lagos --colour red');
      group.expectBotSaid('I don\'t know the option --colour.\nUsage: /cohort create "Name"');
      await alice.says('/cohort create Lagos --region');
      group.expectBotSaid('The option --region needs a value, like --region=value.\nUsage: /cohort create');
      await alice.says('/cohort create Lagos --region --timezone UTC');
      group.expectBotSaid('The option --region needs a value');
      await alice.says('/cohort create "Lagos --region Sahel');
      group.expectBotSaid('A quote is not closed: add " at the end of the text.\nUsage: /cohort create');
      await alice.says('/cohort create "Lagos "North" editors"');
      group.expectBotSaid('A " inside quoted text ends it early. Write it as \\"');
      await alice.says('/cohort create Lagos --languages zz,qq');
      group.expectBotSaid(/zz/);
      expect(await cohortOf(world, group)).toBeNull();
      await alice.says('/cohort create «Lagos');
      group.expectBotSaid('A quote is not closed: add » at the end of the text.');
      await alice.says('/cohort create');
      group.expectBotSaid('Something is missing here (name).\nUsage: /cohort create "Name"');
      expect(await cohortOf(world, group)).toBeNull();
    });

    it('does not echo a huge word back', async () => {
      await group.as('alice').says('/cohort create Echo');
      await group.as('alice').says(`/cohort edit ${HUGE}`);
      const said = group.expectBotSaid('I did not expect');
      expect(said.length).toBeLessThan(400);
      await group.as('alice').says(`/cohort edit --${HUGE}`);
      expect(group.expectBotSaid("I don't know the option").length).toBeLessThan(400);
      await group.as('alice').says(`/cohort ${HUGE}`);
      expect(group.expectBotSaid('is not something this command does').length).toBeLessThan(400);
      expect(group.botMessages().every((m) => m.length < 4096)).toBe(true);
    });
  });

  describe('hostile text in names and profiles', () => {
    it('refuses a 10,000-character cohort name or region and stores nothing', async () => {
      await group.as('alice').says(`/cohort create ${HUGE}`);
      group.expectBotSaid('Too long: the cohort name may have at most 80 characters (this has 10,000).');
      await group.as('alice').says(`/cohort create Fine --region ${HUGE}`);
      group.expectBotSaid('Too long: the region may have at most 80 characters (this has 10,000).');
      await group.as('alice').says(`/cohort create Fine --themes "${HUGE}"`);
      group.expectBotSaid('Too long: the themes may have');
      expect(await cohortOf(world, group)).toBeNull();

      await group.as('alice').says('/cohort create Fine');
      const before = await liveCohort(world, group);
      await group.as('alice').says(`/cohort edit --name ${HUGE} --region Sahel`);
      group.expectBotSaid('Too long: the cohort name may have');
      expect(await liveCohort(world, group)).toEqual(before);
    });

    it('refuses 10,000-character profile fields and stores nothing', async () => {
      await group.as('alice').says('/cohort create Fine');
      await group.as('bob').says('/join');
      await world.dm('bob').says('/profile set about Short and sweet');
      const before = await membershipOf(world, group, 'bob');
      const cases: Array<[string, string]> = [
        // The about text is private: not even a huge one is read in the group.
        [`/profile set about ${HUGE}`, '/profile is private, so it works only in a private chat with me.'],
        [`/profile set region ${HUGE}`, 'Too long: the region may have at most 80 characters (this has 10,000).'],
        [`/profile set topics ${HUGE}`, 'Too long: the topics may have at most 40 characters (this has 10,000).'],
        [`/profile set languages ${HUGE}`, 'Too long: the languages may have'],
        [`/profile set timezone ${HUGE}`, 'is not a timezone I know'],
        [`/profile set capacity ${HUGE}`, 'The mentoring capacity must be a whole number from 0 to 20'],
      ];
      for (const [command, expected] of cases) {
        await group.as('bob').says(command);
        const said = group.expectBotSaid(expected);
        expect(said.length).toBeLessThan(400);
      }
      expect(await membershipOf(world, group, 'bob')).toEqual(before);

      const dm = world.dm('bob');
      await dm.says(`/profile set about ${'y'.repeat(501)}`);
      dm.expectBotSaid('Too long: the “about” text may have at most 500 characters (this has 501).');
      await dm.says(`/profile set about ${'y'.repeat(500)}`);
      dm.expectBotSaid('Saved your “about” text for Fine.');
      expect((await membershipOf(world, group, 'bob'))?.about).toHaveLength(500);
    });

    it('stores markup as typed and shows it escaped', async () => {
      await group.as('alice').says('/cohort create "<b>Bold</b> & <i>co</i>" --region "<a href=x>R&D</a>"');
      group.expectBotSaid('Cohort <b>Bold</b> & <i>co</i> created');
      const created = group.messages().at(-1)!.html;
      expect(created).toContain('&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;i&gt;co&lt;/i&gt;');
      expect(created).not.toContain('<i>co</i>');
      expect(await liveCohort(world, group)).toMatchObject({
        name: '<b>Bold</b> & <i>co</i>',
        region: '<a href=x>R&D</a>',
      });

      await group.as('bob').says('/join');
      const dm = world.dm('bob');
      await dm.says('/profile set about I <3 "wikis" & maps');
      await dm.says('/profile');
      dm.expectBotSaid('About: I <3 "wikis" & maps');
      expect(dm.messages().at(-1)!.html).toContain('I &lt;3 &quot;wikis&quot; &amp; maps');
      expect((await membershipOf(world, group, 'bob'))?.about).toBe('I <3 "wikis" & maps');
    });

    it('strips right-to-left overrides and zero-width characters, and refuses invisible names', async () => {
      await group.as('alice').says('/cohort create "Evil\u202Egnp.exe\u200B Club"');
      group.expectBotSaid('Cohort Evilgnp.exe Club created');
      expect((await liveCohort(world, group)).name).toBe('Evilgnp.exe Club');

      await group.as('alice').says('/cohort edit --name "\u200B\u200B\u2060"');
      group.expectBotSaid('The cohort name has no visible characters.');
      await group.as('alice').says('/cohort edit --name "\u202E"');
      group.expectBotSaid('The cohort name has no visible characters.');
      expect((await liveCohort(world, group)).name).toBe('Evilgnp.exe Club');

      await group.as('bob').says('/join');
      await group.as('bob').says('/profile set region "\u202EadnagU"');
      expect((await membershipOf(world, group, 'bob'))?.region).toBe('adnagU');
      await group.as('bob').says('/profile set topics "maps, \u200B, wiki\u200Bdata"');
      group.expectBotSaid('The topics has no visible characters.');
      await group.as('bob').says('/profile set topics "maps, wiki\u200Bdata"');
      expect((await membershipOf(world, group, 'bob'))?.topics).toEqual(['maps', 'wikidata']);
    });

    it('cleans the names platforms report and escapes them', async () => {
      await group.as('alice').says('/cohort create Names');
      world.person('mallory', { displayName: '<b>Mal</b>\u202Elory\u200B' });
      await group.as('mallory').says('/join');
      group.expectBotSaid('Welcome to Names, <b>Mal</b>lory!');
      expect(group.messages().at(-1)!.html).toContain('&lt;b&gt;Mal&lt;/b&gt;lory');
      expect((await accountOf(world, 'mallory'))?.displayName).toBe('<b>Mal</b>lory');

      world.person('ghost', { displayName: '\u200B\u200B', username: 'ghost' });
      await group.as('ghost').says('/join');
      group.expectBotSaid('Welcome to Names, ghost!');

      // A platform name is never refused (nobody typed it here), only shortened.
      world.person('long', { displayName: 'Long'.repeat(2_500) });
      await group.as('long').joins();
      const stored = (await accountOf(world, 'long'))?.displayName ?? '';
      expect([...stored]).toHaveLength(64);
      expect(stored.endsWith('…')).toBe(true);
      expect(await membershipOf(world, group, 'long')).toMatchObject({ status: 'active' });
    });
  });

  describe('buttons', () => {
    it("answers stale, forged and someone else's presses with a toast and changes nothing", async () => {
      await group.as('alice').says('/cohort create Buttons');
      await group.as('bob').says('/join');
      await group.as('alice').says('/cohort archive');
      const [yes] = lastButtons(group);

      expect(await group.as('bob').presses(/Yes, archive/)).toBe('This button is for someone else.');
      expect(await group.as('bob').pressData('AAAAAAAAAAAA:yes')).toBe('This button is no longer valid.');
      expect(await group.as('alice').pressData('')).toBe('This button is no longer valid.');
      // A real token with a made-up choice is no answer to the question.
      expect(await group.as('alice').pressData(`${yes!.data.split(':')[0]}:${'z'.repeat(500)}`)).toBe(
        'This button is no longer valid.',
      );
      expect((await liveCohort(world, group)).status).toBe('active');

      // A forged press from someone unknown does not make them known.
      expect(await group.as('stranger').pressData('nope')).toBe('This button is no longer valid.');
      expect(await accountOf(world, 'stranger')).toBeNull();
      expect(await membershipOf(world, group, 'bob')).toMatchObject({ status: 'active' });
    });

    it("answers a refused press in the cohort's language to someone whose app gives none", async () => {
      await group.as('alice').says('/cohort create Botones --language es');
      await group.as('bob').says('/join');
      expect(await group.as('bob').pressData('AAAAAAAAAAAA:yes')).toBe('Este botón ya no es válido.');
      // Not recorded yet and no hint (a Matrix user): still the cohort's language.
      expect(await group.as('nobody').pressData('nope')).toBe('Este botón ya no es válido.');
      // Someone whose app says French is answered in French.
      world.person('frida', { languageHint: 'fr' });
      expect(await group.as('frida').pressData('nope')).toMatch(/bouton/i);
    });

    it('does not let a demoted coordinator finish an archive', async () => {
      await group.as('alice').says('/cohort create Demoted');
      await group.as('bob').says('/join');
      await group.as('alice').says('/role @bob coordinator');
      await group.as('bob').says('/cohort archive');
      await group.as('alice').says('/role @bob member');
      expect(readable((await group.as('bob').presses(/Yes, archive/)) ?? '')).toBe(
        'Only a coordinator of this cohort can do that.',
      );
      expect((await liveCohort(world, group)).status).toBe('active');
    });
  });

  describe('wrong chat', () => {
    it('answers group-only commands in private', async () => {
      const dm = world.dm('alice');
      for (const command of ['/cohort', '/cohort create Mine', '/members', '/role @bob mentor', '/leave']) {
        await dm.says(command);
        dm.expectBotSaid(`${command.split(' ')[0]} works in a group chat, where the cohort is.`);
      }
      await dm.says('/join');
      dm.expectBotSaid('To join a cohort, send /join in its group, or open its join link.');
    });
  });

  describe('duplicate events', () => {
    it('handles an event the platform delivers twice only once', async () => {
      await group.as('alice').says('/cohort create Dupes');
      const event = {
        kind: 'message' as const,
        id: 'update-4242',
        messageId: 'm-4242',
        chat: group.chat,
        sender: world.person('bob'),
        text: '/join',
      };
      group.markRead();
      await world.adapter.push(event);
      await world.adapter.push({ ...event });
      expect(group.botMessages().filter((m) => m.includes('Welcome to Dupes, Bob!'))).toHaveLength(1);
      expect(group.botMessages().filter((m) => m.includes('already a member'))).toHaveLength(0);

      // The same id from a platform join event is a duplicate too, even at the same time.
      const join = {
        kind: 'member' as const,
        id: 'update-4243',
        chat: group.chat,
        sender: world.person('carol'),
        member: world.person('carol'),
        change: 'joined' as const,
      };
      await Promise.all([world.adapter.push(join), world.adapter.push({ ...join })]);
      await world.local.outbox.settled();
      expect(group.botMessages().filter((m) => m.includes('Welcome to Dupes, Carol!'))).toHaveLength(1);
      expect(await membershipOf(world, group, 'carol')).toMatchObject({ status: 'active' });

      // A button press delivered twice is answered once (and not as a stale second press).
      const dm = world.dm('bob');
      await dm.says('/forgetme');
      const cancel = lastButtons(dm).find((b) => b.label === 'Cancel')!;
      const press = {
        kind: 'action' as const,
        id: 'update-4244',
        chat: dm.chat,
        sender: world.person('bob'),
        data: cancel.data,
        ackId: 'ack-4244',
      };
      dm.markRead();
      await world.adapter.push(press);
      await world.adapter.push({ ...press });
      expect(world.adapter.acks.filter((a) => a.ackId === 'ack-4244').map((a) => a.text)).toEqual([
        'Cancelled. Nothing was changed.',
      ]);
      expect(dm.botMessages().filter((m) => m.startsWith('Cancelled'))).toHaveLength(1);
    });
  });
});
