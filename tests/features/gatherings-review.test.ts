// Gatherings as their users read them (the acceptance review of issue 13):
// the coordinator's report says whose answer each line is, /mydata counts
// answers rather than lines, a follow-up answer of "not yet" or "let it go"
// is not acknowledged with "Done.", and Arabic counts days and people with
// the right plural.

import { afterEach, describe, expect, it } from 'vitest';
import { dmChatId } from '../../adapters/fake/adapter.ts';
import { gatheringsFeature } from '../../src/features/gatherings/index.ts';
import { createWorld, readable, type World } from '../helpers/scenario.ts';
import { liveCohort } from './lookups.ts';

const START = new Date('2027-03-01T09:00:00Z'); // Monday 10:00 in Madrid

async function cohort(world: World, extra = '') {
  const group = world.group('Taller', { admins: ['alice'] });
  await group.as('alice').says(`/cohort create Taller --timezone Europe/Madrid${extra}`);
  for (const handle of ['bob', 'carol']) {
    await group.as(handle).says('/join');
    await world.dm(handle).says('/start');
  }
  await world.dm('alice').says('/start');
  return group;
}

describe('gatherings: read as their users read them', { timeout: 120_000 }, () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('heads the report per person, counts answers in /mydata, and toasts no "Done." for "not yet"', async () => {
    world = await createWorld({ start: START });
    const group = await cohort(world);
    await group.as('alice').says('/gathering create "Day" --at 2027-03-02 10:00 --until 12:00');
    await group.as('bob').presses('Going');
    await world.dm('bob').says('/hope learn SPARQL');
    world.dm('bob').expectBotSaid(/organisers of “Day” will read it/);

    // The per-person lines come under a heading of their own, after the hopes.
    await group.as('alice').says('/gathering report 1');
    const report = world.dm('alice').lastBotMessage().split('\n');
    const hopes = report.indexOf('What people hope to learn:');
    const people = report.indexOf("Each person's answer and presence:");
    expect(hopes).toBeGreaterThan(0);
    expect(people).toBe(hopes + 2);
    expect(report[people + 1]).toBe('• @bob: going, present: no');

    // One answer with a hope is one answer, not two.
    await world.dm('bob').says('/mydata');
    const mydata = world.dm('bob').lastBotMessage();
    expect(mydata).toMatch(/Your gathering answers \(one\):/);
    expect(mydata).toMatch(/what you hope to learn: learn SPARQL/);

    await world.advance('2d'); // +1 day: what will you try?
    await world.dm('bob').says('/commit write an article');
    await world.dm('bob').says('/commit run a workshop');
    await world.advance('7d'); // +7 days: how is it going?
    world.dm('bob').expectBotSaid(/how is it going with “run a workshop”/);
    // The answer is the message; a toast saying "Done." would contradict "Not yet".
    const toast = await world.dm('bob').presses('Not yet');
    expect(toast ?? '').not.toMatch(/Done/);
    world.dm('bob').expectBotSaid(/Noted: not yet/);
    const question = world
      .dm('bob')
      .messages()
      .find((m) => m.html.includes('write an article') && m.buttons)!;
    const button = question.buttons!.flat().find((b) => b.label === 'Let it go')!;
    const letGo = await world.dm('bob').as('bob').pressData(button.data, question.messageId);
    expect(letGo ?? '').not.toMatch(/Done/);
    world.dm('bob').expectBotSaid(/you let “write an article” go/);
    expect(
      (
        await world.store.gatherings.commitmentsOfMember(
          (
            await world.store.gatherings.rsvps(await dayId(world))
          )[0]!.membershipId,
        )
      )
        .map((c) => c.status)
        .sort(),
    ).toEqual(['let-go', 'not-yet']);

    // The cohort report's line adds up: the one let go is counted, not dropped.
    const [section] = await gatheringsFeature.report!(
      {
        cohort: await liveCohort(world, group),
        since: START,
        until: new Date('2027-04-01T00:00:00Z'),
        locale: 'en',
        timezone: 'Europe/Madrid',
        audience: 'coordinator',
      },
      world.local.bot.job,
    );
    expect(section!.summary.map(readable)).toEqual([
      '#1 Day: 1 going, 0 present; 2 commitments: 0 done, 0 partly, 1 let go, 1 open',
    ]);
  });

  it('tells the person moved up from the waiting list, and those told of a new time, how to get the calendar file', async () => {
    world = await createWorld({ start: START });
    const group = await cohort(world);
    await group.as('alice').says('/gathering create "Day" --at 2027-03-10 10:00 --capacity 1');
    await group.as('bob').presses('Going');
    await group.as('carol').presses('Going'); // full: the waiting list, no file
    expect(world.adapter.uploadsIn(dmChatId(world.person('carol').userId))).toEqual([]);
    await group.as('bob').presses('Not going');
    world
      .dm('carol')
      .expectBotSaid(/A place freed up: you are now going to “Day”.*\nFor your calendar: \/gathering ics 1$/s);
    await world.dm('carol').says('/gathering ics 1');
    expect(world.adapter.uploadsIn(dmChatId(world.person('carol').userId)).map((u) => u.fileName)).toEqual([
      'gathering-1.ics',
    ]);
    await group.as('alice').says('/gathering edit 1 --at 2027-03-11 10:00');
    world.dm('carol').expectBotSaid(/“Day” has a new time: .*Mar 11, 2027.*\nFor your calendar: \/gathering ics 1$/s);
  });

  it('says a gathering named in /commit was cancelled, rather than that there is none', async () => {
    world = await createWorld({ start: START });
    const group = await cohort(world);
    await group.as('alice').says('/gathering create "Day" --at 2027-03-02 10:00');
    await group.as('bob').presses('Going');
    await group.as('alice').says('/gathering cancel 1');
    await group.as('alice').presses('Yes, cancel it');
    await world.dm('bob').says('/commit write an article --gathering 1');
    expect(world.dm('bob').lastBotMessage()).toBe('This gathering was cancelled.');
    await world.dm('bob').says('/commit write an article --gathering 7');
    world.dm('bob').expectBotSaid(/There is no gathering #7 in this cohort/);
    const day = await world.store.gatherings.byNumber((await liveCohort(world, group)).id, 1);
    expect(await world.store.gatherings.commitmentsOf(day!.id)).toEqual([]);
  });

  it('quotes the whole date and time it cannot read', async () => {
    world = await createWorld({ start: START });
    const group = await cohort(world);
    await group.as('alice').says('/gathering create "Day" --at 2027-03-14 25:00');
    expect(readable(group.lastBotMessage())).toMatch(/“2027-03-14 25:00” is not a date and time I understand/);
    await group.as('alice').says('/gathering create "Day" --at 2027-03-14 10:00 --until 2027-03-14 24:30');
    expect(readable(group.lastBotMessage())).toMatch(/“2027-03-14 24:30” is not a date and time I understand/);
    await group.as('alice').says('/gathering list');
    group.expectBotSaid(/No gatherings ahead/);
  });

  it('counts days and people in Arabic with the right plural', async () => {
    world = await createWorld({ start: START });
    const group = await cohort(world, ' --language ar');
    await group.as('alice').says('/gathering create "يوم" --at 2027-03-02 10:00 --until 12:00');
    await group.as('bob').presses('سأحضر');
    await world.advance('2d');
    await world.dm('bob').says('/commit كتابة مقالة --visibility coordinators');
    await world.advance('8d'); // the coordinators' summary, the day after +7
    const summary = readable(world.dm('alice').lastBotMessage());
    expect(summary).toMatch(/بعد 7 أيام:/);
    expect(summary).toMatch(/الالتزامات: 1 من شخص واحد ·/);
    expect(summary).toMatch(/ما شاركه أصحابه مع المنسّقين:/);
  });
});

async function dayId(world: World): Promise<string> {
  const [gathering] = await world.store.gatherings.endingAfter(new Date(0));
  return gathering!.id;
}
