// Gatherings and the follow-up loop, told as a coordinator (alice), members
// (bob in English, carla in Spanish in Bogotá, dave) and a mentor (erin),
// on the fake adapter with the virtual clock: announce, answer, waiting list,
// an edited time, reminders, "I'm here", commitments, +7/+30/+90 follow-ups
// across Europe's daylight-saving change, coordinators' summaries, the survey
// request, /mydata and /forgetme.

import { afterEach, describe, expect, it } from 'vitest';
import type { SurveyRequested } from '../../src/core/events.ts';
import type { Feature } from '../../src/core/feature.ts';
import { createWorld, readable, type World } from '../helpers/scenario.ts';
import { liveCohort, membershipOf } from './lookups.ts';

// Monday 1 March 2027, 10:00 in Madrid (CET, UTC+1).
const START = new Date('2027-03-01T09:00:00Z');

function surveyProbe(seen: SurveyRequested[]): Feature {
  return {
    name: 'survey-probe',
    on: {
      'survey.requested': async (event) => {
        seen.push(event);
      },
    },
  };
}

/** What the presser reads in the toast. */
async function toast(pressed: Promise<string | undefined>): Promise<string> {
  return readable((await pressed) ?? '');
}

describe('gatherings', { timeout: 120_000 }, () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('carries people from the announcement to three months after, each in their language and timezone', async () => {
    const surveys: SurveyRequested[] = [];
    world = await createWorld({ start: START, extraFeatures: [surveyProbe(surveys)] });
    const group = world.group('Wiki Madrid', { admins: ['alice'] });
    await group.as('alice').says('/cohort create "Wiki Madrid" --timezone Europe/Madrid');
    for (const handle of ['bob', 'carla', 'dave', 'erin']) await group.as(handle).says('/join');
    // They have written to the bot once, so it may write to them in private.
    for (const handle of ['alice', 'bob', 'dave', 'erin']) await world.dm(handle).says('/start');
    // Erin mentors Dave.
    await group.as('alice').says('/role @erin mentor');
    const mentoring = await liveCohort(world, group);
    await world.store.mentorships.create({
      cohortId: mentoring.id,
      mentorMembershipId: (await membershipOf(world, group, 'erin'))!.id,
      menteeMembershipId: (await membershipOf(world, group, 'dave'))!.id,
      status: 'accepted',
      score: 1,
      reasons: [],
      askedAt: null,
    });
    await world.dm('carla').says('/language es');
    await world.dm('carla').says('/timezone America/Bogota');

    await group
      .as('alice')
      .says(
        '/gathering create "Edit-a-thon" --at 2027-03-14 10:00 --until 17:00 --place "Biblioteca <b>Central</b>" --capacity 2',
      );
    const announcement = group.expectBotSaid(/New gathering/);
    expect(announcement).toContain('#1 Edit-a-thon');
    expect(announcement).toContain('Biblioteca <b>Central</b>'); // shown as typed, never as markup
    expect(announcement).toContain('(Europe/Madrid)');

    // Answers: the toast carries the date in the presser's language and timezone.
    expect(await toast(group.as('bob').presses('Going'))).toMatch(/You are going to “Edit-a-thon”/);
    const carlaToast = await toast(group.as('carla').presses('Going'));
    expect(carlaToast).toMatch(/Vas a “Edit-a-thon”/);
    expect(carlaToast).toContain('America/Bogota');
    expect(carlaToast).toMatch(/4:00/); // 10:00 in Madrid is 04:00 in Bogotá
    expect(await toast(group.as('dave').presses('Going'))).toMatch(/full: you are on the waiting list/);
    expect(await toast(group.as('zoe').presses('Going'))).toMatch(/\/join first/);

    // A place frees up: dave moves up and hears it in private.
    expect(await toast(group.as('bob').presses('Not going'))).toMatch(/not going/);
    world.dm('dave').expectBotSaid(/A place freed up: you are now going to “Edit-a-thon”/);

    // The group sees counts, never who.
    await group.as('bob').says('/gathering show 1');
    const shown = group.expectBotSaid(/Going: 2 · maybe: 0 · not going: 1 · waiting list: 0/);
    expect(shown).not.toMatch(/Carla|Dave/);

    // Moving the time moves every reminder once.
    await group.as('alice').says('/gathering edit 1 --at 2027-03-14 11:00 --until 18:00');
    group.expectBotSaid(/Gathering changed/);
    world.dm('dave').expectBotSaid(/“Edit-a-thon” has a new time: Mar 14, 2027, 11:00.AM.–.6:00.PM \(Europe\/Madrid\)/);
    expect(world.dm('carla').botMessages().join('\n')).toMatch(/tiene un nuevo horario: .*5:00.*America\/Bogota/);
    await world.advance('7d'); // 8 March: the one-week reminder (11:00 Madrid = 10:00 UTC) is at 10:00 UTC
    await world.advance('1h');
    const weekReminders = world
      .dm('dave')
      .botMessages()
      .filter((m) => m.includes('In one week'));
    expect(weekReminders).toHaveLength(1);
    expect(weekReminders[0]).toMatch(/11:00/);
    expect(
      world
        .dm('carla')
        .botMessages()
        .filter((m) => m.includes('En una semana')),
    ).toHaveLength(1);
    expect(world.dm('bob').botMessages().join('\n')).not.toMatch(/In one week/); // bob is not going

    // What Dave hopes to learn, for the organisers only (the week reminder invited it).
    expect(weekReminders[0]).toMatch(/Tell the organisers in private with \/hope/);
    await world.dm('dave').says('/hope how to run a campaign on the dashboard');
    world.dm('dave').expectBotSaid(/organisers of “Edit-a-thon” will read it/);

    // On the day: "I'm here" counts only during the gathering.
    await group.as('dave').says('/here');
    group.expectBotSaid(/no gathering happening now/);
    await world.advance('6d'); // 14 March 11:00 Madrid
    group.expectBotSaid(/“Edit-a-thon” is starting/);
    expect(
      world
        .dm('dave')
        .botMessages()
        .filter((m) => m.includes('In one hour')),
    ).toHaveLength(1);
    expect(await toast(group.as('carla').presses("I'm here"))).toMatch(/presente/);
    await group.as('dave').says('/here');
    group.expectBotSaid(/marked present at “Edit-a-thon”/);

    // After: each participant is asked privately, in their language, at 10:00 their time.
    await world.advance('1d'); // 15 March 11:00 Madrid = 05:00 Bogotá
    expect(world.dm('dave').botMessages().join('\n')).toMatch(/What will you try/);
    expect(world.dm('carla').botMessages().join('\n')).not.toMatch(/Qué vas a probar/);
    await world.advance('6h'); // 11:00 Bogotá
    expect(world.dm('carla').botMessages().join('\n')).toMatch(/Qué vas a probar/);
    expect(world.dm('bob').botMessages().join('\n')).not.toMatch(/What will you try/);

    await world.dm('carla').says('/commit organizar un taller de citas --visibility coordinators');
    world.dm('carla').expectBotSaid(/Guardado/);
    await world.dm('dave').says('/commit write three articles');
    world.dm('dave').expectBotSaid(/Only you can read it/);
    await world.dm('dave').says('/commit fix the portal');
    await world.dm('dave').says('/commit translate a guide');
    await world.dm('dave').says('/commit one more');
    world.dm('dave').expectBotSaid(/already have 3 commitments/);

    // +7 days, 10:00 local: how is it going, one question per commitment.
    await world.advance('7d');
    const week = world
      .dm('dave')
      .botMessages()
      .filter((m) => m.includes('One week after'));
    expect(week).toHaveLength(3);
    await world.dm('dave').as('dave').presses('Partly');
    world.dm('dave').expectBotSaid(/partly done/);

    // The coordinators' summary, in private only.
    await world.advance('1d');
    const summary = world
      .dm('alice')
      .botMessages()
      .find((m) => m.includes('7 days after'));
    expect(summary).toMatch(/Commitments: 4 from 2 people/);
    expect(summary).toContain('organizar un taller de citas'); // shared with coordinators
    expect(summary).not.toContain('write three articles'); // only dave's eyes
    expect(group.botMessages().join('\n')).not.toContain('organizar');

    // +30 days: across Europe's change to summer time, still at 10:00 local; a survey is requested.
    await world.advance('23d');
    const cohort = await liveCohort(world, group);
    expect(surveys).toHaveLength(1);
    const carlaMembership = await membershipOf(world, group, 'carla');
    const daveMembership = await membershipOf(world, group, 'dave');
    expect(surveys[0]).toMatchObject({
      cohort: { id: cohort.id },
      template: 'followup',
      source: { kind: 'gathering' },
    });
    expect(new Set(surveys[0]!.membershipIds)).toEqual(new Set([carlaMembership!.id, daveMembership!.id]));
    // The surveys feature answers the request: each participant gets the "30 days later" survey.
    expect(world.dm('carla').botMessages().join('\n')).toContain('30 días después');
    const later = world
      .dm('carla')
      .botMessages()
      .filter((m) => m.includes('¿Lo hiciste?'));
    expect(later).toHaveLength(1);
    await world.dm('carla').as('carla').presses('Hecho');
    world.dm('carla').expectBotSaid(/¡Bien hecho!/);
    // Stuck: one press tells the mentor what Dave wanted to try, in private.
    await world.dm('dave').as('dave').presses('Not yet');
    world.dm('dave').expectBotSaid(/Erin, your mentor, can help/);
    await world.dm('dave').as('dave').presses('Ask my mentor for help');
    world.dm('dave').expectBotSaid(/I told Erin/);
    world.dm('erin').expectBotSaid(/Dave \(Wiki Madrid\) is stuck on .*“translate a guide”/);
    expect(group.botMessages().join('\n')).not.toContain('translate a guide');

    // +90 days: only what is still open is asked about again.
    await world.advance('61d');
    expect(
      world
        .dm('carla')
        .botMessages()
        .filter((m) => m.includes('¿Lo hiciste?')),
    ).toHaveLength(1);
    expect(
      world
        .dm('dave')
        .botMessages()
        .filter((m) => m.includes('Did you do it?')).length,
    ).toBe(6);

    // The coordinator's report in private: answers vs attendance and commitments.
    await group.as('alice').says('/gathering report 1');
    const report = world.dm('alice').lastBotMessage();
    expect(report).toMatch(/present: 2/);
    expect(report).toMatch(/done 1/);
    expect(report).toMatch(/@dave: how to run a campaign on the dashboard/);

    // /mydata shows dave his own; /forgetme removes them.
    await world.dm('dave').says('/mydata');
    const mydata = world.dm('dave').botMessages().join('\n');
    expect(mydata).toMatch(/Edit-a-thon.*going, present: yes/);
    expect(mydata).toContain('write three articles');
  });
});
