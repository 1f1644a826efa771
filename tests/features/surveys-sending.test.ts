// Sending surveys beyond the whole cohort (a gathering's participants, a
// role), the quick poll in the group (native, or buttons when anonymous), the
// per-cohort threshold, the group summary, and a person resuming a survey
// after the bot restarted.

import { afterEach, describe, expect, it } from 'vitest';
import { restarted } from '../helpers/restart.ts';
import { createWorld, type World } from '../helpers/scenario.ts';
import { lastButtons, liveCohort, membershipOf } from './lookups.ts';

const START = new Date('2026-03-02T09:00:00Z');
const SLOW = 180_000;
const MEMBERS = ['bob', 'carol', 'dave', 'erin'];

async function cohortWith(world: World, members: string[]) {
  const group = world.group('Send Lab', { admins: ['alice'] });
  await group.as('alice').says('/cohort create "Send Lab"');
  await world.dm('alice').says('/language en');
  for (const handle of members) {
    await group.as(handle).says('/join');
    await world.dm(handle).says('/language en');
  }
  return group;
}

describe('surveys: audiences, threshold, group summary', () => {
  const worlds: World[] = [];
  afterEach(async () => {
    for (const w of worlds.reverse()) await w.close();
    worlds.length = 0;
  });

  it(
    'sends to a gathering’s participants or a role only, and refuses an unknown audience without opening',
    async () => {
      const world = await createWorld({ start: START });
      worlds.push(world);
      const group = await cohortWith(world, MEMBERS);
      const cohort = await liveCohort(world, group);
      await group.as('alice').says('/survey import Pulse\nyesno: Useful?');
      await group.as('alice').says('/survey send 1 --to team');
      group.expectBotSaid(/I cannot send to “team”/);
      await group.as('alice').says('/survey send 1 --to gathering:9');
      group.expectBotSaid(/There is no gathering 9/);
      expect((await world.store.surveys.byNumber(cohort.id, 1))?.status).toBe('draft');

      // A gathering: Bob and Carol were there, Dave only said "going", Erin said no.
      const g = await world.store.gatherings.create({
        cohortId: cohort.id,
        title: 'Edit-a-thon',
        description: null,
        startsAt: new Date(START.getTime() - 86_400_000),
        endsAt: new Date(START.getTime() - 80_000_000),
        timezone: 'UTC',
        place: null,
        onlineUrl: null,
        capacity: null,
      });
      const id = async (h: string) => (await membershipOf(world, group, h))!.id;
      for (const h of ['bob', 'carol', 'dave']) await world.store.gatherings.setRsvp(g.id, await id(h), 'going', START);
      await world.store.gatherings.setRsvp(g.id, await id('erin'), 'no', START);
      for (const h of ['bob', 'carol']) await world.store.gatherings.setAttended(g.id, await id(h), START);
      await group.as('alice').says(`/survey send 1 --to gathering:${g.number} --deadline 3d --remind 1d`);
      group.expectBotSaid(/Survey 1 sent: 2 in private, 0 by a link here/);
      world.dm('bob').expectBotSaid(/Useful\?/);
      expect(world.dm('dave').botMessages().join('\n')).not.toMatch(/Useful\?/);

      // A role: only the mentor.
      await group.as('alice').says('/role @erin mentor');
      await group.as('alice').says('/survey import Mentors\nscale5: How is mentoring going?');
      await group.as('alice').says('/survey send 2 --to role:mentor');
      group.expectBotSaid(/Survey 2 sent: 1 in private/);
      world.dm('erin').expectBotSaid(/How is mentoring going\?/);
      expect(world.dm('carol').botMessages().join('\n')).not.toMatch(/mentoring/);
      await group.as('alice').says('/survey import Nobody\nyesno: Here?');
      await group.as('alice').says('/survey send 3 --to role:coordinator');
      group.expectBotSaid(/Nobody active matches “role:coordinator”/);
    },
    SLOW,
  );

  it(
    'a threshold of 3 (never under 3) shows 3 answers, hides 2, and the group summary has no written answers',
    async () => {
      const world = await createWorld({ start: START });
      worlds.push(world);
      const group = await cohortWith(world, MEMBERS);
      // The old command still works, and says where the one setting lives now.
      await group.as('alice').says('/survey threshold');
      group.expectBotSaid(/smallest group shown is 5 people[\s\S]*\/cohort edit --smallest-group NUMBER/);
      await group.as('alice').says('/survey threshold 2');
      group.expectBotSaid(/smallest group shown is a whole number from 3 to 100; “2” is not one/);
      await group.as('alice').says('/survey threshold 3');
      group.expectBotSaid(/need at least 3 people behind them[\s\S]*one setting of the cohort/);
      // One setting: the cohort card and /report threshold read the same 3.
      await group.as('alice').says('/cohort');
      group.expectBotSaid(/Smallest group shown: 3 people/);
      await group.as('alice').says('/report threshold');
      group.expectBotSaid(/smallest group shown is 3 people/);
      await group.as('alice').says('/survey import Pulse\nyesno: Useful?\ntext: Why?');
      await group.as('alice').says('/survey send 1');
      for (const h of ['bob', 'carol']) {
        await world.dm(h).presses('Yes');
        await world.dm(h).says(`Secret reason of ${h}`);
      }
      await world.dm('alice').says('/survey results 1');
      world.dm('alice').expectBotSaid(/Fewer than 3 people answered: nothing is shown/);
      await group.as('alice').says('/survey results 1 --group');
      group.expectBotSaid(/Fewer than 3 people answered: nothing was posted/);
      await world.dm('dave').presses('No');
      await world.dm('dave').says('Secret reason of dave');
      await world.dm('alice').says('/survey results 1');
      const results = world.dm('alice').lastBotMessage();
      expect(results).toContain('3 people answered.');
      expect(results).toContain('Yes: 2 (67%)');
      expect(results).toContain('Secret reason of dave');

      group.markRead();
      await group.as('alice').says('/survey results 1 --group');
      const summary = group.expectBotSaid(/Survey results: Pulse \(3 answers\)/);
      expect(summary).toContain('Yes: 2 (67%)');
      expect(summary).not.toMatch(/Secret reason/);
      group.expectBotSaid(/The summary of survey 1 is posted in the group/);
    },
    SLOW,
  );

  it(
    'resumes a person half-way through a survey after a restart, from the old button or /surveys',
    async () => {
      const world = await createWorld({ start: START });
      worlds.push(world);
      const group = await cohortWith(world, MEMBERS);
      await group.as('alice').says('/survey create feedback');
      await group.as('alice').says('/survey send 1');
      const bob = world.dm('bob');
      await bob.presses('4');
      bob.expectBotSaid(/Question 2 of 5/);
      const carol = world.dm('carol');
      await carol.presses('5');
      await carol.presses('Meeting people');
      carol.expectBotSaid(/Question 3 of 5/);
      const pending = lastButtons(bob).find((b) => b.label.includes('The sessions'))!;

      const after = await restarted(world, START);
      worlds.push(after);
      // Bob presses the button he had before the restart: its meaning is in the database.
      const bob2 = after.dm('bob');
      await bob2.as('bob').pressData(pending.data);
      bob2.expectBotSaid(/Question 3 of 5/);
      // Carol comes back through /surveys and goes on from question 3.
      const carol2 = after.dm('carol');
      await carol2.says('/surveys');
      await carol2.presses(/After the gathering/);
      carol2.expectBotSaid(/Question 3 of 5/);
      await carol2.presses('Yes');
      await carol2.says('skip');
      carol2.expectBotSaid(/Thank you for your answers!/);
      const cohort = await liveCohort(after, group);
      const survey = (await after.store.surveys.byNumber(cohort.id, 1))!;
      const carolRow = await after.store.surveys.participant(
        survey.id,
        (await membershipOf(after, group, 'carol'))!.id,
      );
      expect(carolRow).toMatchObject({ completed: true, answers: { useful: 5, best: 1, again: 'yes', change: null } });
    },
    SLOW,
  );
});

describe('surveys: the quick poll in the group', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it(
    'posts a native poll; votes, changes and retractions are the results',
    async () => {
      world = await createWorld({ start: START, capabilities: { polls: true } });
      const group = await cohortWith(world, MEMBERS);
      await group.as('alice').says('/survey threshold 3');
      await group.as('bob').says('/survey poll "Next topic?" "Maps" "Bots"');
      group.expectBotSaid(/coordinator/i);
      await group.as('alice').says('/survey poll "Next topic?" "Maps" "<b>Bots</b>"');
      expect(world.adapter.polls.at(-1)).toMatchObject({ question: 'Next topic?', options: ['Maps', '<b>Bots</b>'] });
      await group.as('bob').votes(0);
      await group.as('carol').votes(1);
      await group.as('dave').votes(1);
      await group.as('erin').votes(0);
      await group.as('erin').votes();
      await group.as('zed').votes(0); // not in the cohort: not counted
      await world.dm('alice').says('/survey results 1');
      const results = world.dm('alice').lastBotMessage();
      expect(results).toContain('3 people answered.');
      expect(results).toContain('Maps: 1 (33%)');
      expect(results).toContain('<b>Bots</b>: 2 (67%)');
      await group.as('alice').says('/survey list');
      group.expectBotSaid(/Next topic\?/);
    },
    SLOW,
  );

  it(
    'anonymous: buttons instead of a native poll, one answer each, stored without the person',
    async () => {
      world = await createWorld({ start: START, capabilities: { polls: true } });
      const group = await cohortWith(world, MEMBERS);
      await group.as('alice').says('/survey poll "Ready?" "Yes" "Not yet" --anonymous');
      expect(world.adapter.polls).toEqual([]);
      group.expectBotSaid(/Anonymous: the bot counts the answer without keeping who gave it/);
      expect(await group.as('bob').presses('Not yet')).toBe('Counted, anonymously.');
      expect(await group.as('bob').presses('Yes')).toMatch(/already answered/);
      expect(await group.as('zed').presses('Yes')).toMatch(/not in this survey's cohort/);
      const cohort = await liveCohort(world, group);
      const survey = (await world.store.surveys.byNumber(cohort.id, 1))!;
      const rows = await world.store.surveys.anonymousResponses(survey.id);
      expect(rows.map((r) => r.answers)).toEqual([{ q1: 1 }]);
      const bob = (await membershipOf(world, group, 'bob'))!;
      expect(JSON.stringify(rows)).not.toContain(bob.id);
      expect(JSON.stringify(rows)).not.toContain(bob.accountId);
      await group.as('alice').says('/survey poll "Only one?" "A"');
      group.expectBotSaid(/"A" "B"|missing/i);
      await group.as('alice').says(`/survey poll "Long?" "${'x'.repeat(200)}" "B"`);
      group.expectBotSaid(/Question 1: its text or one of its options is too long \(at most 100 characters\)/);
    },
    SLOW,
  );
});
