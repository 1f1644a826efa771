// Roles on the fake platform (docs/privacy.md, "Roles: platform and granted"):
// a coordinator is an admin of the chat right now, or someone granted the role
// with /role. The creator of a cohort is no exception.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../helpers/scenario.ts';
import { liveCohort, membershipOf } from './lookups.ts';

const START = new Date('2026-01-05T09:00:00Z');
const REFUSED = 'Only a coordinator of this cohort can do that.';

describe('roles: platform admins and granted coordinators', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld({ start: START });
  });
  afterEach(async () => {
    await world.close();
  });

  /** The admins of a group on the platform, as the platform would change them. */
  const setAdmins = (chatId: string, handles: string[]) =>
    world.adapter.setAdmins(
      chatId,
      handles.map((h) => world.person(h).userId),
    );

  it('a creator who is demoted on the platform loses the coordinator commands at the next one', async () => {
    const group = world.group('Demoted creator', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Lagos');
    await group.as('alice').says('/checkin schedule weekly mon 18:00');
    await group.as('bob').says('/join');
    await group.as('alice').says('/members');
    expect(group.expectBotSaid(/Lagos: 2 members/)).toContain('Alice (@alice) — coordinator (chat admin), active');

    setAdmins(group.chat.chatId, []);
    for (const command of ['/members', '/checkin now', '/cohort edit --region Accra', '/role @bob coordinator']) {
      await group.as('alice').says(command);
      group.expectBotSaid(REFUSED);
    }
    expect(await liveCohort(world, group)).toMatchObject({ region: null });
    expect(await membershipOf(world, group, 'bob')).toMatchObject({ role: 'member' });
    // She is still a member of the cohort she made.
    await group.as('alice').says('/leave');
    group.expectBotSaid(/You left Lagos/);

    // Made an admin again: a coordinator again, at once.
    setAdmins(group.chat.chatId, ['alice']);
    await group.as('alice').says('/cohort edit --region Accra');
    group.expectBotSaid(/Accra/);
  });

  it('someone granted the role with /role keeps it after losing their admin rights, until /role takes it back', async () => {
    const group = world.group('Granted', { admins: ['alice', 'bob'] });
    await group.as('alice').says('/cohort create Granted');
    await group.as('bob').says('/join');
    await group.as('carol').says('/join');
    await group.as('alice').says('/role @bob coordinator');
    group.expectBotSaid(
      'Bob is now a coordinator.\nBob is also an admin of this chat. The granted role keeps them a coordinator if they stop being one; /role @user member takes it back.',
    );
    await group.as('alice').says('/members');
    const both = group.expectBotSaid(/Granted: 3 members/);
    expect(both).toContain('Bob (@bob) — coordinator (chat admin, also granted with /role), active');
    expect(both).toContain('Carol (@carol) — member, active');
    expect(both).toContain('Chat admins are coordinators for as long as they are admins.');

    // Bob is no longer an admin on the platform; his granted role stands.
    setAdmins(group.chat.chatId, ['alice']);
    await group.as('bob').says('/members');
    expect(group.expectBotSaid(/Granted: 3 members/)).toContain(
      'Bob (@bob) — coordinator (granted with /role), active',
    );
    await group.as('bob').says('/cohort pause');
    group.expectBotSaid('Granted is paused.');

    // Taken back: Bob is a member like any other.
    await group.as('alice').says('/role @bob member');
    group.expectBotSaid('Bob is now a member.');
    await group.as('bob').says('/cohort resume');
    group.expectBotSaid(REFUSED);
    const audit = await world.store.audit.list({ cohortId: (await liveCohort(world, group)).id });
    expect(audit.filter((a) => a.action === 'member.role').map((a) => a.details)).toEqual([
      expect.objectContaining({ from: 'coordinator', to: 'member' }),
      expect.objectContaining({ from: 'member', to: 'coordinator' }),
    ]);
  });

  it('says that a chat admin stays a coordinator while they are one, whatever role /role gives them', async () => {
    const group = world.group('Admin note', { admins: ['alice', 'zoe'] });
    await group.as('alice').says('/cohort create Notes');
    await group.as('zoe').says('/join');
    await group.as('alice').says('/role @zoe mentor');
    group.expectBotSaid(
      'Zoe is now a mentor.\nZoe is an admin of this chat and stays a coordinator here for as long as they are one.',
    );
    await group.as('alice').says('/members');
    expect(group.expectBotSaid(/Notes: 2 members/)).toContain('Zoe (@zoe) — coordinator (chat admin), active');
    // No longer an admin: the mentor role she was given is what she has.
    setAdmins(group.chat.chatId, ['alice']);
    await group.as('alice').says('/members');
    expect(group.expectBotSaid(/Notes: 2 members/)).toContain('Zoe (@zoe) — mentor, active');
    await group.as('zoe').says('/cohort pause');
    group.expectBotSaid(REFUSED);
  });

  it("a forum topic's cohort made by a granted coordinator of the chat's cohort keeps that grant", async () => {
    const whole = world.group('Forum', { admins: ['alice'] });
    await whole.as('alice').says('/cohort create Forum');
    await whole.as('bob').says('/join');
    await whole.as('alice').says('/role @bob coordinator');
    const topic = world.group('Forum', { threadId: '77' });
    await topic.as('bob').says('/cohort create Mentors');
    topic.expectBotSaid(/Cohort Mentors created/);
    expect(await membershipOf(world, topic, 'bob')).toMatchObject({ role: 'coordinator' });
    const audit = await world.store.audit.list({ cohortId: (await liveCohort(world, topic)).id });
    expect(audit[0]).toMatchObject({
      action: 'cohort.create',
      details: expect.objectContaining({ creatorRole: 'coordinator' }),
    });
    await topic.as('bob').says('/cohort pause');
    topic.expectBotSaid('Mentors is paused.');
  });

  it('an admin creator reads reflections meant for coordinators only while an admin', async () => {
    const group = world.group('Reflections', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Reflections');
    await group.as('bob').says('/join');
    await world.dm('bob').says('/reflect for-the-coordinators --visibility coordinators');
    const read = async () => {
      await world.dm('alice').says('/reflections shared');
      return world.dm('alice').lastBotMessage();
    };
    expect(await read()).toContain('for-the-coordinators');
    setAdmins(group.chat.chatId, []);
    expect(await read()).not.toContain('for-the-coordinators');
  });

  it('coordinator digests go by DM to the admins and granted coordinators of the moment', async () => {
    const group = world.group('Digest', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Digest --timezone Europe/Berlin');
    for (const handle of ['bob', 'carol']) await group.as(handle).says('/join');
    for (const handle of ['alice', 'bob', 'carol']) await world.dm(handle).says('/language en');
    await group.as('alice').says('/role @bob coordinator');
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 2h --digest coordinators');
    await world.advance('8h');
    const prompt = [...group.messages()].reverse().find((m) => m.html.includes('Check-in time'))!;
    await world.adapter.push({
      kind: 'message',
      id: world.nextEventId(),
      messageId: world.nextEventId(),
      chat: group.chat,
      sender: { ...world.person('carol') },
      text: 'Wrote two articles',
      replyToMessageId: prompt.messageId,
    });
    // Alice stops being an admin before the digest.
    setAdmins(group.chat.chatId, []);
    const [alice, bob, carol] = ['alice', 'bob', 'carol'].map((handle) => world.dm(handle));
    for (const dm of [alice!, bob!, carol!]) dm.markRead();
    await world.advance('2h');
    group.expectBotSaid(/Check-in digest, Digest/);
    expect(bob!.expectBotSaid(/Check-in digest, Digest/)).toContain('Wrote two articles');
    alice!.expectSilence();
    carol!.expectSilence();
  });
});
