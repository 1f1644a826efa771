// One gathering's whole life on the fake adapter with the virtual clock, told
// in two languages and two timezones that both change their clocks during it
// (New York on 14 March 2027, Madrid on 28 March): announce, answers, the
// waiting list moving up, reminders, "I'm here" with the room code,
// commitments with target dates, +7/+30/+90 answers. Two bot instances run
// side by side (each with its own job queue, as after a split), and in the
// middle of the sequence every queue is wiped and both restart: every
// reminder and every step reaches each person once.

import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/features/gatherings/plan.ts';
import { wallClock } from '../../src/features/gatherings/time.ts';
import { createLocalBot, type LocalBot } from '../../src/local.ts';
import { createWorld, type World } from '../helpers/scenario.ts';

const START = new Date('2027-03-01T09:00:00Z'); // Monday 10:00 in Madrid, 04:00 in New York
const HOUR = 3_600_000;

describe('gatherings: a whole life, two instances, a wiped queue', () => {
  let world: World;
  let second: LocalBot;
  afterEach(async () => {
    await world.close();
  });

  it('reaches each person once per reminder and per step, at 10:00 in their own timezone across both clock changes', async () => {
    world = await createWorld({ start: START });
    const group = world.group('Wiki Madrid', { admins: ['alice'] });
    await group.as('alice').says('/cohort create "Wiki Madrid" --timezone Europe/Madrid');
    for (const handle of ['bob', 'nina', 'dave']) {
      await group.as(handle).says('/join');
      await world.dm(handle).says('/start');
    }
    await world.dm('alice').says('/start');
    await world.dm('nina').says('/language es');
    await world.dm('nina').says('/timezone America/New_York');

    // When each private message arrived (the clock moves by whole hours, and every job here is on the hour).
    const arrivals = new Map<string, Array<{ text: string; at: Date }>>();
    const record = () => {
      for (const handle of ['bob', 'nina', 'dave', 'alice']) {
        const seen = arrivals.get(handle) ?? [];
        for (const text of world.dm(handle).botMessages().slice(seen.length))
          seen.push({ text, at: world.local.clock.now() });
        arrivals.set(handle, seen);
      }
    };
    const got = (handle: string, text: string) => (arrivals.get(handle) ?? []).filter((m) => m.text.includes(text));
    /** Both instances run what falls due, hour by hour. */
    const live = async (ms: number) => {
      const end = world.local.clock.now().getTime() + ms;
      while (world.local.clock.now().getTime() < end) {
        await world.local.advance(Math.min(HOUR, end - world.local.clock.now().getTime()));
        await second.advance(0);
        record();
      }
    };

    await group.as('alice').says('/gathering create "Edit-a-thon" --at 2027-03-13 10:00 --until 17:00 --capacity 2');
    group.expectBotSaid(/New gathering/);
    // A second instance starts on the same database (and takes the platform's updates from now on).
    second = await createLocalBot({
      store: world.store,
      adapter: world.adapter,
      clock: world.local.clock,
      log: pino({ level: 'silent' }),
    });

    await group.as('bob').presses('Going');
    await group.as('nina').presses('Going');
    await group.as('dave').presses('Going'); // full: waiting list
    await group.as('nina').presses('Maybe'); // her place goes to Dave
    world.dm('dave').expectBotSaid(/A place freed up: you are now going to “Edit-a-thon”/);
    record();

    await live(12 * 24 * HOUR - HOUR); // to 13 March 09:00 Madrid: the week, day and hour reminders went out
    for (const handle of ['bob', 'dave']) {
      expect(got(handle, 'In one week:')).toHaveLength(1);
      expect(got(handle, 'Tomorrow:')).toHaveLength(1);
      expect(got(handle, 'In one hour:')).toHaveLength(1);
    }
    expect(got('nina', 'En una semana:')).toHaveLength(1);
    expect(got('nina', 'Mañana:')).toHaveLength(1);
    expect(got('nina', 'En una hora:')).toHaveLength(1);

    // On the day: the room code, typed in private.
    await world.dm('alice').says('/gathering code 1');
    const code = /Room code for #1 “Edit-a-thon”: ([A-Z0-9]+)/.exec(world.dm('alice').lastBotMessage())![1]!;
    await live(HOUR); // 10:00: it starts
    group.expectBotSaid(/“Edit-a-thon” is starting/);
    await world.dm('bob').says(`/here ${code}`);
    world.dm('bob').expectBotSaid(/marked present/);
    await world.dm('nina').says('/here NOPE');
    world.dm('nina').expectBotSaid(/no es el código de sala/);
    await world.dm('nina').says(`/here ${code}`);
    world.dm('nina').expectBotSaid(/presente en “Edit-a-thon”/);
    await world.dm('dave').says(`/here ${code}`);
    record();

    // The day after, 10:00 each in their own timezone ("what will you try?"), then the commitments.
    await live(30 * HOUR); // 14 March 16:00 Madrid = 11:00 in New York, the first day of its summer time
    const asked = (handle: string, text: string) => got(handle, text).map((m) => m.at);
    const [bobAsked] = asked('bob', 'What will you try');
    const [ninaAsked] = asked('nina', '¿Qué vas a probar');
    expect(wallClock(bobAsked!, 'Europe/Madrid')).toMatchObject({ day: 14, hour: 10 });
    expect(wallClock(ninaAsked!, 'America/New_York')).toMatchObject({ day: 14, hour: 10 });
    await world.dm('bob').says('/commit write the Wikidata guide --by 2027-04-01');
    await world.dm('nina').says('/commit organizar un taller --by 2027-05-20');
    world.dm('nina').expectBotSaid(/Fecha objetivo: 20 may 2027/);
    await world.dm('dave').says('/commit translate the help pages --by 2027-03-31');

    // Every queue is lost, and both instances start again.
    for (const bot of [world.local, second]) {
      for (const job of bot.scheduler.pending()) await bot.scheduler.cancel(job.id);
    }
    await reconcile(world.local.bot.job);
    await reconcile(second.bot.job);

    await live(6 * 24 * HOUR); // +7 days
    expect(got('bob', 'One week after “Edit-a-thon”: how is it going with “write the Wikidata guide”?')).toHaveLength(
      1,
    );
    expect(got('nina', 'Una semana después de “Edit-a-thon”: ¿cómo va “organizar un taller”?')).toHaveLength(1);
    expect(got('dave', 'One week after')).toHaveLength(1);
    const [ninaWeek] = asked('nina', 'Una semana después');
    expect(wallClock(ninaWeek!, 'America/New_York')).toMatchObject({ day: 20, hour: 10 });
    await world.dm('bob').presses('Partly');
    await world.dm('nina').presses('Hecho');
    await world.dm('dave').presses('Not yet');

    await live(24 * 24 * HOUR); // +30 days: 12 April, Madrid on summer time too
    const [bobMonth, ...bobMore] = got('bob', 'you wanted to try: “write the Wikidata guide”. Did you do it?');
    expect(bobMore).toEqual([]);
    expect(bobMonth!.text).toContain('You aimed for Apr 1, 2027.');
    expect(wallClock(bobMonth!.at, 'Europe/Madrid')).toMatchObject({ month: 4, day: 12, hour: 10 });
    expect(got('nina', '¿Lo hiciste?')).toEqual([]); // done: not asked again
    expect(got('dave', 'Did you do it?')).toHaveLength(1);
    await world.dm('bob').presses('Done', 'Did you do it?'); // not the month-after survey's own buttons
    await world.dm('dave').presses('Let it go', 'Did you do it?');

    await live(61 * 24 * HOUR); // past +90 days: nothing is open any more
    expect(got('bob', 'Did you do it?')).toHaveLength(1);
    expect(got('dave', 'Did you do it?')).toHaveLength(1);
    expect(got('nina', '¿Lo hiciste?')).toEqual([]);
    for (const handle of ['bob', 'dave']) expect(got(handle, 'What will you try')).toHaveLength(1);
    expect(got('nina', '¿Qué vas a probar')).toHaveLength(1);

    await group.as('alice').says('/gathering report 1');
    const report = world.dm('alice').lastBotMessage();
    expect(report).toMatch(/Commitments: 3 from 3 people · done 2 · partly 0 · not yet 0 · let go 1 · open 0/);
    expect(report).toMatch(/@nina: maybe, present: yes/);
  }, 240_000);
});
