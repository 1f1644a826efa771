// "Back" while answering a survey in private: the previous answer can be
// changed, a conditional question that was not asked is passed over, an
// anonymous survey's changed answer still reaches the database without the
// person, and stale "Back" buttons (after going back, after the end, after the
// close) change nothing and say why.

import { afterEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../helpers/scenario.ts';
import { lastButtons, liveCohort, membershipOf } from './lookups.ts';

const START = new Date('2026-03-02T09:00:00Z');
const SLOW = 180_000;
const MEMBERS = ['bob', 'carol'];

const PULSE = [
  'scale5: How useful was it?',
  'yesno: Would you come again?',
  'text: Why not? if q2=no',
  'single: Best part? | Talks | People',
].join('\n');

async function cohortWith(world: World, members: string[], locale = 'en') {
  const group = world.group('Back Lab', { admins: ['alice'] });
  await group.as('alice').says(`/cohort create "Back Lab" --language ${locale}`);
  await world.dm('alice').says(`/language ${locale}`);
  for (const handle of members) {
    await group.as(handle).says('/join');
    await world.dm(handle).says(`/language ${locale}`);
  }
  return group;
}

describe('surveys: back to the previous answer', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it(
    'goes back over a conditional question that was not asked, shows the answer to change, and refuses stale Back buttons',
    async () => {
      world = await createWorld({ start: START });
      const group = await cohortWith(world, MEMBERS);
      await group.as('alice').says(`/survey create Pulse\n${PULSE}`);
      await group.as('alice').says('/survey send 1 --deadline 3d');
      const bob = world.dm('bob');
      bob.expectBotSaid(/Question 1 of 4:\s*How useful was it\?/);
      // Nothing before the first question: no Back button, and typing it says so.
      expect(lastButtons(bob).map((b) => b.label)).not.toContain('« Back');
      await bob.says('back');
      bob.expectBotSaid(/This is the first question: there is no earlier answer to change/);

      await bob.presses('4');
      expect(lastButtons(bob).map((b) => b.label)).toEqual(['Yes', 'No', '« Back']);
      await bob.presses('Yes');
      bob.expectBotSaid(/Question 4 of 4:\s*Best part\?/);
      const q4Back = lastButtons(bob).find((b) => b.label === '« Back')!;
      // Back from question 4 goes to question 2 ("Why not?" was not asked), with Yes marked.
      await bob.presses('« Back');
      bob.expectBotSaid(/Question 2 of 4:\s*Would you come again\?/);
      expect(lastButtons(bob).map((b) => b.label)).toEqual(['✓ Yes', 'No', '« Back']);
      // The Back button of question 4 was used up: pressed again, it changes nothing.
      expect(await bob.as('bob').pressData(q4Back.data)).toBe('This button is no longer valid.');
      expect(bob.lastBotMessage()).toMatch(/Question 2 of 4/);

      // Changed to No: now "Why not?" is asked; typing "back" there returns to question 2.
      await bob.presses('No');
      bob.expectBotSaid(/Question 3 of 4:\s*Why not\?[\s\S]*type “back”/);
      await bob.says('back');
      bob.expectBotSaid(/Question 2 of 4[\s\S]*/);
      expect(lastButtons(bob).map((b) => b.label)).toEqual(['Yes', '✓ No', '« Back']);
      await bob.presses('No');
      await bob.says('Too far');
      await bob.presses('« Back');
      // The written answer is shown back to its writer, in private.
      bob.expectBotSaid(/Question 3 of 4:\s*Why not\?\s*Your answer so far: Too far/);
      await bob.says('Too far, and too early');
      await bob.presses('People');
      bob.expectBotSaid(/Thank you for your answers!/);
      const cohort = await liveCohort(world, group);
      const survey = (await world.store.surveys.byNumber(cohort.id, 1))!;
      const bobRow = (await world.store.surveys.participants(survey.id)).find((p) => p.completed)!;
      expect(bobRow.answers).toEqual({ q1: 4, q2: 'no', q3: 'Too far, and too early', q4: 1 });

      // Carol goes back from "Why not?" and changes to Yes: her "Why not?" answer is not kept.
      const carol = world.dm('carol');
      await carol.presses('2');
      await carol.presses('No');
      await carol.says('Bad chairs');
      await carol.presses('« Back'); // from question 4 to question 3
      await carol.says('back'); // from question 3 to question 2
      await carol.presses('Yes');
      carol.expectBotSaid(/Question 4 of 4/);
      await carol.presses('Talks');
      const carolRow = (await world.store.surveys.participants(survey.id)).find(
        (p) => p.completed && p.id !== bobRow.id,
      )!;
      expect(carolRow.answers).toEqual({ q1: 2, q2: 'yes', q4: 0 });
      // After the end, the last question's Back is stale.
      expect(await carol.presses('« Back')).toBe('This button is no longer valid.');
    },
    SLOW,
  );

  it(
    'anonymous: a changed answer is stored without the person; Back after the close is refused, nothing stored',
    async () => {
      world = await createWorld({ start: START });
      const group = await cohortWith(world, MEMBERS);
      await group.as('alice').says(`/survey import --anonymous Pulse\n${PULSE}`);
      await group.as('alice').says('/survey send 1 --deadline 2d --remind 1d');
      const cohort = await liveCohort(world, group);
      const survey = (await world.store.surveys.byNumber(cohort.id, 1))!;
      const bob = world.dm('bob');
      await bob.presses('5');
      await bob.presses('« Back');
      expect(lastButtons(bob).map((b) => b.label)).toContain('✓ 5');
      await bob.presses('3');
      await bob.presses('Yes');
      await bob.presses('« Back');
      await bob.presses('No');
      await bob.says('Too loud');
      await bob.presses('Talks');
      bob.expectBotSaid(/stored without your name/);
      const rows = await world.db.prisma.$queryRawUnsafe<Array<Record<string, unknown>>>(
        `SELECT * FROM "SurveyAnonymousResponse" WHERE "surveyId" = $1`,
        survey.id,
      );
      expect(rows.map((r) => r.answers)).toEqual([{ q1: 3, q2: 'no', q3: 'Too loud', q4: 0 }]);
      expect(Object.keys(rows[0]!).sort()).toEqual(['answers', 'day', 'id', 'surveyId', 'versionId']);
      const member = (await membershipOf(world, group, 'bob'))!;
      expect(JSON.stringify(rows)).not.toContain(member.id);
      expect(JSON.stringify(rows)).not.toContain(member.accountId);
      expect((rows[0]!.day as Date).getUTCHours()).toBe(0);
      // The participant row kept the answers while Bob went back and forth; now they are gone from it.
      const marks = await world.store.surveys.participants(survey.id);
      expect(marks.filter((m) => m.completed).map((m) => m.answers)).toEqual([{}]);

      // Carol is at question 2 when the survey closes: her Back is refused, nothing is stored.
      const carol = world.dm('carol');
      await carol.presses('4');
      await world.advance('2d');
      expect(await carol.presses('« Back')).toMatch(/This survey is closed|no longer valid/);
      await carol.says('back');
      carol.expectBotSaid(/There is no survey question waiting for you/);
      expect(await world.store.surveys.anonymousResponses(survey.id)).toHaveLength(1);
      expect(await world.store.surveys.participants(survey.id)).toEqual([]);
    },
    SLOW,
  );

  it(
    'in Spanish: the button says Atrás and typing “atrás” goes back',
    async () => {
      world = await createWorld({ start: START });
      const group = await cohortWith(world, ['bob'], 'es');
      await group.as('alice').says(`/survey create Pulse\n${PULSE}`);
      await group.as('alice').says('/survey send 1');
      const bob = world.dm('bob');
      await bob.presses('4');
      expect(lastButtons(bob).map((b) => b.label)).toContain('« Atrás');
      await bob.presses('No');
      bob.expectBotSaid(/Para cambiar tu respuesta anterior, escribe «atrás»/);
      await bob.says('Atrás');
      bob.expectBotSaid(/Pregunta 2 de 4/);
      expect(lastButtons(bob).map((b) => b.label)).toContain('✓ No');
      // A named survey closes while Bob is at question 2: his Back button and a typed "atrás" say it is closed.
      await group.as('alice').says('/survey close 1');
      expect(await bob.presses('« Atrás')).toMatch(/^(Esta encuesta está cerrada|Este botón ya no es válido)\.$/);
      await bob.says('atrás');
      bob.expectBotSaid(/Esta encuesta está cerrada|No hay ninguna pregunta de encuesta esperándote/);
      const cohort = await liveCohort(world, group);
      const survey = (await world.store.surveys.byNumber(cohort.id, 1))!;
      const member = (await membershipOf(world, group, 'bob'))!;
      const row = (await world.store.surveys.participants(survey.id)).find((p) => p.membershipId === member.id);
      expect(row?.answers).toEqual({ q1: 4, q2: 'no' });
      expect(row?.completed).toBe(false);
    },
    SLOW,
  );
});
