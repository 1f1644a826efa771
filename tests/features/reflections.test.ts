import { afterEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../helpers/scenario.ts';
import { accountOf, liveCohort, membershipOf } from './lookups.ts';

const START = new Date('2026-01-05T09:00:00Z');

describe('reflections', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('keeps reflections with their visibility, lists mine in private, and shows shared ones in the digest only', async () => {
    world = await createWorld({ start: START });
    const group = world.group('Reflect', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Reflect --timezone Europe/Madrid');
    await group.as('bob').says('/join');
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 2h');

    await world.dm('bob').says('/reflect I struggle with citations');
    world.dm('bob').expectBotSaid('Saved in Reflect. Only you can read it.');
    await world.dm('bob').says('/reflect Pairing on templates helped --visibility cohort');
    world.dm('bob').expectBotSaid(/appears in the next digest/);
    await world.dm('bob').says('/reflect hi --visibility everyone');
    world.dm('bob').expectBotSaid(/“everyone” is not me, mentor, coordinators or cohort/);
    await world.dm('carol').says('/reflect not in any cohort');
    world.dm('carol').expectBotSaid(/You are not in any cohort yet. Join one with \/join/);

    await world.dm('bob').says('/reflections');
    const listed = world.dm('bob').expectBotSaid(/Your reflections/);
    expect(listed).toContain('I struggle with citations');
    expect(listed).toContain('(the cohort): Pairing on templates helped');
    expect(listed).not.toContain('hi');

    await world.advance('1d');
    const digest = group.botMessages().find((m) => m.includes('Check-in digest'))!;
    expect(digest).toContain('Shared reflections');
    expect(digest).toContain('Pairing on templates helped');
    expect(digest).not.toContain('citations');
  });

  it('/reflections shared: coordinators, mentors and members read what they are allowed to, never "only me"', async () => {
    world = await createWorld({ start: START });
    const group = world.group('Shared', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Shared');
    for (const handle of ['bob', 'carol', 'dave']) await group.as(handle).says('/join');
    await group.as('alice').says('/role @carol mentor');
    const cohort = await liveCohort(world, group);
    const bob = (await membershipOf(world, group, 'bob'))!;
    const carol = (await membershipOf(world, group, 'carol'))!;
    await world.store.mentorships.create({
      cohortId: cohort.id,
      mentorMembershipId: carol.id,
      menteeMembershipId: bob.id,
      status: 'accepted',
      score: 1,
      reasons: [],
      askedAt: null,
    });
    for (const [visibility, text] of [
      ['me', 'bob-diary'],
      ['mentor', 'bob-to-mentor'],
      ['coordinators', 'bob-to-coordinators'],
      ['cohort', 'bob-to-everyone'],
    ]) {
      await world.dm('bob').says(`/reflect ${text} --visibility ${visibility}`);
    }
    await world.dm('dave').says('/reflect dave-to-mentor --visibility mentor');

    const read = async (handle: string) => {
      await world.dm(handle).says('/reflections shared');
      return world.dm(handle).lastBotMessage();
    };
    const coordinator = await read('alice');
    expect(coordinator).toContain('Reflections shared with you');
    expect(coordinator).toMatch(/Shared, @bob \(coordinators\): bob-to-coordinators/);
    expect(coordinator).toContain('bob-to-everyone');
    expect(coordinator).not.toMatch(/bob-diary|bob-to-mentor|dave-to-mentor/);

    const mentor = await read('carol');
    expect(mentor).toContain('bob-to-mentor');
    expect(mentor).toContain('bob-to-everyone');
    expect(mentor).not.toMatch(/bob-diary|bob-to-coordinators|dave-to-mentor/);

    const member = await read('dave');
    expect(member).toContain('bob-to-everyone');
    expect(member).not.toMatch(/bob-diary|bob-to-mentor|bob-to-coordinators|dave-to-mentor/);

    expect(await read('bob')).toBe('Nobody has shared a reflection with you in the last 90 days.');
    await world.dm('bob').says('/reflections everything');
    world.dm('bob').expectBotSaid(/I did not expect “everything” here/);
    await group.as('alice').says('/reflections shared');
    expect(group.expectBotSaid(/is private, so it works only in a private chat/)).not.toContain('bob-to-coordinators');
  });

  it('/mydata shows check-in answers and reflections; /forgetme deletes them', async () => {
    world = await createWorld({ start: START });
    const group = world.group('Data', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Data');
    await group.as('bob').says('/join');
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --question "How is it going?"');
    await group.as('alice').says('/checkin now');
    const prompt = [...group.messages()].reverse().find((m) => m.html.includes('Check-in time'))!;
    await world.adapter.push({
      kind: 'message',
      id: world.nextEventId(),
      messageId: world.nextEventId(),
      chat: group.chat,
      sender: { ...world.person('bob') },
      text: 'Slowly but well',
      replyToMessageId: prompt.messageId,
    });
    await world.dm('bob').says('/reflect my notes');
    await world.dm('bob').says('/mydata');
    const data = world.dm('bob').expectBotSaid(/What I keep about you/);
    expect(data).toContain('Your check-in answers (one):');
    expect(data).toContain('Slowly but well');
    expect(data).toContain('(only you): my notes');

    const cohort = await liveCohort(world, group);
    const [checkIn] = await world.store.checkins.recentOccurrences(cohort.id, 1);
    expect(await world.store.checkins.answers(checkIn!.id)).toHaveLength(1);
    await world.dm('bob').says('/forgetme');
    await world.dm('bob').presses(/Delete/i);
    expect(await accountOf(world, 'bob')).toBeNull();
    expect(await world.store.checkins.answers(checkIn!.id)).toEqual([]);
    expect(
      await world.store.reflections.ofCohort(cohort.id, ['me', 'mentor', 'coordinators', 'cohort'], new Date(0)),
    ).toEqual([]);
  });
});
