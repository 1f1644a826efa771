import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorld, readable, type World } from '../helpers/scenario.ts';
import { accountOf, lastButtons, liveCohort, membershipOf } from './lookups.ts';

describe('account: /start, /language, /timezone, /mydata, /forgetme', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(async () => {
    await world.close();
  });

  /** A locale other than English, when a translation is there. */
  function otherLocale(): string | undefined {
    return world.local.services.i18n.locales.find((locale) => locale !== 'en');
  }

  function inLocale(locale: string, id: string, args?: Record<string, string>): string {
    return readable(world.local.services.i18n.t(locale, id, args));
  }

  it('greets on /start', async () => {
    const dm = world.dm('bob');
    await dm.says('/start');
    dm.expectBotSaid('Hello Bob! I run peer-learning cohorts');
    await dm.says('hello there');
    dm.expectBotSaid('I answer commands. Send /help to see them.');
  });

  it('offers languages as buttons and stores the choice', async () => {
    const dm = world.dm('bob');
    await dm.says('/language');
    dm.expectBotSaid('I write to you in English. Choose another:');
    const labels = lastButtons(dm).map((b) => readable(b.label));
    expect(labels).toContain('English');
    expect(labels).toHaveLength(world.local.services.i18n.locales.length);

    await dm.presses('English');
    dm.expectBotSaid('From now on I write to you in English.');
    expect((await accountOf(world, 'bob'))?.locale).toBe('en');
    // Choosing again is harmless: the buttons stay usable until they expire.
    await dm.presses('English');
    dm.expectBotSaid('From now on I write to you in English.');
    await world.advance('16m');
    expect(await dm.presses('English')).toBe('This button is no longer valid.');
  });

  it('writes to a person in their chosen language in private, and keeps the cohort language in the group', async () => {
    const locale = otherLocale();
    const group = world.group('Languages', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Languages --language en');
    await group.as('bob').says('/join');
    const dm = world.dm('bob');
    if (!locale) {
      await dm.says('/language en');
      dm.expectBotSaid('From now on I write to you in English.');
      expect((await accountOf(world, 'bob'))?.locale).toBe('en');
      return;
    }
    await dm.says('/language');
    await dm.presses(inLocale(locale, 'language-name'));
    dm.expectBotSaid(inLocale(locale, 'language-set', { language: inLocale(locale, 'language-name') }));
    expect((await accountOf(world, 'bob'))?.locale).toBe(locale);
    await dm.says('/mydata');
    dm.expectBotSaid(inLocale(locale, 'mydata-title'));

    // The group still reads the cohort's language.
    await group.as('bob').says('/profile');
    group.expectBotSaid('Bob in Languages — member, active');
    await group.as('bob').says(`/language ${locale}`);
    group.expectBotSaid("In this group I keep speaking the cohort's language.");
  });

  it('keeps a private chat in its language when the person joins a cohort of another language', async () => {
    const english = world.group('First', { admins: ['alice'] });
    await english.as('alice').says('/cohort create First --language en');
    const spanish = world.group('Segundo', { admins: ['alice'] });
    await spanish.as('alice').says('/cohort create Segundo --language es');
    // Bob's app tells no language: his first cohort's language is his private one.
    await english.as('bob').says('/join');
    await spanish.as('bob').says('/join');
    spanish.expectBotSaid('¡Bob, te damos la bienvenida a Segundo!');
    await world.dm('bob').says('/help');
    world.dm('bob').expectBotSaid('Commands you can use here');
    // Leaving the first cohort does not switch it either; only /language does.
    await english.as('bob').says('/leave');
    await world.dm('bob').says('/help');
    world.dm('bob').expectBotSaid('Commands you can use here');
    await world.dm('bob').says('/language es');
    await world.dm('bob').says('/help');
    world.dm('bob').expectBotSaid('Comandos que puedes usar aquí');
  });

  it("speaks a cohort's language in its group, and in private to members who chose none", async () => {
    const locale = otherLocale();
    if (!locale) return;
    const group = world.group('Localized', { admins: ['alice'] });
    await group.as('alice').says(`/cohort create Localized --language ${locale}`);
    group.expectBotSaid(inLocale(locale, 'cohort-created', { name: 'Localized' }).split('\n')[0]!);
    await group.as('bob').says('/join');
    group.expectBotSaid(inLocale(locale, 'join-welcome', { name: 'Localized', person: 'Bob' }));
    // Bob's app tells no language: his cohort's language is the best guess.
    await world.dm('bob').says('/help');
    world.dm('bob').expectBotSaid(inLocale(locale, 'help-title-private'));
    await world.dm('bob').says('/language');
    world
      .dm('bob')
      .expectBotSaid(inLocale(locale, 'language-current', { language: inLocale(locale, 'language-name') }));
    // So is a join link's: the welcome comes in the cohort's language.
    const { joinCode } = await liveCohort(world, group);
    await world.dm('dave').says(`/start ${joinCode}`);
    world
      .dm('dave')
      .expectBotSaid(inLocale(locale, 'start-joined', { name: 'Localized' }).split('\n')[0]!.slice(0, 20));
    // Carol's app says English: that wins over the cohort.
    world.person('carol', { languageHint: 'en' });
    await group.as('carol').says('/join');
    await world.dm('carol').says('/help');
    world.dm('carol').expectBotSaid('Commands you can use here');
    // Bob chooses English: private answers follow, the group keeps its language.
    await world.dm('bob').says('/language en');
    await world.dm('bob').says('/help');
    world.dm('bob').expectBotSaid('Commands you can use here');
    await group.as('bob').says('/cohort pause');
    group.expectBotSaid(
      inLocale(locale, 'error-needs-role', { role: inLocale(locale, 'role-name', { role: 'coordinator' }) }),
    );
  });

  it("follows the platform's language hint until the person chooses", async () => {
    const locale = otherLocale();
    world.person('bob', { languageHint: locale ?? 'en-GB' });
    const dm = world.dm('bob');
    await dm.says('/help');
    dm.expectBotSaid(inLocale(locale ?? 'en', 'help-title-private'));
    expect(await accountOf(world, 'bob')).toMatchObject({ locale: null, localeHint: locale ?? 'en-GB' });
    await dm.says('/language en');
    dm.expectBotSaid('From now on I write to you in English.');
    await dm.says('/help');
    dm.expectBotSaid('Commands you can use here');
  });

  it('refuses languages it does not have and codes that are not languages', async () => {
    const dm = world.dm('bob');
    await dm.says('/language tlh');
    dm.expectBotSaid(/I don't speak “tlh” yet. I speak: .*en/);
    await dm.says('/language klingon');
    dm.expectBotSaid('“klingon” is not a language code.');
    await dm.says('/language en fr');
    dm.expectBotSaid('I did not expect “fr” here.');
    expect((await accountOf(world, 'bob'))?.locale).toBeNull();
  });

  it('shows and sets the timezone', async () => {
    const dm = world.dm('bob');
    await dm.says('/timezone');
    dm.expectBotSaid(/Your timezone: UTC \(now .+\)/);
    await dm.says('/timezone asia/tokyo');
    dm.expectBotSaid(/Your timezone is now Asia\/Tokyo/);
    expect((await accountOf(world, 'bob'))?.timezone).toBe('Asia/Tokyo');
    await dm.says('/timezone Moon/Base');
    dm.expectBotSaid('“Moon/Base” is not a timezone I know.');
    await dm.says('/timezone Europe/Berlin please');
    dm.expectBotSaid('I did not expect “please” here.');
    expect((await accountOf(world, 'bob'))?.timezone).toBe('Asia/Tokyo');
  });

  it('shows what it keeps to someone in no cohort', async () => {
    world.person('bob', { languageHint: 'de-DE' });
    const dm = world.dm('bob');
    await dm.says('/timezone Europe/Lisbon');
    await dm.says('/mydata');
    const data = dm.expectBotSaid(/What I keep about you/);
    expect(data).toContain('Language: — (your app says: German (Germany)), timezone: Europe/Lisbon');
    expect(data).toContain('You are in no cohort.');
    expect(data).toContain('You have made no coordinator changes.');
    expect(data).toContain('I keep no chat messages, only what you answer to check-ins and reflections');
  });

  it('counts coordinator changes in /mydata', async () => {
    const group = world.group('Audit', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Audit');
    await group.as('alice').says('/cohort pause');
    await world.dm('alice').says('/mydata');
    world.dm('alice').expectBotSaid('2 coordinator changes are logged under your name.');
  });

  it('keeps private commands private: out of the group, with a link to go on in private', async () => {
    const group = world.group('Wrong place', { admins: ['alice'] });
    for (const command of ['/mydata', '/forgetme', '/start']) {
      await group.as('bob').says(command);
      const said = group.expectBotSaid(`${command} is private, so it works only in a private chat with me.`);
      expect(said).toContain('I removed your message from the group.');
      expect(said).toContain('Continue in a private chat with me');
      const name = command.slice(1);
      expect(group.messages().at(-1)!.html).toContain(`<a href="https://fake.chat/cohortbot?start=p-${name}">`);
    }
    expect(world.adapter.deletions).toHaveLength(3);
    // The link opens the private chat and says how to go on there.
    await world.dm('bob').says('/start p-mydata');
    world.dm('bob').expectBotSaid('Here it stays between us: /mydata');
    expect(await accountOf(world, 'bob')).toMatchObject({ locale: null });
  });

  it('deletes data only after a confirmation, and only for the person who asked', async () => {
    const group = world.group('Forget', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Forget');
    await group.as('bob').says('/join');
    await group.as('carol').says('/join');
    const bob = world.dm('bob');

    await bob.says('/forgetme');
    bob.expectBotSaid(/your membership in one cohort/);
    expect(lastButtons(bob).map((b) => b.label)).toEqual(['Yes, delete my data', 'Cancel']);
    const [yes] = lastButtons(bob);

    // Too late: the question expires.
    await world.advance('11m');
    expect(await bob.presses(/Yes, delete/)).toBe('This button is no longer valid.');
    expect(await accountOf(world, 'bob')).not.toBeNull();

    // Someone else's button, pressed in the wrong chat, does nothing.
    await bob.says('/forgetme');
    const fresh = lastButtons(bob)[0]!;
    expect(fresh.data).not.toBe(yes!.data);
    expect(await group.as('carol').pressData(fresh.data)).toBe('This button is no longer valid.');
    expect(await world.dm('carol').as('carol').pressData(fresh.data)).toBe('This button is no longer valid.');
    expect(await bob.as('bob').pressData('forged-token:yes')).toBe('This button is no longer valid.');
    expect(await accountOf(world, 'bob')).not.toBeNull();
    expect(await accountOf(world, 'carol')).not.toBeNull();

    await bob.presses(/Yes, delete/);
    bob.expectBotSaid('Done: I deleted everything I kept about you.');
    expect(await accountOf(world, 'bob')).toBeNull();
    expect(await membershipOf(world, group, 'carol')).toMatchObject({ status: 'active' });

    // Writing again starts from nothing.
    await bob.says('/mydata');
    bob.expectBotSaid('You are in no cohort.');
  });
});
