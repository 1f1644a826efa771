// Gatherings' bad input and hard cases: malformed and impossible dates, the
// past, end before start, non-http and oversized links, hostile text,
// capacity 0, unknown numbers, non-coordinators, stale and forged buttons,
// a cancel that asks first and tells those who answered, a wiped job queue in
// the middle of the follow-up sequence (every step once), wall times on the
// nights the clocks change.

import { afterEach, describe, expect, it } from 'vitest';
import { gatheringsFeature } from '../../src/features/gatherings/index.ts';
import { reconcile } from '../../src/features/gatherings/plan.ts';
import { fromWall, localMorningAfter } from '../../src/features/gatherings/time.ts';
import { createWorld, readable, type World } from '../helpers/scenario.ts';
import { lastButtons, liveCohort } from './lookups.ts';

const START = new Date('2027-03-01T09:00:00Z');

async function madrid(world: World) {
  const group = world.group('Taller', { admins: ['alice'] });
  await group.as('alice').says('/cohort create Taller --timezone Europe/Madrid');
  for (const handle of ['bob', 'carol']) {
    await group.as(handle).says('/join');
    await world.dm(handle).says('/start');
  }
  await world.dm('alice').says('/start');
  return group;
}

describe('gatherings: bad input', { timeout: 120_000 }, () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('answers every bad value clearly and stores nothing', async () => {
    world = await createWorld({ start: START });
    const group = await madrid(world);
    const alice = group.as('alice');
    const cases: Array<[string, RegExp]> = [
      ['/gathering create "Day" --at 2027-02-30 10:00', /not a date and time I understand/],
      ['/gathering create "Day" --at tomorrow', /not a date and time I understand/],
      ['/gathering create "Day" --at 2027-03-14 25:00', /not a date and time I understand/],
      ['/gathering create "Day" --at 2026-12-01 10:00', /already passed/],
      ['/gathering create "Day" --at 2027-03-14 10:00 --until 09:00', /end must come after the start/],
      ['/gathering create "Day" --at 2027-03-14 10:00 --online javascript:alert(1)', /only http:\/\/ and https:\/\//],
      ['/gathering create "Day" --at 2027-03-14 10:00 --online ftp://example.org/x', /only http:\/\/ and https:\/\//],
      [`/gathering create "Day" --at 2027-03-14 10:00 --online https://example.org/${'a'.repeat(2001)}`, /too long/],
      ['/gathering create "Day" --at 2027-03-14 10:00 --capacity 0', /capacity/],
      ['/gathering create "Day" --at 2027-03-14 10:00 --capacity -3', /capacity/],
      [`/gathering create "${'T'.repeat(200)}" --at 2027-03-14 10:00`, /at most 120 characters/],
      ['/gathering create "Day"', /--at/],
      ['/gathering show 9', /no gathering #9/],
      ['/gathering show abc', /gathering number/],
    ];
    for (const [line, answer] of cases) {
      await alice.says(line);
      expect(group.lastBotMessage(), line.slice(0, 80)).toMatch(answer);
    }
    await group.as('bob').says('/gathering create "Mine" --at 2027-03-14 10:00');
    group.expectBotSaid(/Only a coordinator/);
    await alice.says('/gathering list');
    group.expectBotSaid(/No gatherings ahead/);
    expect(await world.store.gatherings.upcoming((await liveCohort(world, group)).id, START)).toEqual([]);

    // A wall time the clocks skip: taken at the end of the gap, and said so.
    await alice.says('/gathering create "Night walk" --at 2027-03-28 02:30 --until 04:00');
    const night = group.expectBotSaid(/New gathering/);
    expect(night).toMatch(/does not exist on the night the clocks go forward/);
    expect(night).toMatch(/3:00/);

    // Hostile text is kept as text, never as markup.
    await alice.says('/gathering create "<script>x</script>" --at 2027-03-14 10:00 --place "<a href=x>here</a>"');
    const html = group.messages().at(-1)!.html;
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<a href');
    expect(readable(html)).toContain('<script>x</script>');
  });

  it('cancel asks first, tells everyone who answered, and stale buttons change nothing', async () => {
    world = await createWorld({ start: START });
    const group = await madrid(world);
    await group
      .as('alice')
      .says('/gathering create "Meetup" --at 2027-03-10 18:00 --online https://meet.example.org/x');
    const rsvp = lastButtons(group).find((b) => b.label === 'Going')!;
    await group.as('bob').presses('Going');
    await group.as('carol').presses('Maybe');

    await group.as('bob').says('/gathering cancel 1');
    group.expectBotSaid(/Only a coordinator/);
    await group.as('alice').says('/gathering cancel 1');
    group.expectBotSaid(/Cancel “Meetup”\? 2 people who answered will be told/);
    // "No, keep it", not a "Cancel" that reads as yes under "Cancel the gathering?".
    expect(lastButtons(group).map((b) => b.label)).toEqual(['Yes, cancel it', 'No, keep it']);
    await group.as('alice').presses('No, keep it');
    expect(group.expectBotSaid(/Nothing changes: “Meetup” goes ahead/)).not.toMatch(/Cancelled/);
    await group.as('alice').says('/gathering cancel 1');
    await group.as('alice').presses('Yes, cancel it');
    group.expectBotSaid(/Gathering #1 “Meetup” is cancelled/);
    world.dm('bob').expectBotSaid(/“Meetup” .* is cancelled/);
    world.dm('carol').expectBotSaid(/“Meetup” .* is cancelled/);

    // The old RSVP button, a forged one, and no reminders any more.
    expect(readable((await group.as('bob').pressData(rsvp.data)) ?? '')).toMatch(/was cancelled/);
    expect(await group.as('bob').pressData('forged-token:going')).toMatch(/no longer valid/);
    await world.advance('10d');
    expect(world.dm('bob').botMessages().join('\n')).not.toMatch(/Tomorrow|In one hour|Join here/);
    await group.as('alice').says('/gathering edit 1 --place "Elsewhere"');
    group.expectBotSaid(/was cancelled/);
  });

  it('an online gathering sends the join link 10 minutes before; "I\'m here" only during it; finished ones take no answers', async () => {
    world = await createWorld({ start: START });
    const group = await madrid(world);
    await group
      .as('alice')
      .says('/gathering create "Call" --at 2027-03-02 18:00 --until 19:00 --online https://meet.example.org/call');
    await group.as('bob').presses('Going');
    await world.advance('1d'); // 2 March 10:00 Madrid
    await group.as('bob').says('/gathering mark 1 @carol present');
    group.expectBotSaid(/Only a coordinator/);
    await group.as('alice').says('/gathering mark 1 @carol present');
    group.expectBotSaid(/has not started yet/);
    await world.advance('470m'); // 17:50 Madrid
    world.dm('bob').expectBotSaid(/starts in 10 minutes. Join here: https:\/\/meet.example.org\/call/);
    await group.as('carol').says('/here');
    group.expectBotSaid(/marked present at “Call”/);
    await world.advance('2h');
    await group.as('bob').says('/here 1');
    group.expectBotSaid(/no gathering happening now/);
    expect(readable((await group.as('bob').presses("I'm here")) ?? '')).toMatch(/no longer valid|no gathering/);
    await group.as('alice').says('/gathering mark 1 @bob present');
    group.expectBotSaid(/Bob is marked present/);
    await group.as('alice').says('/gathering report 1');
    const report = world.dm('alice').lastBotMessage();
    expect(report).toMatch(/@bob: going, present: yes/);
    expect(report).toMatch(/@carol: going, present: yes/);
    expect(group.lastBotMessage()).not.toMatch(/@bob/);
  });

  it('back after being down across a whole gathering: no late "starts now" nor reminders after the start; the follow-up still comes', async () => {
    world = await createWorld({ start: START });
    const group = await madrid(world);
    await group
      .as('alice')
      .says('/gathering create "Taller" --at 2027-03-02 18:00 --until 19:00 --online https://meet.example.org/t');
    await group.as('bob').presses('Going');
    const before = world.dm('bob').botMessages().length;
    // Down from 1 March 10:00 until 3 March 09:00 (the day reminder, the hour reminder, the link, the start and the end all fell due).
    world.local.clock.set(new Date('2027-03-03T08:00:00Z'));
    await world.advance(0);
    await world.advance('1m');
    expect(group.botMessages().join('\n')).not.toMatch(/is starting/);
    const late = world.dm('bob').botMessages().slice(before).join('\n');
    expect(late).not.toMatch(/Tomorrow|In one hour|starts in 10 minutes/);
    // What comes after the gathering still comes: the question of what to try (a day after, 10:00 local).
    await world.advance('2h');
    world.dm('bob').expectBotSaid(/What will you try/);
  });

  it('list, show (with its buttons) and report work in private too', async () => {
    world = await createWorld({ start: START });
    const group = await madrid(world);
    await group.as('alice').says('/gathering create "Taller" --at 2027-03-14 10:00 --until 12:00');
    const bob = world.dm('bob');
    await bob.says('/gathering list');
    expect(bob.lastBotMessage()).toMatch(/#1 Taller/);
    await bob.says('/gathering show 1');
    expect(bob.lastBotMessage()).toMatch(/Taller/);
    expect(readable((await bob.presses('Going')) ?? '')).toMatch(/You are going to “Taller”/);
    await bob.says('/gathering report 1');
    bob.expectBotSaid(/no cohort where you can use \/gathering/);
    await world.dm('alice').says('/gathering report 1');
    expect(world.dm('alice').lastBotMessage()).toMatch(/@bob: going/);
    expect(group.botMessages().join('\n')).not.toMatch(/@bob: going/);
  });

  it('after the job queue is wiped mid-sequence, a restart plans what is left and every step runs once', async () => {
    world = await createWorld({ start: START });
    const group = await madrid(world);
    await group.as('alice').says('/gathering create "Day" --at 2027-03-02 10:00 --until 12:00');
    await group.as('bob').presses('Going');
    await world.advance('2d'); // the +1 day prompt (3 March 10:00 Madrid) has gone out
    await world.dm('bob').says('/commit write the guide');
    for (const job of world.local.scheduler.pending()) await world.local.scheduler.cancel(job.id);
    await reconcile(world.local.bot.job);
    await reconcile(world.local.bot.job); // two instances starting
    await world.advance('100d');
    const asked = world.dm('bob').botMessages();
    expect(asked.filter((m) => m.includes('What will you try'))).toHaveLength(1);
    expect(asked.filter((m) => m.includes('One week after'))).toHaveLength(1);
    expect(asked.filter((m) => m.includes('Did you do it?'))).toHaveLength(2);
  });
});

describe('gatherings: leaving', { timeout: 120_000 }, () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('someone going who leaves the cohort frees their place for the first on the waiting list', async () => {
    world = await createWorld({ start: START });
    const group = await madrid(world);
    await group.as('alice').says('/gathering create "Small room" --at 2027-03-05 10:00 --capacity 1');
    await group.as('bob').presses('Going');
    expect(readable((await group.as('carol').presses('Going')) ?? '')).toMatch(/waiting list/);
    await group.as('bob').says('/leave');
    world.dm('carol').expectBotSaid(/A place freed up: you are now going to “Small room”/);
    await group.as('alice').says('/gathering show 1');
    group.expectBotSaid(/Going: 1 · maybe: 0 · not going: 1 · waiting list: 0/);
  });
});

describe('gatherings: wall times', { timeout: 120_000 }, () => {
  it('takes the first of a repeated hour and the end of a skipped one, and follows up at 10:00 local across the change', () => {
    // 28 March 2027, 02:30 does not exist in Madrid (02:00 -> 03:00).
    const gap = fromWall({ year: 2027, month: 3, day: 28, hour: 2, minute: 30 }, 'Europe/Madrid');
    expect(gap).toEqual({ at: new Date('2027-03-28T01:00:00Z'), shifted: 'gap' });
    // 31 October 2027, 02:30 happens twice (03:00 -> 02:00): the first, still summer time.
    const twice = fromWall({ year: 2027, month: 10, day: 31, hour: 2, minute: 30 }, 'Europe/Madrid');
    expect(twice).toEqual({ at: new Date('2027-10-31T00:30:00Z'), shifted: 'ambiguous' });
    // +30 days from 14 March (winter, UTC+1) is 13 April (summer, UTC+2): still 10:00 local.
    expect(localMorningAfter(new Date('2027-03-14T16:00:00Z'), 30, 10, 'Europe/Madrid')).toEqual(
      new Date('2027-04-13T08:00:00Z'),
    );
  });
});

describe('gatherings: report section', { timeout: 120_000 }, () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('gives coordinators the counts, and a group only gatherings with 5 or more answers', async () => {
    world = await createWorld({ start: START });
    const group = await madrid(world);
    await group.as('alice').says('/gathering create "Small" --at 2027-03-02 10:00');
    await group.as('bob').presses('Going');
    await group.as('alice').says('/gathering create "Big" --at 2027-03-03 10:00');
    for (const handle of ['bob', 'carol', 'dan', 'eve', 'fay']) {
      await group.as(handle).says('/join');
      await group.as(handle).presses('Going');
    }
    await world.advance('2d');
    await group.as('carol').says('/here');
    const cohort = await liveCohort(world, group);
    const request = {
      cohort,
      since: START,
      until: new Date('2027-04-01T00:00:00Z'),
      locale: 'en',
      timezone: 'Europe/Madrid',
    };
    const report = gatheringsFeature.report!;
    const [forCoordinator] = await report({ ...request, audience: 'coordinator' }, world.local.bot.job);
    expect(forCoordinator!.summary.map(readable)).toEqual([
      '#1 Small: 1 going, 0 present; 0 commitments: 0 done, 0 partly, 0 let go, 0 open',
      '#2 Big: 5 going, 1 present; 0 commitments: 0 done, 0 partly, 0 let go, 0 open',
    ]);
    expect(forCoordinator!.tables![0]!.rows[2]).toEqual([2, 'Big', 5, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    const [forGroup] = await report({ ...request, audience: 'group' }, world.local.bot.job);
    expect(forGroup!.summary.map(readable)).toEqual([
      '#2 Big: 5 going, 1 present; 0 commitments: 0 done, 0 partly, 0 let go, 0 open',
    ]);
    expect(await report({ ...request, audience: 'group', only: ['checkins'] }, world.local.bot.job)).toEqual([]);
  });
});

describe('gatherings: quiet hours', { timeout: 120_000 }, () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('a follow-up step found late at night (a restart) waits for 10:00 local', async () => {
    world = await createWorld({ start: START });
    const group = await madrid(world);
    await group.as('alice').says('/gathering create "Day" --at 2027-03-02 10:00 --until 12:00');
    await group.as('bob').presses('Going');
    // The queue is lost before the end; the bot comes back at 23:00 Madrid the next day.
    for (const job of world.local.scheduler.pending()) await world.local.scheduler.cancel(job.id);
    world.local.clock.advance(61 * 3_600_000); // 3 March 23:00 Madrid; the +1 day step was due at 10:00
    await reconcile(world.local.bot.job);
    await world.advance(0);
    expect(world.dm('bob').botMessages().join('\n')).not.toMatch(/What will you try/);
    await world.advance('10h'); // 4 March 09:00
    expect(world.dm('bob').botMessages().join('\n')).not.toMatch(/What will you try/);
    await world.advance('1h'); // 10:00
    expect(
      world
        .dm('bob')
        .botMessages()
        .filter((m) => m.includes('What will you try')),
    ).toHaveLength(1);
  });
});
