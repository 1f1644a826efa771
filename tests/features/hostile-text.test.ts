// Characters no store accepts (NUL, lone surrogates) and other control
// characters in any text that comes in: a clean answer, never "Sorry,
// something went wrong" (PostgreSQL refuses NUL in text: 22021 / 22P05).
// core/bot.ts cleans every event once (markup.ts cleanInbound).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChatHandle, createWorld, type World } from '../helpers/scenario.ts';
import { liveCohort, membershipOf } from './lookups.ts';

const NUL = '\u0000';
const SORRY = /Sorry, something went wrong/;

describe('hostile characters in inbound text', () => {
  let world: World;
  let group: ChatHandle;
  beforeEach(async () => {
    world = await createWorld({ start: new Date('2026-01-05T09:00:00Z') });
    group = world.group('Hostile', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Hostile');
    await group.as('bob').says('/join');
    await group.as('carol').says('/join');
  });
  afterEach(async () => {
    await world.close();
  });

  it('takes a check-in question and a check-in answer with NUL in them, stored without it', async () => {
    await group
      .as('alice')
      .says(`/checkin schedule weekly mon 18:00 --window 1d --question "What${NUL} did you learn?"`);
    expect(group.botMessages().some((t) => SORRY.test(t))).toBe(false);
    await group.as('alice').says('/checkin now');
    const prompt = [...group.messages()].reverse().find((m) => /Check-in time/.test(m.html))!;
    expect(prompt.html).toContain('What did you learn?');
    group.markRead();
    await world.adapter.push({
      kind: 'message',
      id: world.nextEventId(),
      messageId: world.nextEventId(),
      chat: group.chat,
      sender: { ...world.person('bob') },
      text: `Wiki${NUL}data\u0007 queries\uD800`,
      replyToMessageId: prompt.messageId,
    });
    await world.local.outbox.settled();
    group.expectBotSaid('Thanks, your answer is noted.');
    const cohort = await liveCohort(world, group);
    const occurrence = (await world.store.checkins.recentOccurrences(cohort.id, 1))[0]!;
    const [answer] = await world.store.checkins.answers(occurrence.id);
    expect(answer?.answers).toEqual(['Wikidata queries\uFFFD']);
  });

  it('keeps a 10,000-character check-in answer to 2,000 characters, ending in "…" so the digest shows it was cut', async () => {
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 1d --question "What did you learn?"');
    await group.as('alice').says('/checkin now');
    const prompt = [...group.messages()].reverse().find((m) => /Check-in time/.test(m.html))!;
    await world.adapter.push({
      kind: 'message',
      id: world.nextEventId(),
      messageId: world.nextEventId(),
      chat: group.chat,
      sender: { ...world.person('bob') },
      text: 'word '.repeat(2000),
      replyToMessageId: prompt.messageId,
    });
    await world.local.outbox.settled();
    const cohort = await liveCohort(world, group);
    const occurrence = (await world.store.checkins.recentOccurrences(cohort.id, 1))[0]!;
    const [answer] = await world.store.checkins.answers(occurrence.id);
    expect([...answer!.answers[0]!]).toHaveLength(2000);
    expect(answer!.answers[0]!.endsWith('…')).toBe(true);
  });

  it('saves /reflect with NUL, takes /avoid with NUL in the name, and a display name with NUL', async () => {
    await world.dm('bob').says(`/reflect Citations ${NUL}first`);
    world.dm('bob').expectBotSaid(/saved/i);
    const bob = (await membershipOf(world, group, 'bob'))!;
    const [reflection] = await world.store.reflections.ofMember(bob.id, 5);
    expect(reflection?.text).toBe('Citations first');

    await world.dm('bob').says(`/avoid @car${NUL}ol`);
    expect(
      world
        .dm('bob')
        .botMessages()
        .some((t) => SORRY.test(t)),
    ).toBe(false);

    world.person('nul', { displayName: `Nu${NUL}ll` });
    await group.as('nul').says('/join');
    expect(group.botMessages().some((t) => SORRY.test(t))).toBe(false);
    group.expectBotSaid(/Null/);
  });
});
