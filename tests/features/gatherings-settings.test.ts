// A cohort's own rhythm for gatherings (reminders and the follow-up
// sequence), the room code for "I'm here", commitments with a target date,
// one press to ask a peer with a matching topic when stuck, and /mydata's
// words in Spanish.

import { afterEach, describe, expect, it } from 'vitest';
import { createWorld, readable, type World } from '../helpers/scenario.ts';
import { liveCohort, membershipOf } from './lookups.ts';

const START = new Date('2027-03-01T09:00:00Z'); // Monday 10:00 in Madrid

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

const said = (world: World, handle: string, text: string) =>
  world
    .dm(handle)
    .botMessages()
    .filter((m) => m.includes(text));

describe('gatherings: a cohort sets its own rhythm', { timeout: 120_000 }, () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('reminds and follows up when the coordinators said, and refuses settings that make no sense', async () => {
    world = await createWorld({ start: START });
    const group = await madrid(world);
    await group.as('bob').says('/gathering settings --reminders 1d');
    group.expectBotSaid(/Only a coordinator/);
    await group.as('alice').says('/gathering settings');
    group.expectBotSaid(
      /Reminders before a gathering: 7 days, 1 day, 1 hour\. Follow-ups, in days after it: \+1, \+7, \+30, \+90/,
    );
    for (const [flags, answer] of [
      ['--reminders 5m', /not a list of reminders/],
      ['--reminders 7d,1d,1h,2h,3h,4h', /not a list of reminders/],
      ['--reminders soon', /not a list of reminders/],
      ['--steps 7,1', /not a follow-up sequence/],
      ['--steps 1', /not a follow-up sequence/],
      ['--reminders 2d --steps 1,400', /not a follow-up sequence/],
    ] as const) {
      await group.as('alice').says(`/gathering settings ${flags}`);
      group.expectBotSaid(answer);
    }
    // Nothing of a refused change was stored.
    await group.as('alice').says('/gathering settings');
    group.expectBotSaid(/7 days, 1 day, 1 hour/);

    // A gathering already announced follows the new reminders too.
    await group.as('alice').says('/gathering create "Day" --at 2027-03-10 10:00 --until 12:00');
    await group.as('bob').presses('Going');
    await group.as('alice').says('/gathering settings --reminders 2d,3h --steps 2,14');
    group.expectBotSaid(
      /Saved\. Reminders before a gathering: 2 days, 3 hours\. Follow-ups, in days after it: \+2, \+14/,
    );

    await world.advance('7d'); // 8 March 10:00 Madrid: two days before
    expect(said(world, 'bob', 'In 2 days:')).toHaveLength(1);
    await world.advance('47h'); // 10 March 09:00
    expect(said(world, 'bob', 'In 3 hours:')).toHaveLength(1);
    expect(said(world, 'bob', 'In one week')).toEqual([]);
    expect(said(world, 'bob', 'Tomorrow')).toEqual([]);
    expect(said(world, 'bob', 'In one hour')).toEqual([]);

    await world.advance('2d'); // 12 March 09:00: the +2 days prompt is at 10:00
    expect(said(world, 'bob', 'What will you try')).toEqual([]);
    await world.advance('1h');
    expect(said(world, 'bob', 'I will ask how it goes 14 days after the gathering')).toHaveLength(1);
    await world.dm('bob').says('/commit write the guide --by 2027-03-31');
    world.dm('bob').expectBotSaid(/Saved for “Day”.*Target: Mar 31, 2027/);
    await world.advance('12d'); // 24 March 10:00: +14 days
    const asked = world.dm('bob').expectBotSaid(/you wanted to try: “write the guide”. Did you do it\?/);
    expect(asked).toContain('You aimed for Mar 31, 2027.');
    await world.advance('100d');
    expect(said(world, 'bob', 'Did you do it?')).toHaveLength(1);
  });
});

describe('gatherings: the room code', { timeout: 120_000 }, () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('asks for the code announced in the room, in private, and refuses a wrong one or the wrong time', async () => {
    world = await createWorld({ start: START });
    const group = await madrid(world);
    await group.as('alice').says('/gathering create "Day" --at 2027-03-02 10:00 --until 12:00');
    await group.as('bob').presses('Going');
    await group.as('bob').says('/gathering code 1');
    group.expectBotSaid(/Only a coordinator/);
    await group.as('alice').says('/gathering code 1 a!b');
    group.expectBotSaid(/cannot be a room code/);
    // All digits would read as a gathering number in "/here 2027": refused, nothing set.
    await group.as('alice').says('/gathering code 1 2027');
    group.expectBotSaid(/“2027” is only digits.*at least one letter.*\/gathering code 1 and I will make one up/);
    expect(
      (await world.store.gatherings.byNumber((await liveCohort(world, group)).id, 1))?.roomCode ?? null,
    ).toBeNull();
    await group.as('alice').says('/gathering code 1');
    const set = world.dm('alice').expectBotSaid(/Room code for #1 “Day”: /);
    const code = /Room code for #1 “Day”: ([A-Z0-9]+)/.exec(set)![1]!;
    expect(code).toMatch(/^[A-Z2-9]{4}$/);
    // Whoever reads the group cannot tick it from afar.
    expect(group.botMessages().join('\n')).not.toContain(code);

    await world.dm('bob').says(`/here ${code}`);
    world.dm('bob').expectBotSaid(/no gathering happening now/);
    await world.advance('1d'); // 2 March 10:00: it starts
    group.expectBotSaid(/“Day” is starting/);
    expect(readable((await group.as('bob').presses("I'm here")) ?? '')).toMatch(
      /has a room code, announced in the room: send \/here 1 CODE/,
    );
    await world.dm('bob').says('/here WRONG');
    world.dm('bob').expectBotSaid(/not the room code/);
    await world.dm('bob').says(`/here 1 ${code.toLowerCase()}`);
    world.dm('bob').expectBotSaid(/marked present at “Day”/);
    await group.as('carol').says('/here');
    group.expectBotSaid(/has a room code/);

    await group.as('alice').says('/gathering report 1');
    const report = world.dm('alice').lastBotMessage();
    expect(report).toMatch(/@bob: going, present: yes/);
    expect(report).not.toMatch(/@carol/);
  });
});

describe('gatherings: stuck, and in Spanish', { timeout: 120_000 }, () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('offers a peer with a matching topic, checks target dates, and speaks /mydata in Spanish', async () => {
    world = await createWorld({ start: START });
    const group = await madrid(world);
    const carol = (await membershipOf(world, group, 'carol'))!;
    await world.store.memberships.update(carol.id, { topics: ['wikidata'] });
    await world.dm('bob').says('/language es');
    await group.as('alice').says('/gathering create "Día" --at 2027-03-02 10:00 --until 12:00');
    await group.as('bob').presses('Going');
    await world.advance('2d'); // the +1 day prompt has gone out
    for (const [by, answer] of [
      ['2027-02-30', /no es una fecha/],
      ['2027-03-01', /ya pasó/],
      ['2029-01-01', /más de un año/],
      ['tomorrow', /no es una fecha/],
    ] as const) {
      await world.dm('bob').says(`/commit enseñar Wikidata --by ${by}`);
      world.dm('bob').expectBotSaid(answer);
    }
    expect(await world.store.gatherings.commitmentsOfMember((await membershipOf(world, group, 'bob'))!.id)).toEqual([]);
    await world.dm('bob').says('/commit enseñar Wikidata --by 2027-04-15');
    world.dm('bob').expectBotSaid(/Fecha objetivo: 15 abr 2027/);

    await world.advance('7d'); // +7 days: how is it going?
    world.dm('bob').expectBotSaid(/enseñar Wikidata/);
    await world.dm('bob').presses('Todavía no');
    world.dm('bob').expectBotSaid(/Carol también trabaja en «wikidata»/);
    await world.dm('bob').presses('Pedir ayuda a Carol');
    world
      .dm('carol')
      .expectBotSaid(/Bob \(Taller\) is stuck on what they wanted to try after a gathering: “enseñar Wikidata”/);
    world.dm('bob').expectBotSaid(/Le avisé a Carol/);
    // The same press twice does not tell Carol twice.
    expect(readable((await world.dm('bob').presses('Pedir ayuda a Carol')) ?? '')).not.toMatch(/Le avisé/);
    expect(said(world, 'carol', 'enseñar Wikidata')).toHaveLength(1);

    await world.dm('bob').says('/mydata');
    const mydata = world.dm('bob').botMessages().join('\n');
    expect(mydata).toMatch(/“Día”: voy, presente: no/);
    expect(mydata).toMatch(/Taller \(todavía no, solo tú\): enseñar Wikidata \(para el 15 abr 2027\)/);
    expect(mydata).not.toMatch(/not-yet|going|\bme\b/);
    await world.dm('bob').says('/commitments');
    world.dm('bob').expectBotSaid(/enseñar Wikidata \(todavía no\) \(para el 15 abr 2027\)/);
  });
});
