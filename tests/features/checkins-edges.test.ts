// Check-in edges a coordinator or member would hit (issue #12 items 5-9, 20-22, 27).

import { afterEach, describe, expect, it } from 'vitest';
import type { World } from '../helpers/scenario.ts';
import { createWorld } from '../helpers/scenario.ts';
import { replyTo, sendMessage } from './checkin-helpers.ts';
import { membershipOf } from './lookups.ts';

const prompts = (texts: string[]) => texts.filter((m) => m.includes('Check-in time'));

describe('check-in edges', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('refuses a duplicate rhythm, says short windows in minutes, shows a skipped time as skipped, never reuses a number', async () => {
    world = await createWorld({ start: new Date('2026-01-05T09:00:00Z') });
    const group = world.group('Berlin editors', { admins: ['alice'] });
    const alice = group.as('alice');
    await alice.says('/cohort create Berlin --timezone Europe/Berlin');
    await alice.says('/checkin schedule weekly mon 18:00 --window 20m');
    expect(group.expectBotSaid(/schedule #1 is set/)).toContain('answers open 20 minutes');
    await alice.says('/checkin schedule weekly mon 18:00');
    group.expectBotSaid('Schedule #1 already has this rhythm');
    await alice.says('/checkin schedule weekly tue 18:00 --window 90m');
    expect(group.expectBotSaid(/schedule #2 is set/)).toContain('answers open 1 hour, 30 minutes');

    await alice.says('/checkin skip 1');
    group.expectBotSaid(/on Jan 5, 2026, 6:00\sPM will be skipped/);
    await alice.says('/checkin list');
    expect(group.expectBotSaid(/#1: weekly mon 18:00/)).toMatch(
      /next Jan 12, 2026, 6:00\sPM \(Jan 5, 2026, 6:00\sPM skipped\)/,
    );

    await alice.says('/checkin delete 2');
    await alice.presses('Delete it');
    group.expectBotSaid('Schedule #2 is deleted.');
    await alice.says('/checkin schedule weekly wed 18:00');
    group.expectBotSaid('Check-in schedule #3 is set.');
  });

  it('/checkin now: one open at a time, the zone in the prompt, progress in /checkin stats, counts who joined that minute', async () => {
    // The night Berlin's clocks go back: 02:50 summer time; a 20-minute window closes at 02:10 winter time.
    world = await createWorld({ start: new Date('2026-10-25T00:50:20Z') });
    const group = world.group('Berlin editors', { admins: ['alice'] });
    const alice = group.as('alice');
    await world.dm('alice').says('hello');
    await alice.says('/cohort create Berlin --timezone Europe/Berlin');
    await alice.says('/checkin schedule weekly mon 18:00 --window 20m');
    await group.as('bob').says('/join');
    await alice.says('/checkin now');
    const [prompt] = prompts(group.botMessages());
    expect(prompt).toMatch(/open until Oct 25, 2026, 2:10\sAM GMT\+1/);

    await alice.says('/checkin now');
    group.expectBotSaid(/already open until/);
    await alice.says('/checkin now 1');
    group.expectBotSaid(/schedule #1 is already open/);
    expect(prompts(group.botMessages())).toHaveLength(1);

    await replyTo(world, group, 'bob', /Check-in time/, 'Fixed two broken links');
    await alice.says('/checkin stats');
    world.dm('alice').expectBotSaid('Open now: schedule #1, 1 of 2 answered so far');

    await world.advance('20m');
    world.dm('alice').markRead();
    await alice.says('/checkin stats');
    // Bob joined 20 s after the minute the occurrence is stamped with: his answer counts.
    world.dm('alice').expectBotSaid(/@bob: 1\/1, streak 1/);
  });

  it('does not open the regular check-in while one started with /checkin now is still open', async () => {
    world = await createWorld({ start: new Date('2026-01-05T16:00:00Z') }); // 17:00 in Berlin, Monday
    const group = world.group('Berlin editors', { admins: ['alice'] });
    const alice = group.as('alice');
    await alice.says('/cohort create Berlin --timezone Europe/Berlin');
    await alice.says('/checkin schedule weekly mon 18:00 --window 1d');
    await group.as('bob').says('/join');
    await alice.says('/checkin now');
    expect(prompts(group.botMessages())).toHaveLength(1);
    await replyTo(world, group, 'bob', /Check-in time/, 'Fixed two broken links');
    // 18:00 comes while the first is open: no second prompt, Bob's answer stays where it is.
    await world.advance('2h');
    expect(prompts(group.botMessages())).toHaveLength(1);
    await alice.says('/checkin list');
    group.expectBotSaid(/next Jan 12, 2026, 6:00\sPM/);
    // The week after, the regular one opens as usual.
    await world.advance('7d');
    expect(prompts(group.botMessages())).toHaveLength(2);
  });

  it('--digest coordinators: a coordinator the bot cannot write to is told to start it, and reads the answers in private', async () => {
    world = await createWorld({ start: new Date('2026-01-05T09:00:00Z') });
    const group = world.group('Lagos editors', { admins: ['alice'] });
    const alice = group.as('alice');
    await alice.says('/cohort create Lagos --timezone Africa/Lagos');
    await group.as('bob').says('/join');
    await alice.says('/checkin schedule weekly mon 18:00 --window 1h --digest coordinators');
    await alice.says('/checkin now');
    await world.dm('bob').says('hi');
    await group.as('bob').presses(/Answer privately/);
    const bob = world.dm('bob');
    for (let i = 0; i < 3; i++) await bob.says(`Private answer ${i + 1}`);
    await bob.presses('Share with the cohort');

    group.markRead();
    await world.advance('1h');
    const digest = group.expectBotSaid(/Check-in digest, Lagos/);
    expect(digest).not.toContain('Answers go to the coordinators only');
    expect(digest).toContain('Shared answers are kept for the coordinators');
    expect(digest).toContain('@alice: I cannot write to you in private yet');
    expect(digest).not.toContain('Private answer');

    await world.dm('alice').says('/checkin digest');
    expect(world.dm('alice').expectBotSaid(/Check-in digest, Lagos/)).toContain('Private answer 1');
  });

  it('an edited answer updates it while the window is open: a group reply, and a guided answer in private', async () => {
    world = await createWorld({ start: new Date('2026-01-05T09:00:00Z') });
    const group = world.group('Lagos editors', { admins: ['alice'] });
    const alice = group.as('alice');
    await alice.says('/cohort create Lagos --timezone Africa/Lagos');
    await group.as('bob').says('/join');
    await group.as('carol').says('/join');
    await alice.says('/checkin schedule weekly mon 18:00 --window 1h --question "What did you do?"');
    await alice.says('/checkin now');

    const reply = await replyTo(world, group, 'bob', /Check-in time/, 'Typo fixes');
    // An edit carries no reply (Matrix m.replace): the answer it was is found by its message.
    await sendMessage(world, group, 'bob', 'Typo fixes and a new template', { messageId: reply, edited: true });

    await world.dm('carol').says('hi');
    await group.as('carol').presses(/Answer privately/);
    const carol = world.dm('carol');
    const first = await sendMessage(world, carol, 'carol', 'Draft one');
    carol.expectBotSaid(/You answered 1 of 1/);
    await sendMessage(world, carol, 'carol', 'Final draft', { messageId: first, edited: true });
    carol.expectBotSaid('Your answer to question 1 is updated.');
    await carol.presses('Share with the cohort');

    group.markRead();
    await world.advance('1h');
    const digest = group.expectBotSaid(/Check-in digest, Lagos/);
    expect(digest).toContain('Typo fixes and a new template');
    expect(digest).toContain('Final draft');
    expect(digest).not.toContain('Draft one');

    // After the window an edit changes nothing.
    await sendMessage(world, carol, 'carol', 'Too late', { messageId: first, edited: true });
    carol.expectBotSaid('This check-in is closed');
  });

  it('one timezone per person: /profile set timezone and /timezone are the same setting, used by /reflections', async () => {
    world = await createWorld({ start: new Date('2026-01-05T09:00:00Z') });
    const group = world.group('Lagos editors', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Lagos');
    await group.as('bob').says('/join');
    await group.as('bob').says('/profile set timezone Africa/Lagos');
    group.expectBotSaid('Your timezone is now Africa/Lagos');
    const bob = world.dm('bob');
    await bob.says('/timezone');
    bob.expectBotSaid('Your timezone: Africa/Lagos');
    await bob.says('/reflect Asking early saves days');
    await bob.says('/reflections');
    // 09:00 UTC is 10:00 in Lagos.
    expect(bob.expectBotSaid(/Asking early saves days/)).toMatch(/10:00\sAM/);

    await bob.says('/timezone Asia/Tokyo');
    await bob.says('/profile');
    bob.expectBotSaid('Timezone: Asia/Tokyo');
    // Named for one cohort, it is still the person's one zone, and the answer says so.
    await bob.says('/profile set timezone Asia/Tokyo --cohort Lagos');
    expect(bob.expectBotSaid('Your timezone is now Asia/Tokyo')).toContain(
      'It is one timezone for you in every cohort: --cohort does not set it for one cohort only.',
    );
    // A cohort joined later has it too (matching reads it from the membership).
    const abuja = world.group('Abuja editors', { admins: ['alice'] });
    await abuja.as('alice').says('/cohort create Abuja');
    await abuja.as('bob').says('/join');
    expect((await membershipOf(world, abuja, 'bob'))?.timezone).toBe('Asia/Tokyo');
  });

  it('/cohort create: a member is told they lack the right; a cohort without --timezone says its zone and how to change it', async () => {
    world = await createWorld({ start: new Date('2026-01-05T09:00:00Z') });
    const group = world.group('Lagos editors', { admins: ['alice'] });
    await group.as('mallory').says('/cohort create Lagos');
    group.expectBotSaid('Only an admin of this chat (or a coordinator of its cohort) can create a cohort here.');
    await group.as('alice').says('/cohort create Lagos');
    group.expectBotSaid(/Timezone: UTC \(the default; none was given\)[\s\S]*\/cohort edit --timezone/);
  });
});
