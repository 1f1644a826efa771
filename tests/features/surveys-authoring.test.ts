// Surveys written in chat: /survey new step by step in private (kept in the
// database across a restart), /survey import and export (round trip), bad
// definitions refused with nothing stored, /survey delete asking first.

import { afterEach, describe, expect, it } from 'vitest';
import { restarted } from '../helpers/restart.ts';
import { createWorld, type World } from '../helpers/scenario.ts';
import { accountOf, liveCohort } from './lookups.ts';

const START = new Date('2026-03-02T09:00:00Z');
const SLOW = 180_000;

async function coordinator(world: World) {
  const group = world.group('Authoring Lab', { admins: ['alice'] });
  await group.as('alice').says('/cohort create "Authoring Lab"');
  await world.dm('alice').says('/language en');
  return group;
}

describe('/survey new', () => {
  const worlds: World[] = [];
  afterEach(async () => {
    for (const w of worlds.reverse()) await w.close();
    worlds.length = 0;
  });

  it(
    'writes a survey step by step with buttons and replies, survives a restart, previews and saves',
    async () => {
      const world = await createWorld({ start: START });
      worlds.push(world);
      const group = await coordinator(world);
      const alice = world.dm('alice');
      await alice.says('/survey new');
      alice.expectBotSaid(/A new survey\. What is its title\?/);
      await alice.says('Workshop pulse');
      alice.expectBotSaid(/Workshop pulse: 0 questions, named\. What next\?/);
      await alice.presses('Add a question');
      await alice.presses('Scale 1–5');
      alice.expectBotSaid(/Question 1: write it/);
      await alice.says('How useful was it?');
      await alice.presses('Required');
      alice.expectBotSaid(/Question 1 added/);

      // The bot restarts in the middle of the second question: the draft is in the database.
      await alice.presses('Add a question');
      await alice.presses('Yes / no');
      const after = await restarted(world, START);
      worlds.push(after);
      const alice2 = after.dm('alice');
      await alice2.says('Did you try it since?');
      alice2.expectBotSaid(/Must people answer it\?/);
      await alice2.presses('Required');
      await alice2.presses('Always');
      alice2.expectBotSaid(/Question 2 added/);

      // A third: a single choice, optional, only if q2 = no; a bad condition first.
      await alice2.presses('Add a question');
      await alice2.presses('One choice');
      await alice2.says('What stopped you?');
      await alice2.says('Only one');
      alice2.expectBotSaid(/Give 2 to 10 options/);
      await alice2.says('No time\nNo tools | <b>Other</b>');
      await alice2.presses('Optional');
      await alice2.says('q7=no');
      alice2.expectBotSaid(/Write the condition as qN=answer/);
      await alice2.says('q2=no');
      alice2.expectBotSaid(/Question 3 added/);
      await alice2.presses('Make it anonymous');
      alice2.expectBotSaid(/3 questions, anonymous/);
      await alice2.presses('Preview');
      const preview = alice2.expectBotSaid(/1\. \(1–5\) How useful was it\?/);
      expect(preview).toContain(
        '3. (One choice) What stopped you? [No time / No tools / <b>Other</b>] (optional) only if q2 = no',
      );
      // Nothing is stored before "Save".
      const cohort = await liveCohort(after, group);
      expect(await after.store.surveys.ofCohort(cohort.id)).toEqual([]);
      await alice2.presses('Save');
      alice2.expectBotSaid(/Survey 1 is ready: “Workshop pulse”, 3 questions, anonymous/);
      const [survey] = await after.store.surveys.ofCohort(cohort.id);
      expect(survey?.anonymous).toBe(true);
      const account = (await accountOf(after, 'alice'))!;
      expect(await after.store.surveys.draft(account.id)).toBeNull();
      // The old buttons of the finished draft do nothing.
      expect(await alice2.presses('Save')).toMatch(/no longer valid/);
      expect(await after.store.surveys.ofCohort(cohort.id)).toHaveLength(1);
    },
    SLOW,
  );

  it(
    'is cancelled by a button or by typing cancel, with nothing stored; it is only in private',
    async () => {
      const world = await createWorld({ start: START });
      worlds.push(world);
      const group = await coordinator(world);
      await group.as('alice').says('/survey new');
      group.expectBotSaid(/private/i);
      const alice = world.dm('alice');
      await alice.says('/survey new');
      await alice.says('Draft one');
      await alice.presses('Cancel');
      alice.expectBotSaid(/The new survey was dropped; nothing was saved/);
      await alice.says('/survey new');
      await alice.says('Draft two');
      await alice.presses('Save');
      alice.expectBotSaid(/Add at least one question before saving/);
      await alice.presses('Add a question');
      await alice.presses('Written answer');
      await alice.says('cancel');
      alice.expectBotSaid(/The new survey was dropped/);
      const cohort = await liveCohort(world, group);
      expect(await world.store.surveys.ofCohort(cohort.id)).toEqual([]);
      // After cancelling, a private message is an ordinary message again (no draft eats it).
      await alice.says('hello');
      expect(alice.botMessages().join('\n')).not.toMatch(/Must people answer/);
    },
    SLOW,
  );
});

describe('/survey import, export, delete', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it(
    'imports the short format, exports it back, re-imports it the same, and deletes after asking',
    async () => {
      world = await createWorld({ start: START });
      const group = await coordinator(world);
      const alice = world.dm('alice');
      const definition = [
        'Workshop pulse',
        'scale5: How useful was the workshop?',
        'single: Which session helped most? | Morning | Afternoon',
        'yesno: Did you try it since?',
        'text?: What stopped you? if q3=no',
      ].join('\n');
      await alice.says(`/survey import ${definition}`);
      alice.expectBotSaid(/Survey 1 is ready: “Workshop pulse”, 4 questions, named/);
      await alice.says('/survey export 1');
      const exported = alice.expectBotSaid(/Survey 1, to paste into \/survey import/);
      expect(exported).toContain(definition);
      await alice.says(`/survey import --anonymous ${definition}`);
      alice.expectBotSaid(/Survey 2 is ready: “Workshop pulse”, 4 questions, anonymous/);
      const cohort = await liveCohort(world, group);
      const [one, two] = await world.store.surveys.ofCohort(cohort.id);
      const v1 = await world.store.surveys.latestVersion(one!.id);
      const v2 = await world.store.surveys.latestVersion(two!.id);
      expect({ ...(v2.definition as object), anonymous: false }).toEqual(v1.definition);

      // A template (texts in every language) exports as a JSON file in private.
      await alice.says('/survey create feedback');
      await alice.says('/survey export 3');
      alice.expectBotSaid(/Survey 3 is in the file above/);
      const file = world.adapter.uploads.at(-1)!;
      expect(file.fileName).toBe('survey-3.json');
      const json = JSON.parse(file.data.toString('utf8'));
      expect(json.questions[0].text.ar).toBeTruthy();
      await alice.says('/survey export 3 --format text');
      alice.expectBotSaid(/can only be exported as JSON/);

      // Delete asks first; Cancel keeps it; Delete removes it with its answers.
      await alice.says('/survey delete 2');
      alice.expectBotSaid(/Delete survey 2 “Workshop pulse” with its 0 answers\?/);
      await alice.presses('Cancel');
      alice.expectBotSaid(/Nothing was deleted/);
      expect(await world.store.surveys.byId(two!.id)).not.toBeNull();
      await alice.says('/survey delete 2');
      await alice.presses('Delete');
      alice.expectBotSaid(/Survey 2 “Workshop pulse” and its answers are deleted/);
      expect(await world.store.surveys.byId(two!.id)).toBeNull();
      // Its old confirmation button is stale now.
      expect(await alice.presses('Delete')).toMatch(/no longer valid/);
      await alice.says('/survey delete 2');
      alice.expectBotSaid(/no survey “?2/i);
    },
    SLOW,
  );

  it(
    'refuses unknown types, 200 questions, 10,000-character options and broken JSON, storing nothing',
    async () => {
      world = await createWorld({ start: START });
      const group = await coordinator(world);
      const alice = world.dm('alice');
      const cohort = await liveCohort(world, group);
      await alice.says('/survey import {"title":"X","questions":[{"id":"a","type":"essay","text":"Hi"}]}');
      alice.expectBotSaid(/Question 1: “essay” is not a question type/);
      await alice.says('/survey import Title\nranking: Order these | A | B');
      alice.expectBotSaid(/ranking/);
      const many = Array.from({ length: 200 }, (_, i) => `yesno: Question ${i}?`).join('\n');
      await alice.says(`/survey import Too many\n${many}`);
      alice.expectBotSaid(/at most 30/);
      const manyJson = JSON.stringify({
        title: 'Too many',
        questions: Array.from({ length: 200 }, (_, i) => ({ id: `q${i}`, type: 'yesno', text: 'Q?' })),
      });
      await alice.says(`/survey import ${manyJson}`);
      alice.expectBotSaid('A survey has at most 30 questions.');
      await alice.says(`/survey import Long\nsingle: Pick | ${'x'.repeat(10_000)} | B`);
      alice.expectBotSaid(/Question 1: its text or one of its options is too long \(at most 100 characters\)/);
      await alice.says('/survey import {"title": "Broken",');
      alice.expectBotSaid(/JSON/);
      await alice.says(
        '/survey import {"title":"<script>alert(1)</script>","questions":[{"id":"a","type":"yesno","text":"Q?"}],"owner":"me"}',
      );
      alice.expectBotSaid(/owner|definition/i);
      expect(await world.store.surveys.ofCohort(cohort.id)).toEqual([]);
      // Hostile text that is otherwise valid is stored as text and shown escaped.
      await alice.says('/survey import <b>Bold</b> & <i>co</i>\nyesno: Is <a href="x">this</a> ok?');
      alice.expectBotSaid(/Survey 1 is ready: “<b>Bold<\/b> & <i>co<\/i>”/);
    },
    SLOW,
  );
});
