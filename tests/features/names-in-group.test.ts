// Group messages that single people out (who has not answered, who is on a
// break, who found no partner) name nobody unless the cohort chose so with
// /cohort edit --names-in-group yes; the coordinators get the names in private,
// and the person concerned hears it in private (docs/privacy.md).

import { afterEach, describe, expect, it } from 'vitest';
import type { ChatHandle, World } from '../helpers/scenario.ts';
import { createWorld, readable } from '../helpers/scenario.ts';
import { liveCohort } from './lookups.ts';

// Monday 5 January 2026, 09:00 UTC.
const START = new Date('2026-01-05T09:00:00Z');

/**
 * Alice coordinates (and writes to the bot in private, so it may DM her);
 * Bob and Carol write to the bot too; Dave never does (the bot cannot write to him first).
 */
async function marsh(world: World): Promise<ChatHandle> {
  const group = world.group('Marsh', { admins: ['alice'] });
  await group.as('alice').says('/cohort create Marsh --timezone UTC');
  for (const who of ['bob', 'carol', 'dave']) await group.as(who).says('/join');
  for (const who of ['alice', 'bob', 'carol']) await world.dm(who).says('/language en');
  return group;
}

/** What the bot posted to the group by itself (not answers to someone's command), from message `from` on. */
const posts = (group: ChatHandle, from: number) =>
  group
    .messages()
    .slice(from)
    .filter((m) => !m.replyToMessageId)
    .map((m) => readable(m.html))
    .join('\n---\n');

describe('naming people in the group', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('is off by default and shown on the cohort card; coordinators switch it with --names-in-group', async () => {
    world = await createWorld({ start: START });
    const group = await marsh(world);
    await group.as('bob').says('/cohort');
    group.expectBotSaid(/without names; coordinators get the names in private/);
    expect((await liveCohort(world, group)).namesInGroup).toBe(false);

    await group.as('bob').says('/cohort edit --names-in-group yes');
    group.expectBotSaid('Only a coordinator of this cohort can do that.');
    await group.as('alice').says('/cohort edit --names-in-group maybe');
    group.expectBotSaid(/Answer --names-in-group with yes or no/);
    await group.as('alice').says('/cohort edit --names-in-group yes');
    const card = group.expectBotSaid(/Changed: names-in-group/);
    expect(card).toContain('In the group I name who has not answered');
    expect((await liveCohort(world, group)).namesInGroup).toBe(true);
    await group.as('alice').says('/help cohort');
    group.expectBotSaid(/--names-in-group yes\|no/);
    await group.as('alice').says('/cohort edit --names-in-group no');
    expect((await liveCohort(world, group)).namesInGroup).toBe(false);
  });

  it('by default: reminders count, the digest names nobody, /members and peer rounds keep names private', async () => {
    world = await createWorld({ start: START });
    const group = await marsh(world);
    const from = group.messages().length;

    // A check-in nobody answers: Dave cannot be written to, so the group is reminded, with a count.
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 2h --remind 1h --inactive-after 1');
    await group.as('alice').says('/checkin now');
    await replyInGroup(world, group, 'bob', 'Mapped the reed beds');
    group.markRead();
    await world.advance('1h');
    group.expectBotSaid('The check-in closes soon; 3 people have not answered yet.');
    await world.advance('1h');
    const digest = group.expectBotSaid(/Check-in digest, Marsh/);
    expect(digest).not.toMatch(/took part|Thanks to/);

    // Carol takes a break: /members in the group counts her; Alice gets the names in private.
    await group.as('carol').says('/pause');
    await group.as('alice').says('/members');
    const members = group.expectBotSaid(/Marsh: 4 members/);
    expect(members).not.toContain('Carol');
    expect(members).toContain('One more member is on a break.');
    expect(members).toContain('I sent you the full list in private.');
    expect(world.dm('alice').lastBotMessage()).toContain('Carol (@carol) — member, paused');

    // Bob's preference is shared by nobody: he finds no partner this round.
    await group.as('carol').says('/resume');
    await world.dm('bob').says('/profile set preferences safe-space:women');
    await group.as('alice').says('/pair peers');
    const round = group.expectBotSaid(/Peer round 1 in Marsh/);
    expect(round).toContain('For one person nobody fits this time, sorry.');
    expect(world.dm('bob').lastBotMessage()).toMatch(/nobody fitted you this time/);
    expect(world.dm('alice').lastBotMessage()).toMatch(
      /nobody fitted @bob this time\. Only the coordinators read this/,
    );

    // Nothing the bot posted to the group named the people who did not answer, were away or
    // found no partner; Dave, who missed the check-in and cannot be written to, was not nudged
    // in the group either.
    const said = posts(group, from);
    expect(said).toMatch(/closes soon[\s\S]*Check-in digest[\s\S]*Peer round 1/);
    expect(said).not.toMatch(/still missing|Thanks to|@bob: nobody|paused|break/);
    expect(said).not.toMatch(/No pressure/);
    expect(world.dm('bob').botMessages().join('\n')).not.toMatch(/No pressure/); // he answered
    expect(world.dm('alice').botMessages().join('\n')).toMatch(/No pressure/); // she did not
  });

  it('with --names-in-group yes: the group reads the names', async () => {
    world = await createWorld({ start: START });
    const group = await marsh(world);
    await group.as('alice').says('/cohort edit --names-in-group yes');

    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 2h --remind 1h');
    await group.as('alice').says('/checkin now');
    await replyInGroup(world, group, 'bob', 'Mapped the reed beds');
    group.markRead();
    await world.advance('1h');
    // Only Dave cannot be reminded in private: the group names him.
    expect(group.expectBotSaid(/closes soon; still missing/)).toContain('@dave');
    await world.advance('1h');
    const digest = group.expectBotSaid(/Check-in digest, Marsh/);
    expect(digest).toContain('One person took part (of 4).');
    expect(digest).toContain('Thanks to @bob.');

    await group.as('carol').says('/pause');
    await group.as('alice').says('/members');
    expect(group.expectBotSaid(/Marsh: 4 members/)).toContain('Carol (@carol) — member, paused');

    await group.as('carol').says('/resume');
    await world.dm('bob').says('/profile set preferences safe-space:women');
    world.dm('alice').markRead();
    await group.as('alice').says('/pair peers');
    expect(group.expectBotSaid(/Peer round 1 in Marsh/)).toContain('@bob: nobody fits this time, sorry.');
    expect(world.dm('bob').lastBotMessage()).toMatch(/nobody fitted you this time/);
    // The group told the coordinators already: no private copy.
    expect(world.dm('alice').botMessages().slice(-3).join('\n')).not.toMatch(/Only the coordinators read this/);
  });
});

/** Answer the newest check-in prompt by replying to it in the group. */
async function replyInGroup(world: World, group: ChatHandle, handle: string, text: string): Promise<void> {
  const prompt = [...group.messages()].reverse().find((m) => /Check-in time/.test(m.html));
  if (!prompt) throw new Error('no check-in prompt');
  await world.adapter.push({
    kind: 'message',
    id: world.nextEventId(),
    messageId: world.nextEventId(),
    chat: group.chat,
    sender: { ...world.person(handle) },
    text,
    replyToMessageId: prompt.messageId,
  });
  await world.local.outbox.settled();
}
