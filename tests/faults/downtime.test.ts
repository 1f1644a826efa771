// The whole bot down for two hours, on a virtual clock over real PostgreSQL:
// what fell due meanwhile runs at the restart and obeys the check-ins' rule,
// "late within the window, else a recorded miss". Two restarts are played:
// the queue kept its jobs (Redis with AOF, or the embedded ScheduledJob
// table), and the queue lost them (a new Redis: only the features' start
// hooks re-plan, from the rows).
//
// Monday 5 January 2026; every cohort is in Berlin. The bot stops at 10:30
// and comes back at 12:30.
//   late      due 11:00, window 6 h            → posted once at 12:30, late
//   missed    due 11:00, window 1 h            → no prompt, occurrence recorded missed
//   reminded  due 10:15, window 3 h, remind 1 h → reminder (11:15) sent late, window open till 13:15
//   closed    due 10:15, window 1 h 30, remind 45 m, Bob answered → reminder (11:00) and close
//             (11:45) both passed: no stale "closes soon" for Carol, the digest is posted

import { afterEach, describe, expect, it } from 'vitest';
import { replyTo } from '../features/checkin-helpers.ts';
import { liveCohort } from '../features/lookups.ts';
import { restarted } from '../helpers/restart.ts';
import type { ChatHandle, World } from '../helpers/scenario.ts';
import { createWorld } from '../helpers/scenario.ts';

const START = new Date('2026-01-05T09:00:00Z'); // 10:00 Berlin
const HOUR = 3_600_000;

const SCHEDULES = {
  late: 'weekly mon 11:00 --window 6h',
  missed: 'weekly mon 11:00 --window 1h',
  reminded: 'weekly mon 10:15 --window 3h --remind 1h',
  closed: 'weekly mon 10:15 --window 90m --remind 45m',
} as const;
type Name = keyof typeof SCHEDULES;
const NAMES = Object.keys(SCHEDULES) as Name[];

const prompts = (chat: ChatHandle) => chat.botMessages().filter((m) => m.includes('Check-in time'));
const reminders = (chat: ChatHandle) => chat.botMessages().filter((m) => m.includes('closes soon'));
const digests = (chat: ChatHandle) => chat.botMessages().filter((m) => m.includes('Check-in digest'));

async function cohorts(world: World) {
  for (const name of NAMES) {
    const group = world.group(name, { admins: ['alice'] });
    await group.as('alice').says(`/cohort create ${name} --timezone Europe/Berlin`);
    for (const member of ['bob', 'carol']) await group.as(member).says('/join');
    await group.as('alice').says(`/checkin schedule ${SCHEDULES[name]}`);
    group.expectBotSaid(/Check-in schedule #1 is set/);
  }
  await world.advance('20m'); // 10:20: the 10:15 prompts are out
  for (const name of ['reminded', 'closed'] as const) expect(prompts(world.group(name))).toHaveLength(1);
  // Bob answers the one that closes during the downtime (an empty check-in gets no digest).
  await replyTo(world, world.group('closed'), 'bob', /Check-in time/, 'Read two papers');
  await world.advance('10m');
}

async function occurrenceState(world: World, name: Name) {
  const cohort = await liveCohort(world, world.group(name));
  return (await world.store.checkins.recentOccurrences(cohort.id, 5)).map((o) => o.state);
}

describe('the whole bot down for two hours', () => {
  const worlds: World[] = [];
  afterEach(async () => {
    for (const world of worlds.splice(0).reverse()) await world.close();
  });

  it.each(['kept', 'lost'] as const)(
    'queue %s its jobs: late within the window, else a recorded miss',
    async (queue) => {
      const world = await createWorld({ start: START });
      worlds.push(world);
      await cohorts(world);
      const back = new Date(START.getTime() + 2.5 * HOUR); // 12:30 Berlin
      let after: World;
      if (queue === 'kept') {
        world.local.clock.set(back);
        after = world;
      } else {
        after = await restarted(world, back);
        worlds.push(after);
      }
      await after.advance(0);
      await after.advance('1m');
      const chats = Object.fromEntries(NAMES.map((name) => [name, after.group(name)])) as Record<Name, ChatHandle>;
      // Before the restart (only in the kept world's adapter): the two 10:15 prompts.
      const before = queue === 'kept' ? 1 : 0;

      expect(prompts(chats.late)).toHaveLength(1);
      expect(await occurrenceState(after, 'late')).toEqual(['open']);

      expect(prompts(chats.missed)).toHaveLength(0);
      expect(await occurrenceState(after, 'missed')).toEqual(['missed']);

      expect(prompts(chats.reminded)).toHaveLength(before);
      // Bob never wrote to the bot, so the reminder names him in the group.
      expect(reminders(chats.reminded)).toHaveLength(1);

      expect(prompts(chats.closed)).toHaveLength(before);
      expect(reminders(chats.closed)).toHaveLength(0);
      expect(digests(chats.closed)).toHaveLength(1);
      expect(await occurrenceState(after, 'closed')).not.toContain('open');
    },
  );
});
