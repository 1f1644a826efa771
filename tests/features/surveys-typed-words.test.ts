// Typed "skip" and "back" while answering a survey in private, in the reader's
// language (keyword-skip, keyword-back, and the buttons' own labels) as well as
// English: a Spanish "omitir" skips an optional question instead of being
// stored as its answer; a Russian "Пропустить" likewise; "atrás" / "назад" go back.

import { afterEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../helpers/scenario.ts';
import { liveCohort } from './lookups.ts';

const START = new Date('2026-03-02T09:00:00Z');
const SLOW = 180_000;

const DEF = ['scale5: Useful?', 'text: Anything to add?', 'text: One word for it?'].join('\n');

async function run(world: World, locale: string, skipWord: string, backWord: string) {
  const group = world.group(`Words ${locale}`, { admins: ['alice'] });
  await group.as('alice').says(`/cohort create "Words ${locale}" --language ${locale}`);
  await group.as('bob').says('/join');
  await world.dm('bob').says(`/language ${locale}`);
  await group.as('alice').says(`/survey create Words\n${DEF.replace('text: Anything', 'text?: Anything')}`);
  await group.as('alice').says('/survey send 1 --deadline 3d');
  const bob = world.dm('bob');
  await bob.presses('4');
  // Typed skip word in the reader's language: the optional question is skipped, not answered.
  await bob.says(skipWord);
  // Typed back word: back to the skipped question, then the English word still works.
  await bob.says(backWord);
  await bob.says('skip');
  // The last question is required: the skip word is refused there, nothing stored.
  await bob.says(skipWord);
  const refused = bob.lastBotMessage();
  await bob.says('fine');
  const cohort = await liveCohort(world, group);
  const survey = (await world.store.surveys.byNumber(cohort.id, 1))!;
  const row = (await world.store.surveys.participants(survey.id)).find((p) => p.completed)!;
  return { refused, row };
}

describe('surveys: skip and back typed in the reader language', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it(
    'Spanish: "omitir" skips an optional text question, "atrás" goes back, "skip" still works',
    async () => {
      world = await createWorld({ start: START });
      const { refused, row } = await run(world, 'es', 'Omitir', 'atrás');
      expect(row.answers).toEqual({ q1: 4, q2: null, q3: 'fine' });
      expect(refused).toMatch(/Esta pregunta necesita una respuesta/);
    },
    SLOW,
  );

  it(
    'Russian: "Пропустить" skips, "назад" goes back; a required question refuses the skip word',
    async () => {
      world = await createWorld({ start: START });
      const { refused, row } = await run(world, 'ru', 'Пропустить', 'назад');
      expect(row.answers).toEqual({ q1: 4, q2: null, q3: 'fine' });
      expect(refused).toMatch(/На этот вопрос нужно ответить/);
    },
    SLOW,
  );

  it(
    'an answer typed after the survey closed under the person says so, and nothing is stored',
    async () => {
      world = await createWorld({ start: START });
      const group = world.group('Late', { admins: ['alice'] });
      await group.as('alice').says('/cohort create "Late"');
      await group.as('bob').says('/join');
      await world.dm('bob').says('/language en');
      await group.as('alice').says(`/survey create Late\n${DEF}`);
      await group.as('alice').says('/survey send 1 --deadline 3d');
      const bob = world.dm('bob');
      await bob.presses('4');
      await group.as('alice').says('/survey close 1');
      await bob.says('It was fine');
      bob.expectBotSaid(/The survey “Late” closed before you finished it, so this answer was not saved/);
      const cohort = await liveCohort(world, group);
      const survey = (await world.store.surveys.byNumber(cohort.id, 1))!;
      const answered = (await world.store.surveys.participants(survey.id)).filter(
        (p) => Object.keys(p.answers).length > 0,
      );
      expect(answered.map((p) => p.answers)).toEqual([{ q1: 4 }]);
    },
    SLOW,
  );

  it(
    'Persian: a scale value and options typed in Persian digits ("۵", "۱،۳") are taken',
    async () => {
      world = await createWorld({ start: START });
      const group = world.group('Digits', { admins: ['alice'] });
      await group.as('alice').says('/cohort create "Digits" --language fa');
      await group.as('bob').says('/join');
      await world.dm('bob').says('/language fa');
      await group.as('alice').says('/survey create Digits\nscale5: Useful?\nmulti: Which? | A | B | C');
      await group.as('alice').says('/survey send 1 --deadline 3d');
      const bob = world.dm('bob');
      await bob.says('۵');
      await bob.says('۱،۳');
      const cohort = await liveCohort(world, group);
      const survey = (await world.store.surveys.byNumber(cohort.id, 1))!;
      const row = (await world.store.surveys.participants(survey.id)).find((p) => p.completed)!;
      expect(row.answers).toEqual({ q1: 5, q2: [0, 2] });
    },
    SLOW,
  );

  it(
    '/surveys in private shows the deadline in the cohort time zone when the person set none, as the group was told',
    async () => {
      world = await createWorld({ start: START });
      const group = world.group('Zones', { admins: ['alice'] });
      await group.as('alice').says('/cohort create "Zones" --timezone Asia/Tehran');
      await group.as('bob').says('/join');
      await world.dm('bob').says('/language en');
      await group.as('alice').says('/survey create Zones\nyesno: Fine?');
      await group.as('alice').says('/survey send 1 --deadline 2d');
      const told = /Deadline: (.+)\./.exec(group.lastBotMessage())![1]!;
      expect(told).toBe('Mar 4, 2026, 12:30 PM');
      const bob = world.dm('bob');
      await bob.says('/surveys');
      expect(bob.lastBotMessage()).toContain(told);
    },
    SLOW,
  );

  it(
    'a quick poll is not sent again in private with /survey send: nobody gets a DM, the coordinator is told why',
    async () => {
      world = await createWorld({ start: START });
      const group = world.group('Poll', { admins: ['alice'] });
      await group.as('alice').says('/cohort create "Poll"');
      await group.as('bob').says('/join');
      await world.dm('bob').says('/language en');
      await group.as('alice').says('/survey poll "Next city?" "Lagos" "Abuja" --anonymous');
      await group.as('alice').says('/survey send 1');
      group.expectBotSaid(/Survey 1 is a quick poll in the group: it is answered there, not sent in private/);
      expect(world.dm('bob').lastBotMessage()).not.toMatch(/Next city/);
    },
    SLOW,
  );
});
