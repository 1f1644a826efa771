// Surveys over the fake adapter: a coordinator makes and sends surveys, members
// answer one question at a time in private, results respect the 5-person rule,
// and anonymous answers are checked on the database rows themselves.

import { afterEach, describe, expect, it } from 'vitest';
import type { Feature } from '../../src/core/feature.ts';
import { JobContext } from '../../src/core/job-context.ts';
import { htmlToPlain } from '../../src/core/markup.ts';
import { surveysFeature } from '../../src/features/surveys/index.ts';
import { createWorld, type World } from '../helpers/scenario.ts';
import { lastButtons, liveCohort, membershipOf } from './lookups.ts';

const START = new Date('2026-03-02T09:00:00Z');
const MEMBERS = ['bob', 'carol', 'dave', 'erin', 'fay', 'gus'];

async function cohortWith(world: World, members: string[], options: { locale?: string } = {}) {
  const group = world.group('Survey Lab', { admins: ['alice'] });
  await group
    .as('alice')
    .says(
      `/cohort create "Survey Lab" --themes "Wikidata, Commons" ${options.locale ? `--language ${options.locale}` : ''}`,
    );
  await world.dm('alice').says(`/language ${options.locale ?? 'en'}`);
  for (const handle of members) {
    await group.as(handle).says('/join');
    // They wrote to the bot once: it may write to them first.
    await world.dm(handle).says(`/language ${options.locale ?? 'en'}`);
  }
  return group;
}

describe('surveys', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('shows a survey with fewer than 5 answers in the group report without breaking its markup', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, ['bob', 'carol'], { locale: 'es' });
    await group.as('alice').says('/survey create feedback');
    await group.as('alice').says('/survey send 1');
    await group.as('alice').says('/report group');
    // "fewer than 5" in words: a bare "<5" in the markup made the platform refuse the whole summary.
    group.expectBotSaid(/Encuestas\n.*respondieron menos de 5 personas/);
  });

  it('a named feedback survey: buttons, a condition, free text, skip, results only from 5 answers', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, MEMBERS);
    await group.as('alice').says('/survey templates');
    group.expectBotSaid(/feedback: feedback right after a gathering/);
    await group.as('alice').says('/survey create feedback');
    group.expectBotSaid(/Survey 1 is ready: “After the gathering”, 5 questions, named/);
    await group.as('alice').says('/survey send 1 --deadline 3d');
    group.expectBotSaid(/Survey 1 sent: 7 in private, 0 by a link here/);

    // Bob: useful 4, "Meeting people", would not come again, says why, skips the last.
    const bob = world.dm('bob');
    bob.expectBotSaid(/After the gathering/);
    bob.expectBotSaid(/Question 1 of 5:\s*Overall, how useful was the gathering for you\?/);
    await bob.presses('4');
    bob.expectBotSaid(/What helped you most\?/);
    await bob.presses('Meeting people');
    await bob.presses('No');
    bob.expectBotSaid(/Question 4 of 5:\s*Why not\?/);
    await bob.says('Too far from home');
    bob.expectBotSaid(/What should we change next time\?[\s\S]*or “skip”/);
    await bob.says('skip');
    bob.expectBotSaid(/Thank you for your answers!/);

    // Four more answer "yes": the "why not" question is never asked.
    for (const [i, handle] of ['carol', 'dave', 'erin'].entries()) {
      const dm = world.dm(handle);
      await dm.presses(String(3 + (i % 3)));
      await dm.presses('The sessions');
      await dm.presses('Yes');
      dm.expectBotSaid(/Question 5 of 5:\s*What should we change next time\?/);
      expect(dm.botMessages().join('\n')).not.toMatch(/Why not\?/);
      await dm.says(`More coffee ${handle}`);
    }
    // Four people: nothing is shown.
    await world.dm('alice').says('/survey results 1');
    world.dm('alice').expectBotSaid(/Fewer than 5 people answered: nothing is shown/);

    const fay = world.dm('fay');
    await fay.presses('5');
    await fay.presses('Hands-on practice');
    await fay.presses('Yes');
    await fay.says('skip');
    fay.expectBotSaid(/Thank you/);

    // The results go to the coordinator in private even when asked in the group.
    await group.as('alice').says('/survey results 1');
    group.expectBotSaid(/Alice, I sent it to you in private/);
    const results = world.dm('alice').lastBotMessage();
    expect(results).toContain('5 people answered.');
    expect(results).toMatch(/Mean 4.2, median 4 \(out of 5\)/);
    expect(results).toContain('Meeting people: 1 (20%)');
    expect(results).toContain('Yes: 4 (80%)');
    // "Why not?" had one answer: not shown; the texts of the last question had 3: not shown.
    expect(results).not.toContain('Too far from home');
    expect(results).not.toContain('More coffee');
    expect(results).toMatch(/Why not\?\s*Fewer than 5 answers: not shown./);
    // Nobody's name in results.
    expect(results).not.toMatch(/Bob|Carol|@bob/);

    // Named answers are in /mydata.
    await world.dm('bob').says('/mydata');
    world
      .dm('bob')
      .expectBotSaid(/Your answers to the survey “After the gathering”:[\s\S]*Why not\?: Too far from home/);
  });

  it('anonymous: no person next to the answers in the database, no changes after, who answered forgotten at close', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, MEMBERS);
    await group.as('alice').says('/survey create followup --anonymous');
    group.expectBotSaid(/anonymous/);
    await group.as('alice').says('/survey send 1 --deadline 2d --remind 1d');
    const cohort = await liveCohort(world, group);
    const survey = (await world.store.surveys.byNumber(cohort.id, 1))!;

    for (const handle of MEMBERS.slice(0, 5)) {
      const dm = world.dm(handle);
      dm.expectBotSaid(/anonymous: nobody, not even the coordinators/);
      await dm.presses('Tools I discovered');
      expect(lastButtons(dm).map((b) => b.label)).toContain('✓ Tools I discovered');
      await dm.presses('Done');
      await dm.presses('Yes');
      dm.expectBotSaid(/What blocked you\?/);
      await dm.says(`No time, says ${handle}`);
      await dm.presses('8');
      await dm.says('skip');
      dm.expectBotSaid(/stored without your name/);
    }
    // Answering twice: refused.
    await world.dm('bob').says('/surveys');
    world.dm('bob').expectBotSaid(/30 days later \(answered/);
    expect(world.dm('bob').messages().at(-1)?.buttons ?? []).toEqual([]);

    // On the rows: the anonymous table has no column that could hold a person.
    const rows = await world.db.prisma.$queryRawUnsafe<Array<Record<string, unknown>>>(
      `SELECT * FROM "SurveyAnonymousResponse" WHERE "surveyId" = $1`,
      survey.id,
    );
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0]!).sort()).toEqual(['answers', 'day', 'id', 'surveyId', 'versionId']);
    const bob = (await membershipOf(world, group, 'bob'))!;
    const serialized = JSON.stringify(rows);
    expect(serialized).not.toContain(bob.id);
    expect(serialized).not.toContain(bob.accountId);
    // Only the day: midnight.
    for (const row of rows) expect((row.day as Date).getUTCHours()).toBe(0);
    // The participant rows keep no answers and no time once done.
    const marks = await world.store.surveys.participants(survey.id);
    expect(marks.filter((m) => m.completed).every((m) => Object.keys(m.answers).length === 0)).toBe(true);

    // Gus has not answered: the reminder comes a day before the deadline, to him only.
    await world.advance('1d');
    world.dm('gus').expectBotSaid(/A reminder: “30 days later” closes in about 24 hours/);
    expect(
      world
        .dm('bob')
        .botMessages()
        .some((m) => m.includes('A reminder')),
    ).toBe(false);

    await group.as('alice').says('/survey results 1');
    const results = world.dm('alice').lastBotMessage();
    expect(results).toContain('Tools I discovered: 5 (100%)');
    expect(results).toMatch(/No time, says (bob|carol|dave|erin|fay)/);

    // At the deadline: closed, and who answered is forgotten.
    await world.advance('1d');
    expect((await world.store.surveys.byId(survey.id))?.status).toBe('closed');
    expect(await world.store.surveys.participants(survey.id)).toEqual([]);
    expect(await world.store.surveys.anonymousResponses(survey.id)).toHaveLength(5);
    // Gus's question from before the close: refused, nothing stored.
    expect(await world.dm('gus').presses('Skills I learned')).toMatch(/no longer valid|closed/);
    expect(await world.store.surveys.anonymousResponses(survey.id)).toHaveLength(5);
    await world.dm('bob').says('/mydata');
    world.dm('bob').expectBotSaid(/anonymous surveys are stored without your name or any id/);
  });

  it('a self-assessment before and after, in Spanish, paired by person', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, MEMBERS.slice(0, 5), { locale: 'es' });
    for (const n of [1, 2]) {
      await group.as('alice').says('/survey create self-assessment');
      group.expectBotSaid(new RegExp(`La encuesta ${n} está lista: «Autoevaluación», 2 preguntas`));
      await group.as('alice').says(`/survey send ${n} --deadline 2d`);
      for (const handle of MEMBERS.slice(0, 5)) {
        const dm = world.dm(handle);
        dm.expectBotSaid(/¿Qué tanta confianza sientes en: Wikidata/);
        await dm.presses(n === 1 ? '2' : '4');
        dm.expectBotSaid(/Commons/);
        await dm.presses('3');
        dm.expectBotSaid(/¡Gracias por tus respuestas!/);
      }
      await group.as('alice').says(`/survey close ${n}`);
      group.expectBotSaid(`La encuesta ${n} está cerrada`);
    }
    await world.dm('alice').says('/language es');
    await world.dm('alice').says('/survey results 2');
    const results = world.dm('alice').lastBotMessage();
    expect(results).toContain('Antes y después (encuesta 1 → encuesta 2)');
    expect(results).toMatch(/Wikidata: \+2 en promedio, para las 5 personas que respondieron ambas/);
    expect(results).toMatch(/Commons: 0 en promedio/);

    // The report section says the same, without free texts.
    const cohort = await liveCohort(world, group);
    const [section] = await surveysFeature.report!(
      {
        cohort,
        since: START,
        until: new Date(START.getTime() + 30 * 86_400_000),
        locale: 'es',
        timezone: 'UTC',
        audience: 'group',
      },
      new JobContext({ services: world.local.services }),
    );
    expect(section?.title).toBe('Encuestas');
    // Summary lines are markup, as the reports feature reads them: compare their plain text.
    const summary = htmlToPlain(section?.summary.join('\n') ?? '').replace(/[\u2068\u2069]/g, '');
    expect(summary).toMatch(/Wikidata: \+2 en promedio/);
    expect(summary).toMatch(/Autoevaluación: respondieron 5 personas/);
    expect(section?.tables?.[0]?.rows.length).toBeGreaterThan(2);
    // The chart: each theme before and after (the pairs' means), localized.
    const chart = section?.chart as { title: string; data: { values: Array<Record<string, unknown>> } };
    expect(chart.title).toBe('Autoevaluación, antes y después');
    expect(chart.data.values).toEqual(
      expect.arrayContaining([
        { series: 'antes', label: expect.stringContaining('Wikidata'), value: 2 },
        { series: 'después', label: expect.stringContaining('Wikidata'), value: 4 },
        { series: 'después', label: expect.stringContaining('Commons'), value: 3 },
      ]),
    );
  });

  it('versions, resume, changing named answers, and the deadline', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, ['bob', 'carol']);
    await group
      .as('alice')
      .says('/survey create Quick check\nyesno: Did you edit this week?\ntext?: What did you edit? if q1=yes');
    group.expectBotSaid(/Survey 1 is ready: “Quick check”, 2 questions, named/);
    // No answers yet: the edit replaces version 1.
    await group
      .as('alice')
      .says('/survey edit 1 Quick check\nyesno: Did you edit this month?\ntext?: What did you edit? if q1=yes');
    group.expectBotSaid('Survey 1 now has version 1.');
    await group.as('alice').says('/survey send 1 --deadline 1d');
    await world.dm('bob').presses('Yes');
    world.dm('bob').expectBotSaid(/What did you edit\?/);
    // Bob stops here; the survey is edited: answers exist, so a version 2.
    await group.as('alice').says('/survey edit 1 Quick check\nscale5: How was your month?');
    group.expectBotSaid('Survey 1 now has version 2.');
    // Bob resumes on his version where he stopped.
    await world.dm('bob').says('/surveys');
    await world.dm('bob').presses(/Answer “Quick check”/);
    world.dm('bob').expectBotSaid(/What did you edit\?/);
    await world.dm('bob').says('A template');
    // Carol starts on version 2.
    await world.dm('carol').says('/surveys');
    await world.dm('carol').presses(/Answer/);
    world.dm('carol').expectBotSaid(/How was your month\?/);
    // Bob changes his named answers until the deadline.
    await world.dm('bob').says('/surveys');
    await world.dm('bob').presses(/Change my answers/);
    world.dm('bob').expectBotSaid(/earlier answers are kept/);
    await world.dm('bob').presses('No');
    const bob = (await membershipOf(world, group, 'bob'))!;
    const cohort = await liveCohort(world, group);
    const survey = (await world.store.surveys.byNumber(cohort.id, 1))!;
    expect((await world.store.surveys.participant(survey.id, bob.id))?.answers).toEqual({ q1: 'no' });
    // After the deadline: closed, buttons answer so.
    await world.advance('1d');
    const toast = await world.dm('carol').presses('3');
    expect(toast).toMatch(/closed|no longer valid/);
    await world.dm('carol').says('/surveys');
    world.dm('carol').expectBotSaid('You have no open surveys.');
  });

  it('bad input: malformed definitions, hostile text, forged and stale buttons, unknown ids, non-coordinators', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, ['bob']);
    await group.as('bob').says('/survey create feedback');
    group.expectBotSaid(/coordinator/i);
    await group.as('alice').says('/survey create nonsense');
    group.expectBotSaid('There is no template “nonsense”. Templates: feedback, followup, self-assessment.');
    await group.as('alice').says('/survey create T\nbanana: what?');
    group.expectBotSaid(/Line 2: “banana” is not a question type/);
    await group.as('alice').says('/survey create T\nsingle: Pick one | only');
    group.expectBotSaid(/not valid \(at questions.0.options\)/);
    await group.as('alice').says('/survey create T\ntext: Why? if q5=no');
    group.expectBotSaid(/not valid \(at questions.0.if\)/);
    await group
      .as('alice')
      .says('/survey create {"title": "x", "questions": [{"id": "a", "type": "rank", "text": "?"}]}');
    group.expectBotSaid(
      'Question 1: “rank” is not a question type. Use single, multi, scale5, scale10, yesno or text.',
    );
    await group.as('alice').says('/survey create {not json');
    group.expectBotSaid(/This JSON cannot be read/);
    const many = Array.from({ length: 200 }, (_, i) => `yesno: Q${i}?`).join('\n');
    await group.as('alice').says(`/survey create Many\n${many}`);
    group.expectBotSaid('A survey has at most 30 questions.');
    const manyJson = Array.from({ length: 200 }, (_, i) => ({ id: `q${i}`, type: 'yesno', text: `Q${i}?` }));
    await group.as('alice').says(`/survey import ${JSON.stringify({ title: 'Many', questions: manyJson })}`);
    group.expectBotSaid('A survey has at most 30 questions.');
    await group.as('alice').says(`/survey create T\nsingle: Pick | ${'x'.repeat(10_000)} | b`);
    group.expectBotSaid('Question 1: its text or one of its options is too long (at most 100 characters).');
    await group.as('alice').says('/survey send 42');
    group.expectBotSaid('There is no survey 42 in this cohort. See /survey list.');
    expect(await world.store.surveys.ofCohort((await liveCohort(world, group)).id)).toEqual([]);

    // Hostile text is shown as text.
    await group.as('alice').says('/survey create <b>Bold</b>\nscale10: <a href="http://x">click</a> & rate?');
    group.expectBotSaid('Survey 1 is ready: “<b>Bold</b>”');
    await group.as('alice').says('/survey send 1');
    const question = world.dm('bob').messages().at(-1)!;
    expect(question.html).toContain('&lt;a href=');
    // Text where a number is wanted, and out of range.
    await world.dm('bob').says('eleven');
    world.dm('bob').expectBotSaid('Please answer with a number from 0 to 10.');
    await world.dm('bob').says('11');
    world.dm('bob').expectBotSaid('Please answer with a number from 0 to 10.');
    // A forged choice on a real token, then a stale one.
    const data = question.buttons!.flat()[0]!.data;
    const token = data.split(':')[0];
    expect(await world.dm('bob').as('bob').pressData(`${token}:s99`)).toBe('This button is no longer valid.');
    await world.dm('bob').says('7');
    world.dm('bob').expectBotSaid(/Thank you/);
    expect(await world.dm('bob').as('bob').pressData(data)).toBe('This button is no longer valid.');
    await world.dm('bob').says('/start survey-00000000-0000-0000-0000-000000000000');
    world.dm('bob').expectBotSaid(/not valid/);
  });
});

describe('survey.requested', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('sends the template to the members named in the event, once per key, and records the source', async () => {
    // Stands in for the gatherings feature: its follow-up step publishes the event.
    const probe: Feature = {
      name: 'probe-gathering',
      commands: [
        {
          name: 'followup',
          where: 'group',
          access: 'coordinator',
          async run(ctx) {
            const ids = (await ctx.store.memberships.list(ctx.cohort!.id))
              .filter((m) => ['bob', 'carol'].includes(m.account.username ?? ''))
              .map((m) => m.id);
            await ctx.job.publish({
              type: 'survey.requested',
              cohort: ctx.cohort!,
              template: 'feedback',
              membershipIds: ids,
              source: { kind: 'gathering', id: 'g-1' },
              key: 'gathering-g-1-feedback',
            });
          },
        },
      ],
    };
    world = await createWorld({ start: START, extraFeatures: [probe] });
    const group = await cohortWith(world, ['bob', 'carol', 'dave']);
    await group.as('alice').says('/followup');
    await group.as('alice').says('/followup');
    for (const handle of ['bob', 'carol']) {
      const questions = world
        .dm(handle)
        .botMessages()
        .filter((m) => /Overall, how useful/.test(m));
      expect(questions).toHaveLength(1);
    }
    expect(
      world
        .dm('dave')
        .botMessages()
        .some((m) => /Overall, how useful/.test(m)),
    ).toBe(false);
    const cohort = await liveCohort(world, group);
    const [survey] = await world.store.surveys.ofCohort(cohort.id);
    expect(survey).toMatchObject({ status: 'open', sourceKind: 'gathering', sourceId: 'g-1', template: 'feedback' });
  });
});

describe('typed answers', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('takes a number, "1,3" or yes/no typed instead of a press, in the reader’s language', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, ['bob']);
    await world.dm('bob').says('/language es');
    await group
      .as('alice')
      .says('/survey create Typed\nsingle: One? | A | B | C\nmulti: Several? | A | B | C\nyesno: Sure?');
    await group.as('alice').says('/survey send 1');
    const bob = world.dm('bob');
    await bob.says('4');
    bob.expectBotSaid('Responde con un número del 1 al 3.');
    await bob.says('2');
    await bob.says('3, 1');
    await bob.says('sí');
    bob.expectBotSaid(/¡Gracias por tus respuestas!/);
    const cohort = await liveCohort(world, group);
    const survey = (await world.store.surveys.byNumber(cohort.id, 1))!;
    const me = (await membershipOf(world, group, 'bob'))!;
    expect((await world.store.surveys.participant(survey.id, me.id))?.answers).toEqual({
      q1: 1,
      q2: [0, 2],
      q3: 'yes',
    });
  });
});
