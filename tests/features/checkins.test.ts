import { afterEach, describe, expect, it } from 'vitest';
import { JobContext } from '../../src/core/job-context.ts';
import type { OneOffJob } from '../../src/core/jobs.ts';
import { reconcileCheckins } from '../../src/features/checkins/index.ts';
import { dueJob } from '../../src/features/checkins/occurrences.ts';
import type { ChatHandle, World } from '../helpers/scenario.ts';
import { createWorld } from '../helpers/scenario.ts';
import { replyTo } from './checkin-helpers.ts';
import { liveCohort, membershipOf } from './lookups.ts';

// Monday 5 January 2026, 09:00 UTC (10:00 in Berlin).
const START = new Date('2026-01-05T09:00:00Z');

async function berlinCohort(world: World, members: string[] = ['bob', 'carol']) {
  const group = world.group('Berlin editors', { admins: ['alice'] });
  await group.as('alice').says('/cohort create Berlin --timezone Europe/Berlin');
  for (const member of members) await group.as(member).says('/join');
  return group;
}

const nudges = (dm: ChatHandle) => dm.botMessages().filter((m) => m.includes('No pressure'));
const prompts = (group: ChatHandle) => group.botMessages().filter((m) => m.includes('Check-in time'));

describe('check-ins', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('posts a weekly check-in at 18:00 Berlin time, once, and the schedule shows in /checkin list', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world);
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 1d --remind 6h');
    const said = group.expectBotSaid(/Check-in schedule #1 is set/);
    expect(said).toContain('#1: weekly mon 18:00 (Europe/Berlin), next');
    expect(said).toContain('answers open 24 hours');

    await world.advance('7h'); // 16:00 UTC = 17:00 Berlin
    expect(prompts(group)).toEqual([]);
    await world.advance('1h'); // 18:00 Berlin
    expect(prompts(group)).toHaveLength(1);
    expect(prompts(group)[0]).toContain('What did you do since the last check-in?');
    await world.advance('1h');
    expect(prompts(group)).toHaveLength(1);

    await group.as('bob').says('/checkin list');
    group.expectBotSaid(/#1: weekly mon 18:00 \(Europe\/Berlin\), next .*12/);
  });

  it('takes answers by reply and by guided DM, reminds the rest, and the digest shows only shared answers', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world, ['bob', 'carol', 'dave']);
    // Carol can be written to first (she wrote to the bot); Dave cannot.
    await world.dm('carol').says('hello');
    await group
      .as('alice')
      .says(
        '/checkin schedule weekly mon 18:00 --window 1d --remind 6h --question "What did you learn?" --question "What next?"',
      );
    await world.advance('8h');
    expect(prompts(group)).toHaveLength(1);

    await replyTo(world, group, 'bob', /Check-in time/, '1. Wikidata queries\n2. Teach them');
    group.expectBotSaid(/your answer is noted/);

    await world.dm('carol').says('hi again');
    await group.as('carol').presses(/Answer privately/);
    const carol = world.dm('carol');
    carol.expectBotSaid(/\(1\/2\) What did you learn\?/);
    await carol.says('A secret about my health');
    carol.expectBotSaid(/\(2\/2\) What next\?/);
    await carol.says('skip');
    carol.expectBotSaid(/You answered 1 of 2/);
    await carol.presses(/Keep it private/);
    carol.expectBotSaid(/stay private[\s\S]*Would you like to write a short reflection/);
    // The guided reflection: written in the next message, private first, then shared by choice.
    await carol.presses('Write a reflection');
    carol.expectBotSaid('Write your reflection in your next message');
    await carol.says('Asking for help early saves days');
    carol.expectBotSaid('Saved in Berlin. Only you can read it.');
    await carol.presses('Share with the cohort');
    carol.expectBotSaid(/The cohort can read it/);
    expect(await carol.presses('Share with the mentor'.replace('the', 'my'))).toMatch(/no longer valid|expired|stale/i);

    // A non-member cannot answer.
    await replyTo(world, group, 'mallory', /Check-in time/, 'hi');
    group.expectBotSaid(/Only members of this cohort/);

    // Reminder 6h before close: Carol answered, Dave cannot get a DM -> one group message,
    // which counts those who have not answered (Alice and Dave) without naming them.
    group.markRead();
    await world.advance('18h');
    const reminder = group.expectBotSaid(/closes soon; 2 people have not answered yet/);
    expect(reminder).not.toMatch(/@dave|@alice|Dave|Alice/);

    group.markRead();
    await world.advance('6h');
    const digest = group.expectBotSaid(/Check-in digest, Berlin/);
    // Fewer than 5 members: no "2 of 4", and no list of who took part (it names who did not).
    expect(digest).not.toMatch(/took part|Thanks to/);
    // Bob's answer was written in the group: shared, with his name.
    expect(digest).toContain('@bob');
    expect(digest).toContain('Wikidata queries');
    expect(digest).not.toContain('secret');
    expect(digest).toContain('Asking for help early saves days');

    // After close: refused.
    await replyTo(world, group, 'dave', /Check-in time/, 'late');
    group.expectBotSaid(/This check-in is closed/);
  });

  it('gives someone the bot cannot write to first a link that starts the private answer', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world, ['dave']);
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 1d --question "What did you learn?"');
    await world.advance('8h');
    // Dave never wrote to the bot: no DM is possible, so the group gets a link for him.
    const toast = await group.as('dave').presses(/Answer privately/);
    expect(toast).toBe('I cannot write to you first: use the link I posted.');
    const said = group.expectBotSaid(/Dave, I cannot write to you first\. Open .* and press Start/);
    const payload = /start=(checkin-[0-9a-f-]+)/.exec(said)?.[1];
    expect(payload, said).toBeDefined();

    const dave = world.dm('dave');
    await dave.says(`/start ${payload}`);
    dave.expectBotSaid(/Check-in of Berlin\. Answer one question at a time[\s\S]*\(1\/1\) What did you learn\?/);
    await dave.says('How to cite sources');
    dave.expectBotSaid(/You answered 1 of 1/);

    expect(await group.as('mallory').presses(/Answer privately/)).toMatch(/Only members of this cohort/);
    // The link is for members, for an open check-in, and must be one the bot made.
    await world.dm('mallory').says(`/start ${payload}`);
    world.dm('mallory').expectBotSaid(/Only members of this cohort/);
    await dave.says('/start checkin-not-an-id');
    dave.expectBotSaid(/link/i);
    await world.advance('1d');
    await dave.says(`/start ${payload}`);
    dave.expectBotSaid(/This check-in is closed/);
  });

  it('with --digest coordinators, the group hears only who took part and the answers go to coordinators by DM', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world, ['bob', 'carol']);
    await world.dm('alice').says('/language en'); // a coordinator the bot may write to
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 2h --digest coordinators');
    await world.advance('8h');
    await replyTo(world, group, 'bob', /Check-in time/, 'Fixed the infobox templates');
    await world.dm('carol').says('hi');
    await group.as('carol').presses(/Answer privately/);
    for (const answer of ['Private matter', 'skip', 'skip']) await world.dm('carol').says(answer);
    await world.dm('carol').presses(/Keep it private/);
    const alice = world.dm('alice');
    alice.markRead();
    group.markRead();
    await world.advance('2h');
    const digest = group.expectBotSaid(/Check-in digest, Berlin/);
    expect(digest).toContain('Answers go to the coordinators only.');
    expect(digest).not.toMatch(/infobox|Private matter|took part|@bob|@carol/);
    // Who took part goes to the coordinators, in private.
    const forCoordinators = alice.expectBotSaid(/Check-in digest, Berlin/);
    expect(forCoordinators).toContain('2 people took part (of 3)');
    expect(forCoordinators).toMatch(/Thanks to @bob and @carol|Thanks to @carol and @bob/);
    expect(forCoordinators).toContain('Fixed the infobox templates');
    expect(forCoordinators).not.toContain('Private matter');
  });

  it('lets a member change an answer until the window closes, keeping one answer set per member', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world, ['bob']);
    await world.dm('bob').says('/language en');
    await group
      .as('alice')
      .says('/checkin schedule weekly mon 18:00 --window 2h --question "What did you learn?" --question "What next?"');
    await world.advance('8h');
    await replyTo(world, group, 'bob', /Check-in time/, '1. Lua modules\n2. Write docs');
    // Privately again: a new first answer, "skip" keeps the second.
    await group.as('bob').presses(/Answer privately/);
    const bob = world.dm('bob');
    await bob.says('Lua modules and their tests');
    await bob.says('skip');
    bob.expectBotSaid(/You answered 2 of 2/);
    await bob.presses(/Share/);
    const cohort = await liveCohort(world, group);
    const [checkIn] = await world.store.checkins.recentOccurrences(cohort.id, 1);
    expect((await world.store.checkins.answers(checkIn!.id)).map((a) => a.answers)).toEqual([
      ['Lua modules and their tests', 'Write docs'],
    ]);
    group.markRead();
    await world.advance('2h');
    const digest = group.expectBotSaid(/Check-in digest, Berlin/);
    expect(digest).toContain('Lua modules and their tests');
    expect(digest).not.toContain('Lua modules\n');
    expect(await group.as('bob').presses(/Answer privately/)).toMatch(/no longer valid|closed/);
  });

  it('refuses impossible schedules and bad input with a reason', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world);
    await group.as('alice').says('/checkin schedule weekly funday 18:00');
    group.expectBotSaid(/“funday” is not a day of the week/);
    await group.as('alice').says('/checkin schedule cron 0 9 31 2 *');
    group.expectBotSaid(/never happens/);
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 8d');
    group.expectBotSaid(/longer than the time between two check-ins/);
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 1d --remind 2d');
    group.expectBotSaid(/make --remind shorter than --window/);
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window soon');
    group.expectBotSaid(/is not a duration/);
    await group.as('bob').says('/checkin schedule weekly mon 18:00');
    group.expectBotSaid(/Only a coordinator/);
    await group.as('alice').says('/checkin skip 7');
    group.expectBotSaid(/no check-in schedule “7”/);
    const cohort = await liveCohort(world, group);
    expect(await world.store.checkins.schedules(cohort.id)).toEqual([]);
  });

  it('skips the next occurrence, pauses, resumes, and deletes after asking', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world);
    await group.as('alice').says('/checkin schedule weekly mon 18:00');
    await group.as('alice').says('/checkin skip 1');
    group.expectBotSaid(/will be skipped/);
    await world.advance('1d');
    expect(prompts(group)).toEqual([]);
    await world.advance('7d');
    expect(prompts(group)).toHaveLength(1);

    await group.as('alice').says('/checkin pause 1');
    group.expectBotSaid(/#1 is paused/);
    await world.advance('7d');
    expect(prompts(group)).toHaveLength(1);
    await group.as('alice').says('/checkin resume 1');
    group.expectBotSaid(/running again/);
    await world.advance('7d');
    expect(prompts(group)).toHaveLength(2);

    await group.as('alice').says('/checkin delete 1');
    group.expectBotSaid(/Delete schedule #1/);
    await group.as('alice').presses(/Delete it/);
    group.expectBotSaid(/#1 is deleted/);
    await world.advance('14d');
    expect(prompts(group)).toHaveLength(2);
  });

  it('/checkin now posts at once, and twice in the same minute posts once and says it is open', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world);
    await group.as('alice').says('/checkin now');
    group.expectBotSaid(/No check-ins are scheduled here yet/);
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --question "One word?"');
    await group.as('alice').says('/checkin now');
    await group.as('alice').says('/checkin now');
    // The second gets an answer: that check-in is still open.
    group.expectBotSaid('The check-in of schedule #1 is already open until');
    expect(prompts(group)).toHaveLength(1);
    expect(prompts(group)[0]).toContain('One word?');
  });

  it('after downtime: a window already over is recorded as missed (no stale prompt); within it, posts once, late', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world);
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 6h');
    const cohort = await liveCohort(world, group);
    // Down from Monday 10:00 to Tuesday 10:00: the whole window passed.
    world.local.clock.advance(24 * 3_600_000);
    await world.advance(0);
    expect(prompts(group)).toEqual([]);
    const [missed] = await world.store.checkins.recentOccurrences(cohort.id, 5);
    expect(missed).toMatchObject({ state: 'missed' });
    // Down again over the next Monday 18:00 until 20:00: within the window, posted late once.
    world.local.clock.advance((6 * 24 + 10) * 3_600_000);
    await world.advance(0);
    await world.advance('1m');
    expect(prompts(group)).toHaveLength(1);
  });

  it('a restart with the job queue emptied (Redis lost) reconciles from the schedule rows and posts on time', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world);
    await group.as('alice').says('/checkin schedule weekly mon 18:00');
    for (const job of world.local.scheduler.pending()) await world.local.scheduler.cancel(job.id);
    expect(await reconcileCheckins(world.local.bot.job)).toBe(1);
    expect(await reconcileCheckins(world.local.bot.job)).toBe(1);
    expect(world.local.scheduler.pending().filter((job) => job.name === 'checkins.due')).toHaveLength(1);
    await world.advance('8h');
    expect(prompts(group)).toHaveLength(1);
  });

  it('lists a shared reflection in one digest only, not again in the next', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world);
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 1h');
    await world.dm('bob').says('/reflect Templates save time --visibility cohort');
    await world.advance('8h');
    await replyTo(world, group, 'bob', /Check-in time/, 'week one');
    await world.advance('1h');
    expect(group.expectBotSaid(/Check-in digest, Berlin/)).toContain('Templates save time');
    await world.advance('167h'); // the next Monday, 18:00 Berlin
    await replyTo(world, group, 'bob', /Check-in time/, 'week two');
    await world.advance('1h');
    expect(group.expectBotSaid(/Check-in digest, Berlin/)).not.toContain('Templates save time');
  });

  it('posts no digest when nobody took part and nobody shared a reflection', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world);
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 1d');
    await world.advance('8h');
    expect(prompts(group)).toHaveLength(1);
    const cohort = await liveCohort(world, group);
    const [occurrence] = await world.store.checkins.recentOccurrences(cohort.id, 1);
    await world.advance('1d');
    // Closed (its close ran), and the group got no "Nobody took part" digest.
    expect((await world.store.checkins.occurrence(occurrence!.id))?.state).toBe('closed');
    expect(group.botMessages().some((m) => /Check-in digest|Nobody took part/.test(m))).toBe(false);
  });

  it('posts no digest that would show only its title: a private answer kept private, too few for a count', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world);
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 1d');
    await world.advance('8h');
    await world.dm('bob').says('hi');
    await group.as('bob').presses(/Answer privately/);
    for (const answer of ['Read a chapter', 'Another', 'Nothing']) await world.dm('bob').says(answer);
    await world.dm('bob').presses('Keep it private');
    await world.advance('1d');
    // Three members (fewer than 5: no "1 of 3"), names not shown, nothing shared: nothing to post.
    expect(group.botMessages().some((m) => /Check-in digest/.test(m))).toBe(false);
    // Coordinators still read who took part, in private.
    await world.dm('alice').says('/checkin digest');
    expect(world.dm('alice').expectBotSaid(/Check-in digest, Berlin/)).toMatch(/One person took part[\s\S]*@bob/);
  });

  it('after Redis lost the jobs of an open check-in, the restart plans its reminder and close again', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world);
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 1d --remind 6h');
    await world.advance('8h');
    expect(prompts(group)).toHaveLength(1);
    for (const job of world.local.scheduler.pending()) await world.local.scheduler.cancel(job.id);
    await reconcileCheckins(world.local.bot.job);
    const planned = world.local.scheduler.pending().map((job) => job.name);
    expect(planned.sort()).toEqual(['checkins.close', 'checkins.due', 'checkins.remind']);
    group.markRead();
    await world.advance('18h');
    group.expectBotSaid(/closes soon; 3 people have not answered yet/);
    await replyTo(world, group, 'bob', /Check-in time/, 'Citations');
    await world.advance('6h');
    group.expectBotSaid(/Check-in digest, Berlin/);
  });

  it('a due job retried after the job queue failed midway posts once and still plans the next check-in', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world);
    await group.as('alice').says('/checkin schedule weekly mon 18:00');
    const cohort = await liveCohort(world, group);
    const [schedule] = await world.store.checkins.schedules(cohort.id);
    const dueAt = schedule!.nextDueAt!;
    const services = world.local.services;
    // Redis goes away once, after the database work of the job.
    let failures = 1;
    const flaky = {
      ...services,
      scheduler: {
        schedule: async (job: OneOffJob) => {
          if (failures-- > 0) throw new Error('Redis went away');
          await services.scheduler.schedule(job);
        },
        cancel: (id: string) => services.scheduler.cancel(id),
      },
    };
    world.local.clock.advance(dueAt.getTime() - world.local.clock.now().getTime());
    const data = { scheduleId: schedule!.id, dueAt: dueAt.toISOString() };
    const job = new JobContext({ services: flaky });
    await expect(dueJob(data, job)).rejects.toThrow('Redis went away');
    await dueJob(data, job); // the queue's retry
    await world.advance(0); // and the original job, run late: a duplicate
    expect(prompts(group)).toHaveLength(1);
    const nextMonday = new Date('2026-01-12T17:00:00Z').getTime();
    expect((await world.store.checkins.schedule(schedule!.id))?.nextDueAt?.getTime()).toBe(nextMonday);
    await world.advance('7d');
    expect(prompts(group)).toHaveLength(2);
  });

  it('posts nothing to a chat the bot was removed from, and records the occurrence as missed', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world);
    await group.as('alice').says('/checkin schedule weekly mon 18:00');
    const cohort = await liveCohort(world, group);
    await world.store.chats.markUnreachable(cohort.chatId, world.local.clock.now());
    group.markRead();
    await world.advance('8h');
    group.expectSilence();
    const [occurrence] = await world.store.checkins.recentOccurrences(cohort.id, 1);
    expect(occurrence).toMatchObject({ state: 'missed' });
  });

  it('keeps the local time across the spring-forward change in Berlin', async () => {
    world = await createWorld({ start: new Date('2026-03-23T09:00:00Z') });
    const group = await berlinCohort(world);
    await group.as('alice').says('/checkin schedule weekly sun 18:00');
    await world.advance('6d'); // Sunday 29 March 09:00 UTC, 11:00 CEST (the clocks went forward at 02:00)
    await world.advance('6h'); // 15:00 UTC: 17:00 CEST (it would be 16:00 in winter time)
    expect(prompts(group)).toEqual([]);
    await world.advance('1h'); // 16:00 UTC = 18:00 CEST
    expect(prompts(group)).toHaveLength(1);
  });
});

describe('check-in participation', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('shows answered counts and streaks, and lists members who missed three in a row; paused members are left out', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world, ['bob', 'dave', 'erin']);
    await group.as('alice').says('/checkin stats');
    group.expectBotSaid(/No check-in has closed yet/);
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 2h');
    await group.as('erin').says('/pause --until 60d');
    group.expectBotSaid(/You are on a break from Berlin until/);
    for (let week = 0; week < 3; week++) {
      await world.advance(week === 0 ? '8h' : '7d');
      await replyTo(world, group, 'bob', /Check-in time/, `week ${week}`);
    }
    await world.advance('3h');
    // Names of who missed check-ins are for coordinators, in private: the group gets a pointer.
    await group.as('alice').says('/checkin stats');
    expect(group.expectBotSaid(/Alice, this is for your eyes only/)).not.toContain('@dave');
    await world.dm('alice').says('/checkin stats');
    const said = world.dm('alice').expectBotSaid(/Participation in the last 3 check-ins/);
    expect(said).toContain('@bob: 3/3, streak 3');
    expect(said).toContain('@dave: 0/3, streak 0');
    expect(said).toMatch(/Missed 3 check-ins or more in a row: .*@dave/);
    expect(said).not.toContain('@bob, ');
    expect(said).not.toContain('@erin');
  });

  it('counts nobody as missing check-ins from before they joined', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world, ['bob']);
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 2h');
    await world.advance('8h');
    await world.advance('7d');
    await world.advance('3h'); // two check-ins closed, nobody answered
    await group.as('frank').says('/join');
    await world.advance('7d'); // a third closes: Frank missed one, Bob three
    await world.dm('alice').says('/checkin stats');
    const said = world.dm('alice').expectBotSaid(/Participation in the last 3 check-ins/);
    expect(said).toContain('@frank: 0/1, streak 0');
    expect(said).toMatch(/Missed 3 check-ins or more in a row: .*@bob/);
    expect(said).not.toMatch(/in a row: .*@frank/);
  });

  it('sends one gentle DM after the set number of misses, and its buttons pause or keep the member', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world, ['bob', 'dave']);
    for (const handle of ['bob', 'dave']) await world.dm(handle).says('/language en');
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 2h --inactive-after 2');
    const bob = world.dm('bob');
    const dave = world.dm('dave');
    bob.markRead();
    dave.markRead();
    await world.advance('8h');
    await world.advance('3h'); // first close: one miss each, too few for a nudge
    expect(nudges(dave)).toEqual([]);
    await world.advance('7d'); // second close: two in a row
    dave.expectBotSaid(/Hello Dave! You have missed the last 2 check-ins of Berlin/);
    bob.expectBotSaid(/missed the last 2 check-ins/);
    // Nobody else reads it: the group hears nothing about who went quiet.
    expect(group.botMessages().some((m) => m.includes('No pressure'))).toBe(false);

    expect(await dave.presses('A two-week break')).toBe('Done.');
    dave.expectBotSaid(/You are on a break from Berlin until/);
    expect((await membershipOf(world, group, 'dave'))?.status).toBe('paused');
    // The same buttons cannot be used twice.
    expect(await dave.presses('Leave the cohort')).toMatch(/no longer valid|expired|stale/i);
    expect((await membershipOf(world, group, 'dave'))?.status).toBe('paused');

    await bob.presses('I am still in');
    bob.expectBotSaid('Glad to hear it! See you at the next check-in of Berlin.');
    expect((await membershipOf(world, group, 'bob'))?.status).toBe('active');

    // A third miss in a row does not nudge Bob again; Dave, on a break, is not prompted or reminded.
    dave.markRead();
    await world.advance('7d');
    expect(nudges(bob)).toHaveLength(1);
    dave.expectSilence();
    // The break ends by itself after two weeks, and Dave is told.
    await world.advance('7d');
    dave.expectBotSaid(/Your break from Berlin is over/);
    expect((await membershipOf(world, group, 'dave'))?.status).toBe('active');
    // Check-ins during the break are not misses: after it Dave starts afresh, Bob is still quiet.
    await world.dm('alice').says('/checkin stats');
    const stats = world.dm('alice').expectBotSaid(/Participation in the last 4 check-ins/);
    const quiet = /^Missed 2 check-ins or more in a row: (.*)$/m.exec(stats)?.[1]?.split(' and ');
    expect(quiet?.sort()).toEqual(['@alice', '@bob']);
    expect(stats).toContain('@dave: 0/2, streak 0');
    // Two more misses after the break: a new quiet stretch, a new gentle DM.
    dave.markRead();
    await world.advance('7d');
    await world.advance('7d');
    dave.expectBotSaid(/Hello Dave! You have missed the last 2 check-ins of Berlin/);
  });

  it('asks someone the bot cannot write to first through a link in the group, without saying they went quiet', async () => {
    world = await createWorld({ start: START });
    // Dave never wrote to the bot: no DM is possible.
    const group = await berlinCohort(world, ['dave']);
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 2h --inactive-after 1');
    group.markRead();
    await world.advance('11h');
    const said = group.expectBotSaid(/@dave, I have a question for you about the cohort\. I cannot write to you first/);
    // The group reads neither the count nor the question.
    expect(said).not.toMatch(/missed|No pressure|break/);
    const payload = /start=(nudge-[0-9a-f-]+)/.exec(said)?.[1];
    expect(payload, said).toBeDefined();

    const dave = world.dm('dave');
    await dave.says(`/start ${payload}`);
    dave.expectBotSaid(/Hello Dave! You have missed the last check-in of Berlin/);
    expect(await dave.presses('A two-week break')).toBe('Done.');
    expect((await membershipOf(world, group, 'dave'))?.status).toBe('paused');

    // The link is for members of that cohort only.
    await world.dm('mallory').says(`/start ${payload}`);
    world.dm('mallory').expectBotSaid(/link/i);
  });

  it('lets a nudged member leave from the DM, and never nudges when the schedule says 0', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world, ['bob']);
    await world.dm('bob').says('/language en');
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 2h --inactive-after 1');
    await world.advance('11h');
    const bob = world.dm('bob');
    await bob.presses('Leave the cohort');
    bob.expectBotSaid(/You left Berlin\. \/join in the group brings you back/);
    expect((await membershipOf(world, group, 'bob'))?.status).toBe('left');

    await group.as('alice').says('/checkin schedule weekly tue 18:00 --window 2h --inactive-after 0');
    await group.as('alice').says('/checkin delete 1');
    await group.as('alice').presses('Delete it');
    await group.as('bob').says('/join');
    await world.advance('2d');
    expect(nudges(bob)).toHaveLength(1);

    for (const bad of ['-1', '21', 'three']) {
      await group.as('alice').says(`/checkin schedule weekly wed 18:00 --inactive-after ${bad}`);
      group.expectBotSaid(`“${bad}” is not a number of check-ins from 0 to 20 (0: never).`);
    }
  });

  it('takes a break with /pause and ends it with /resume', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world, ['bob']);
    await world.dm('bob').says('/language en');
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 1d --remind 6h');
    await group.as('bob').says('/resume');
    group.expectBotSaid('You are not on a break from Berlin.');
    await group.as('bob').says('/pause');
    group.expectBotSaid(/You are on a break from Berlin until .*19/);
    const bob = world.dm('bob');
    bob.markRead();
    await world.advance('1d'); // prompt and reminder time: no reminder for someone on a break
    bob.expectSilence();
    // Answering during a break is refused with the way out.
    await replyTo(world, group, 'bob', /Check-in time/, 'on my break');
    group.expectBotSaid(/You are on a break from this cohort.*\/resume first to answer/);
    expect(await group.as('bob').presses(/Answer privately/)).toMatch(/on a break/);
    await group.as('bob').says('/resume');
    group.expectBotSaid('Welcome back to Berlin: check-ins reach you again.');
    await replyTo(world, group, 'bob', /Check-in time/, 'back again');
    group.expectBotSaid(/your answer is noted/);
    await group.as('bob').says('/pause --until 2020-01-01');
    group.expectBotSaid(/2020-01-01/);
    await group.as('bob').says('/pause --until soon');
    group.expectBotSaid(/soon/);
    await group.as('mallory').says('/pause');
    group.expectBotSaid(/not a member of Berlin|Only members/);
  });
});

describe('check-ins when the cohort moves to another timezone', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('keeps the local time of day: 18:00 in the new timezone', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world);
    await group.as('alice').says('/checkin schedule weekly mon 18:00');
    await group.as('alice').says('/cohort edit --timezone Asia/Kolkata');
    await group.as('alice').says('/checkin list');
    group.expectBotSaid(/#1: weekly mon 18:00 \(Asia\/(Kolkata|Calcutta)\), next Jan 5, 2026, 6:00 PM/);
    await world.advance('3h'); // 12:00 UTC: 17:30 in Kolkata
    expect(prompts(group)).toEqual([]);
    await world.advance('30m'); // 12:30 UTC = 18:00 in Kolkata
    expect(prompts(group)).toHaveLength(1);
    await world.advance('5h'); // 17:00 UTC, the old Berlin time: nothing more
    expect(prompts(group)).toHaveLength(1);
  });

  it('a skipped check-in stays skipped when the timezone changes; the next one comes at 18:00 new local time', async () => {
    world = await createWorld({ start: START });
    const group = await berlinCohort(world);
    await group.as('alice').says('/checkin schedule weekly mon 18:00');
    await group.as('alice').says('/checkin skip 1');
    await group.as('alice').says('/cohort edit --timezone America/Santiago');
    await group.as('alice').says('/checkin list');
    // The skipped time is shown as skipped, with the one after it.
    group.expectBotSaid(
      /#1: weekly mon 18:00 \(America\/Santiago\), next Jan 12, 2026, 6:00\sPM \(Jan 5, 2026, 6:00\sPM skipped\)/,
    );
    await world.advance('2d');
    expect(prompts(group)).toEqual([]);
    await world.advance('5d'); // Monday 12 January 09:00 UTC
    await world.advance('11h'); // 20:00 UTC = 17:00 in Santiago (summer, -03:00)
    expect(prompts(group)).toEqual([]);
    await world.advance('1h');
    expect(prompts(group)).toHaveLength(1);
  });
});

describe('check-ins in several languages', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('posts in the cohort language (Spanish, Santiago time) and guides each member in their own (Arabic)', async () => {
    world = await createWorld({ start: START });
    const group = world.group('Santiago', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Santiago --timezone America/Santiago --language es');
    await group.as('bob').says('/join');
    await world.dm('bob').says('/language ar');
    await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 2h');
    const spanishPrompt = () => group.botMessages().find((m) => m.includes('Hora del check-in'));
    await world.advance('11h');
    expect(spanishPrompt()).toBeUndefined();
    await world.advance('1h'); // 21:00 UTC = 18:00 in Santiago (summer, -03:00)
    const prompt = spanishPrompt();
    expect(prompt).toContain('¿Qué hiciste desde el último check-in?');
    await group.as('bob').presses(/Responder en privado/);
    world.dm('bob').expectBotSaid(/\(1\/3\) ماذا أنجزت منذ المتابعة الأخيرة؟/);
    for (const answer of ['Leí sobre fuentes', 'Plantillas', 'Nada']) await world.dm('bob').says(answer);
    // Shared, so the digest has something to show (one with only its title is not posted).
    await world.dm('bob').presses('شارك مع المجموعة');
    await world.advance('2h');
    expect(group.lastBotMessage()).toContain('Resumen del check-in, Santiago');
    expect(group.lastBotMessage()).toContain('Leí sobre fuentes');
    // Two members: no "0 of 2" in the group (aggregates of fewer than 5 people are not shown).
    expect(group.lastBotMessage()).not.toContain('(de 2)');
    // Refusals are in the group's language too.
    await replyTo(world, group, 'bob', /Hora del check-in/, 'tarde');
    group.expectBotSaid('Este check-in está cerrado: ya no se aceptan respuestas.');
    await replyTo(world, group, 'mallory', /Hora del check-in/, 'hola');
    group.expectBotSaid(/Solo quienes son miembros de esta cohorte/);
  });
});
