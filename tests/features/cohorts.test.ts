import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../helpers/scenario.ts';
import { accountOf, cohortOf, lastButtons, liveCohort, membershipOf } from './lookups.ts';

describe('cohorts', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(async () => {
    await world.close();
  });

  it('lets a group admin create a cohort and shows it to everyone', async () => {
    const group = world.group('Lagos editors', { admins: ['alice'] });
    await group
      .as('alice')
      .says('/cohort create "Lagos Editors" --languages en,yo --region "West Africa" --timezone africa/lagos');
    const created = group.expectBotSaid(/Cohort Lagos Editors created/);
    expect(created).toContain('Timezone: Africa/Lagos');
    expect(created).toContain('Languages: English and Yoruba');
    expect(created).toMatch(/Join link: https:\/\/fake\.chat\/cohortbot\?start=[A-Za-z0-9]{10}/);
    await group.as('bob').says('/cohort');
    group.expectBotSaid(/Region: West Africa/);

    const cohort = await liveCohort(world, group);
    expect(cohort).toMatchObject({
      name: 'Lagos Editors',
      languages: ['en', 'yo'],
      region: 'West Africa',
      themes: [],
      timezone: 'Africa/Lagos',
      locale: 'en',
      status: 'active',
    });
    // The creator joins; they coordinate as an admin of the chat, so no role is stored
    // (docs/privacy.md, "Roles"). The creation is audited.
    expect(await membershipOf(world, group, 'alice')).toMatchObject({ role: 'member', status: 'active' });
    const audit = await world.store.audit.list({ cohortId: cohort.id });
    expect(audit.map((a) => a.action)).toEqual(['cohort.create']);
    expect(audit[0]!.actorAccountId).toBe((await accountOf(world, 'alice'))!.id);
  });

  it('takes the name from words or from --name, with quotes after "="', async () => {
    const group = world.group('Quotes', { admins: ['alice'] });
    await group.as('alice').says('/cohort create --name="Río de la Plata" --themes="open data, maps"');
    group.expectBotSaid(/Cohort Río de la Plata created/);
    expect(await liveCohort(world, group)).toMatchObject({ name: 'Río de la Plata', themes: ['open data', 'maps'] });
  });

  it('asks for a name, with the usage line, and stores nothing', async () => {
    const group = world.group('No name', { admins: ['alice'] });
    await group.as('alice').says('/cohort create --region Andes');
    const said = group.expectBotSaid(/missing/);
    expect(said).toContain('Usage: /cohort create "Name"');
    expect(await cohortOf(world, group)).toBeNull();
  });

  it('edits each part of the context and says what changed', async () => {
    const group = world.group('Edits', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Editors');
    await group.as('alice').says('/cohort edit --name "Sahel Editors"');
    group.expectBotSaid(/Changed: name/);
    await group.as('alice').says('/cohort edit --languages "fr, ha, FR" --region Sahel');
    group.expectBotSaid(/Changed: languages, region/);
    await group.as('alice').says('/cohort edit --themes "gender gap, photos" --timezone africa/niamey');
    group.expectBotSaid(/Changed: themes, timezone/);
    await group.as('alice').says('/cohort edit --language en');
    // The option people typed, not an internal field name.
    group.expectBotSaid(/Changed: language\b/);
    expect(await liveCohort(world, group)).toMatchObject({
      name: 'Sahel Editors',
      languages: ['fr', 'ha'],
      region: 'Sahel',
      themes: ['gender gap', 'photos'],
      timezone: 'Africa/Niamey',
      locale: 'en',
    });

    await group.as('alice').says('/cohort edit --region ""');
    group.expectBotSaid(/Region: —/);
    expect((await liveCohort(world, group)).region).toBeNull();

    const audit = await world.store.audit.list({ cohortId: (await liveCohort(world, group)).id });
    expect(audit.filter((a) => a.action === 'cohort.edit')).toHaveLength(5);
  });

  it('refuses an edit without options, with stray words, or with a bad value, and changes nothing', async () => {
    const group = world.group('Strict', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Strict --timezone UTC');
    const before = await liveCohort(world, group);

    await group.as('alice').says('/cohort edit');
    expect(group.expectBotSaid(/Tell me what to change/)).toContain('Usage: /cohort edit');
    await group.as('alice').says('/cohort edit Renamed');
    group.expectBotSaid(/I did not expect “Renamed” here/);
    await group.as('alice').says('/cohort edit --name Fine --timezone Mars/Olympus');
    group.expectBotSaid(/“Mars\/Olympus” is not a timezone I know/);
    await group.as('alice').says('/cohort edit --language tlh');
    group.expectBotSaid(/I don't speak “tlh” yet. I speak: .*en/);

    expect(await liveCohort(world, group)).toEqual(before);
  });

  it('pauses, refuses to pause twice, resumes, refuses to resume twice', async () => {
    const group = world.group('Rhythm', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Rhythm');
    await group.as('alice').says('/cohort pause');
    group.expectBotSaid('Rhythm is paused. Nothing is scheduled until /cohort resume.');
    expect((await liveCohort(world, group)).status).toBe('paused');
    await group.as('alice').says('/cohort pause');
    group.expectBotSaid('The cohort is already paused.');
    await group.as('bob').says('/cohort');
    group.expectBotSaid('Status: paused');

    await group.as('alice').says('/cohort resume');
    group.expectBotSaid('Rhythm is active again.');
    expect((await liveCohort(world, group)).status).toBe('active');
    await group.as('alice').says('/cohort resume');
    group.expectBotSaid('The cohort is not paused.');
  });

  it('ends a pause with --until by itself and tells the group once', async () => {
    const group = world.group('Break', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Break');
    await group.as('alice').says('/cohort pause --until 2w');
    group.expectBotSaid(/Break is paused until /);
    expect((await liveCohort(world, group)).pausedUntil).not.toBeNull();

    group.markRead();
    await world.advance('13d');
    group.expectSilence();
    expect((await liveCohort(world, group)).status).toBe('paused');

    await world.advance('2d');
    expect(group.botMessages().filter((m) => m.includes('The pause is over: Break is active again.'))).toHaveLength(1);
    expect(await liveCohort(world, group)).toMatchObject({ status: 'active', pausedUntil: null });

    await world.advance('30d');
    expect(group.botMessages().filter((m) => m.includes('active again'))).toHaveLength(1);
  });

  it('pauses until midnight of a date in the cohort timezone', async () => {
    await world.close();
    world = await createWorld({ start: new Date('2026-03-01T09:00:00Z') });
    const group = world.group('Dated', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Dated --timezone Africa/Lagos');
    await group.as('alice').says('/cohort pause --until 2026-03-10');
    group.expectBotSaid('Dated is paused until Mar 10, 2026, 12:00 AM.');
    // Midnight in Lagos (UTC+1) is 23:00 UTC the day before.
    expect((await liveCohort(world, group)).pausedUntil?.toISOString()).toBe('2026-03-09T23:00:00.000Z');
    group.markRead();
    await world.advance('8d');
    group.expectSilence();
    await world.advance('14h');
    group.expectBotSaid('The pause is over: Dated is active again.');
  });

  it('does not announce the end of a pause that someone ended by hand', async () => {
    const group = world.group('Manual', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Manual');
    await group.as('alice').says('/cohort pause --until 3d');
    await group.as('alice').says('/cohort resume');
    group.markRead();
    await world.advance('4d');
    group.expectSilence();
    expect((await liveCohort(world, group)).status).toBe('active');
  });

  it('refuses pause dates that are not dates, in the past or too far', async () => {
    const group = world.group('Dates', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Dates');
    await group.as('alice').says('/cohort pause --until soon');
    group.expectBotSaid(/“soon” is not a date or a duration/);
    await group.as('alice').says('/cohort pause --until 2001-01-01');
    group.expectBotSaid(/2001-01-01 is already past/);
    await group.as('alice').says('/cohort pause --until 60w');
    group.expectBotSaid(/more than a year away/);
    await group.as('alice').says('/cohort pause --until');
    group.expectBotSaid(/The option --until needs a value/);
    // The option forgotten: not a pause without an end.
    await group.as('alice').says('/cohort pause 2w');
    group.expectBotSaid('I did not expect “2w” here.\nUsage: /cohort pause [--until 2026-12-24|2w]');
    expect((await liveCohort(world, group)).status).toBe('active');
    expect(world.local.scheduler.pending()).toEqual([]);
  });

  it('archives only after a confirmation; Cancel keeps the cohort', async () => {
    const group = world.group('Ending', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Ending');
    await group.as('bob').says('/join');

    await group.as('alice').says('/cohort archive');
    group.expectBotSaid(/Archive Ending\?/);
    expect(lastButtons(group).map((b) => b.label)).toEqual(['Yes, archive it', 'Cancel']);
    expect(await group.as('alice').presses('Cancel')).toBe('Cancelled. Nothing was changed.');
    expect((await liveCohort(world, group)).status).toBe('active');
    // The question is answered: its other button does nothing now.
    expect(await group.as('alice').presses(/Yes, archive/)).toBe('This button is no longer valid.');
    expect((await liveCohort(world, group)).status).toBe('active');

    await group.as('alice').says('/cohort archive');
    await group.as('alice').presses(/Yes, archive/);
    group.expectBotSaid('Ending is archived.');
    expect(await cohortOf(world, group)).toBeNull();
    expect(await group.as('alice').presses(/Yes, archive/)).toBe('This button is no longer valid.');

    await group.as('bob').says('/cohort');
    group.expectBotSaid(/There is no cohort in this chat yet/);
    await group.as('bob').says('/join');
    group.expectBotSaid(/There is no cohort in this chat yet/);

    // The slot is free again.
    await group.as('alice').says('/cohort create "Second round"');
    group.expectBotSaid(/Cohort Second round created/);
    expect((await liveCohort(world, group)).name).toBe('Second round');
  });

  it('keeps one live cohort per chat, but a forum topic can have its own', async () => {
    const group = world.group('Forum', { admins: ['alice'], chatId: 'g-forum' });
    const topic = world.group('Forum', { admins: ['alice'], chatId: 'g-forum', threadId: '42' });
    await group.as('alice').says('/cohort create Main');
    await group.as('alice').says('/cohort create Other');
    group.expectBotSaid('This chat already has a cohort: Main. Archive it first to start another.');

    await topic.as('alice').says('/cohort create "Topic cohort"');
    topic.expectBotSaid(/Cohort Topic cohort created/);
    expect((await liveCohort(world, group)).name).toBe('Main');
    expect((await liveCohort(world, topic)).name).toBe('Topic cohort');

    await topic.as('bob').says('/join');
    topic.expectBotSaid('Welcome to Topic cohort, Bob!');
    expect(await membershipOf(world, topic, 'bob')).toMatchObject({ status: 'active' });
    expect(await membershipOf(world, group, 'bob')).toBeNull();

    // A topic without a cohort of its own belongs to the whole chat's.
    const otherTopic = world.group('Forum', { admins: ['alice'], chatId: 'g-forum', threadId: '7' });
    await otherTopic.as('carol').says('/cohort');
    otherTopic.expectBotSaid(/^Main\nStatus: active/);
    await otherTopic.as('carol').says('/join');
    otherTopic.expectBotSaid('Welcome to Main, Carol!');
    expect(await membershipOf(world, group, 'carol')).toMatchObject({ status: 'active' });
  });

  it('refuses coordinator work to people who are not coordinators, and stores nothing', async () => {
    const group = world.group('Guarded', { admins: ['alice'] });
    await group.as('bob').says('/cohort create Mine');
    // What is missing is the right to create one, not a cohort.
    group.expectBotSaid('Only an admin of this chat (or a coordinator of its cohort) can create a cohort here.');
    expect(await cohortOf(world, group)).toBeNull();

    await group.as('alice').says('/cohort create Guarded');
    await group.as('bob').says('/join');
    for (const command of ['/cohort edit --name Hijacked', '/cohort pause', '/cohort archive']) {
      await group.as('bob').says(command);
      group.expectBotSaid('Only a coordinator of this cohort can do that.');
    }
    await group.as('bob').says('/cohort create Two');
    group.expectBotSaid('Only an admin of this chat (or a coordinator of its cohort) can create a cohort here.');
    await group.as('alice').says('/cohort pause');
    await group.as('bob').says('/cohort resume');
    group.expectBotSaid('Only a coordinator of this cohort can do that.');
    expect(await liveCohort(world, group)).toMatchObject({ name: 'Guarded', status: 'paused' });
    // Someone who never joined is told the same: joining would not help.
    await group.as('carol').says('/cohort edit --name Nope');
    group.expectBotSaid('Only a coordinator of this cohort can do that.');
  });

  it('greets a group when the bot is added', async () => {
    const group = world.group('New home', { admins: ['alice'] });
    await world.adapter.push({
      kind: 'member',
      id: world.nextEventId(),
      chat: group.chat,
      sender: world.person('alice'),
      member: { userId: 'bot', displayName: 'Cohort bot' },
      change: 'joined',
      isBot: true,
    });
    group.expectBotSaid(/A group admin can start one with \/cohort create "Name"/);
  });
});
