// Pairing as people notice it (issue #12, items 6, 10, 11, 13, 14, 20, 21):
// rounds dated by the bot's clock, no repeat of the previous round while
// another split exists, no language assumed, mentors counted once, both people
// told when a mentorship ends, /pair in private, meeting times awake for both.

import { afterEach, describe, expect, it } from 'vitest';
import type { ChatHandle, World } from '../helpers/scenario.ts';
import { createWorld, readable } from '../helpers/scenario.ts';

// Monday 5 January 2026, 09:00 UTC.
const START = new Date('2026-01-05T09:00:00Z');

/** The pairs of a round announcement, as "a+b" of the @handles of each "• " line. */
function pairsOf(announcement: string): string[] {
  return announcement
    .split('\n')
    .filter((line) => line.startsWith('• '))
    .map((line) =>
      [...line.split(':')[0]!.matchAll(/@(\w+)/g)]
        .map((m) => m[1]!)
        .sort()
        .join('+'),
    )
    .sort();
}

async function cohortOf(world: World, handles: string[]): Promise<ChatHandle> {
  const group = world.group('Lagos editors', { admins: ['alice'] });
  await group.as('alice').says('/cohort create Lagos --languages en,yo --timezone Africa/Lagos');
  await world.dm('alice').says('/language en');
  for (const handle of handles) {
    await group.as(handle).says('/join');
    await world.dm(handle).says('/language en');
  }
  group.markRead();
  return group;
}

describe('peer rounds people can rely on', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('assumes no language, dates rounds by the bot clock, and avoids the last round even when scores pull to it', async () => {
    world = await createWorld({ start: START });
    const group = await cohortOf(world, ['bob', 'carol', 'dan']);
    const rounds: string[][] = [];
    for (let n = 1; n <= 3; n++) {
      await group.as('alice').says('/pair peers');
      const announcement = group.expectBotSaid(new RegExp(`Peer round ${n} in Lagos`));
      // Nobody said which languages they speak: "no language given", never "both speak English, Yoruba".
      expect(announcement).toContain('no language given');
      expect(announcement).not.toContain('both speak');
      // The group reads the follow-up time with its offset (people in other zones read it too).
      expect(announcement).toMatch(/On Jan \d+, 2026, \d+:\d\d\s[AP]M GMT\+1 I will ask each of you/);
      rounds.push(pairsOf(announcement));
    }
    // The pairs of round 3 now share a region and a topic: the scores pull round 4 back to them.
    for (const [i, pair] of rounds[2]!.entries()) {
      for (const handle of pair.split('+')) {
        await group.as(handle).says(`/profile set region Region${i}`);
        await group.as(handle).says(`/profile set topics topic${i}`);
      }
    }
    await world.advance('2w');
    await group.as('alice').says('/pair peers');
    const fourth = pairsOf(group.expectBotSaid(/Peer round 4 in Lagos/));
    // Every split repeats someone now; the repeat falls on those who met longest ago, not last round.
    expect(fourth).not.toEqual(rounds[2]);
    expect([rounds[0], rounds[1]]).toContainEqual(fourth);

    // Round 4 ran two weeks (of the bot's clock) after the first three.
    await world.dm('alice').says('/pair stats');
    const stats = world.dm('alice').expectBotSaid(/Round 4 \(Jan 19, 2026/);
    expect(stats).toMatch(/Round 1 \(Jan 5, 2026/);

    // A partner who used /forgetme is "someone who left", never an empty name.
    const partner = fourth
      .find((p) => p.includes('bob'))!
      .replace('bob', '')
      .replace('+', '');
    const leaving = world.dm(partner);
    await leaving.says('/forgetme');
    await leaving.presses('Yes, delete my data');
    const bob = world.dm('bob');
    await bob.says('/mydata');
    const data = bob.expectBotSaid(/What I keep about you/);
    expect(data).toContain('round 4: with someone who left');
    expect(data).not.toMatch(/with\s*\(/);
  }, 120_000);
});

describe('mentorships people hear about', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('counts mentors once, shows /pair in private, times awake for both, and tells both when it ends', async () => {
    world = await createWorld({ start: START });
    const group = await cohortOf(world, ['mo', 'nina', 'bob', 'carol', 'dan']);
    for (const handle of ['mo', 'nina', 'bob', 'carol', 'dan'])
      await group.as(handle).says('/profile set languages en');
    await group.as('mo').says('/profile set capacity 2');
    await group.as('mo').says('/profile set timezone Asia/Tokyo');
    await group.as('mo').says('/profile set topics history');
    await group.as('nina').says('/profile set capacity 1');
    for (const handle of ['bob', 'carol', 'dan']) await group.as(handle).says('/profile set wants-mentor yes');
    await group.as('bob').says('/profile set topics history');

    await group.as('alice').says('/pair mentors');
    await group.as('alice').says('/pair confirm');
    // Mo mentors two people: two mentors were asked, three requests went out.
    group.expectBotSaid(/Mentors asked: 2\. Requests sent: 3\./);

    const mo = world.dm('mo');
    // Both of Mo's requests accepted (each message has its own Accept).
    const requests = mo.messages().filter((m) => m.buttons?.flat().some((b) => b.label === 'Accept'));
    expect(requests).toHaveLength(2);
    // The deadline is in Mo's zone, and says so.
    expect(readable(requests[0]!.html)).toMatch(/Please answer by Jan 8, 2026, \d+:\d\d\s[AP]M GMT\+9\./);
    for (const request of requests) {
      const accept = request.buttons!.flat().find((b) => b.label === 'Accept')!;
      await mo.as('mo').pressData(accept.data, request.messageId);
    }
    const intro = mo.botMessages().find((m) => /Mo, meet your mentee @bob in Lagos!/.test(m)) ?? '';
    // 18:00 in Lagos is 02:00 in Tokyo: the times are ones both are awake for (13:00 Lagos = 21:00 Tokyo).
    expect(intro).toMatch(/1:00 PM \(Africa\/Lagos\) = .*9:00 PM \(Asia\/Tokyo\)/);
    expect(intro).not.toMatch(/[0-7]:\d\d AM \(Asia\/Tokyo\)/);
    await world.dm('nina').presses('Accept');

    // /pair in private: my mentor, per cohort (not "works only in a group").
    const bob = world.dm('bob');
    await bob.says('/pair');
    expect(bob.expectBotSaid(/Your mentor/)).toMatch(/Lagos\nYour mentor: @mo \(confirmed\)/);
    await mo.says('/pair');
    const mine = mo.expectBotSaid(/Your mentee/);
    expect(mine).toContain('Your mentee: @bob (confirmed)');
    expect(mine).not.toMatch(/only in a group/);

    // /unpair tells both, in private.
    await group.as('alice').says('/unpair @bob');
    await group.as('alice').presses('End it');
    bob.expectBotSaid('Bob, a coordinator ended your mentorship with @mo in Lagos.');
    mo.expectBotSaid('Mo, a coordinator ended your mentorship with @bob in Lagos.');

    // A mentor who leaves: their mentee hears it, and that a next mentor is being asked.
    const ninasMentee = ['carol', 'dan'].find((h) =>
      world
        .dm(h)
        .botMessages()
        .some((m) => m.includes('meet your mentor @nina')),
    )!;
    await group.as('nina').says('/leave');
    // Nina hears it too, in private.
    world.dm('nina').expectBotSaid(`Nina, you left Lagos, so your mentorship with @${ninasMentee} has ended.`);
    world
      .dm(ninasMentee)
      .expectBotSaid(/@nina left Lagos, so your mentorship has ended\.\nI am asking the next best mentor for you/);

    // A mentor who deletes their data (/forgetme): the mentee hears it ended, as when a mentor leaves.
    const mosMentee = ['carol', 'dan'].find((h) => h !== ninasMentee)!;
    expect(
      world
        .dm(mosMentee)
        .botMessages()
        .some((m) => m.includes('meet your mentor @mo in Lagos!')),
    ).toBe(true);
    const before = mo.botMessages().length;
    await mo.says('/forgetme');
    await mo.presses('Yes, delete my data');
    const ended = world.dm(mosMentee).expectBotSaid('@mo left Lagos, so your mentorship has ended.');
    // No mentor is free now (Nina left, Mo is gone): no promise of a next one; the coordinator knows.
    expect(ended).not.toContain('I am asking the next best mentor');
    world.dm('alice').expectBotSaid(`No other mentor is free for @${mosMentee} in Lagos right now.`);
    // Mo hears only the goodbye, nothing about a mentorship.
    expect(mo.botMessages().slice(before).join('\n')).not.toMatch(/mentorship/);
    await world.dm(mosMentee).says('/pair');
    expect(world.dm(mosMentee).lastBotMessage()).not.toContain('@mo');
  }, 120_000);
});

describe('mentor requests for people the bot cannot write to', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('asks in the group, addressed to the mentor, with nothing private and a way to open the private chat', async () => {
    world = await createWorld({ start: START });
    const group = world.group('Lagos editors', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Lagos --languages en --timezone Africa/Lagos');
    await world.dm('alice').says('/language en');
    // Neither ever wrote to the bot in private.
    for (const handle of ['mo', 'bob']) {
      await group.as(handle).says('/join');
      await group.as(handle).says('/profile set languages en');
    }
    await group.as('mo').says('/profile set capacity 1');
    await group.as('bob').says('/profile set wants-mentor yes');
    await world.dm('bob').says('/profile set about I am shy about this');
    await group.as('alice').says('/pair mentors');
    await group.as('alice').says('/pair confirm');
    const ask = group.expectBotSaid(/Hello @mo! Would you mentor @bob in Lagos\?/);
    expect(ask).not.toContain('I am shy about this');
    expect(ask).toContain('Open a private chat with me and such requests will reach you there.');
    const message = group.messages().find((m) => m.html.includes('Would you mentor'))!;
    expect(message.html).toContain('href="https://fake.chat/');
    // Only Mo may answer it.
    expect(await group.as('bob').presses('Accept')).toMatch(/someone else|not for you/i);
    await group.as('mo').presses('Accept');
    group.expectBotSaid(/@mo, meet your mentee @bob in Lagos!/);
  }, 60_000);
});
