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
//   follow-up a gathering's first follow-up, due 10:00 London (11:30 London at the restart,
//             outside the quiet hours 21:00–08:00) → asked once, late

import { afterEach, describe, expect, it } from 'vitest';
import { replyTo } from '../features/checkin-helpers.ts';
import { liveCohort } from '../features/lookups.ts';
import { restarted } from '../helpers/restart.ts';
import type { ChatHandle, World } from '../helpers/scenario.ts';
import { createWorld } from '../helpers/scenario.ts';

// The day before: a gathering in London ends Sunday 12:00; its first follow-up is due Monday 10:00
// London (11:00 Berlin), inside the downtime.
const SUNDAY = new Date('2026-01-04T09:00:00Z');
const START = new Date('2026-01-05T09:00:00Z'); // Monday, 10:00 Berlin
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

const followUps = (world: World) =>
  world
    .dm('dan')
    .botMessages()
    .filter((m) => m.includes('What will you try'));

async function gathering(world: World) {
  const group = world.group('London', { admins: ['alice'] });
  await group.as('alice').says('/cohort create London --timezone Europe/London');
  await group.as('dan').says('/join');
  await world.dm('dan').says('/start');
  await group.as('alice').says('/gathering create "Meetup" --at 2026-01-04 10:00 --until 12:00');
  await group.as('dan').presses('Going');
  await world.advance(START.getTime() - SUNDAY.getTime());
  expect(followUps(world)).toEqual([]);
}

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
      const world = await createWorld({ start: SUNDAY });
      worlds.push(world);
      await gathering(world);
      await cohorts(world);
      const back = new Date(START.getTime() + 2.5 * HOUR); // 12:30 Berlin
      let after: World;
      if (queue === 'kept') {
        world.local.clock.set(back);
        after = world;
      } else {
        after = await restarted(world, back, { samePlatform: true });
        worlds.push(after);
      }
      await after.advance(0);
      await after.advance('1m');
      const chats = Object.fromEntries(NAMES.map((name) => [name, after.group(name)])) as Record<Name, ChatHandle>;

      expect(prompts(chats.late)).toHaveLength(1);
      expect(await occurrenceState(after, 'late')).toEqual(['open']);

      expect(prompts(chats.missed)).toHaveLength(0);
      expect(await occurrenceState(after, 'missed')).toEqual(['missed']);

      expect(prompts(chats.reminded)).toHaveLength(1);
      // Bob and Carol never wrote to the bot: one reminder in the group names them.
      expect(reminders(chats.reminded)).toHaveLength(1);

      expect(prompts(chats.closed)).toHaveLength(1);
      expect(reminders(chats.closed)).toHaveLength(0);
      expect(digests(chats.closed)).toHaveLength(1);
      expect(await occurrenceState(after, 'closed')).not.toContain('open');

      expect(followUps(after)).toHaveLength(1);
      process.stdout.write(
        `[fault] whole bot down 2 h, queue ${queue} its jobs: recovered at the restart (virtual clock); late prompt 1, missed recorded 1, late reminder 1, stale reminder 0, digest 1, late follow-up 1; 0 lost, 0 doubled\n`,
      );
    },
  );
});
