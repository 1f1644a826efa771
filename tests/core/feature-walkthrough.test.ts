// The "Add a feature" walkthrough of docs/architecture.md, done for real: a
// feature defined here, and nowhere else, gets a command, a job, a start hook,
// an event subscriber and a /mydata part, by being handed to the bot next to
// the others ([...features, thanks]: what one line in src/features/index.ts
// does). No other file knows it.

import { afterEach, describe, expect, it } from 'vitest';
import { expectNoWords } from '../../src/core/commands/tokenize.ts';
import { UsageError } from '../../src/core/errors.ts';
import type { Feature } from '../../src/core/feature.ts';
import { findMember } from '../../src/core/lookup.ts';
import { createWorld, type World } from '../helpers/scenario.ts';

const NOTE_JOB = 'thanks.note';
const HELLO_JOB = 'thanks.hello';
const DAY_MS = 86_400_000;

/** What the feature did outside any chat, for the test to read. */
const seen: string[] = [];

// A real feature would put its texts in locales/*.ftl and read them with ctx.t / job.t.
const thanks: Feature = {
  name: 'thanks',
  commands: [
    {
      name: 'thanks',
      where: 'group',
      access: 'member',
      async run(ctx, args) {
        const [who, ...extra] = args.positional;
        if (!who) throw new UsageError('error-missing-argument', { argument: '@user' });
        expectNoWords({ ...args, positional: extra });
        const member = await findMember(ctx, who);
        await ctx.reply(`Thanks noted for ${member.account.displayName}.`);
        // Job data carries ids only; the job reads the rest when it runs.
        const at = new Date(ctx.services.clock.now().getTime() + DAY_MS);
        await ctx.services.scheduler.schedule({
          id: `thanks-${member.id}-${at.getTime()}`,
          name: NOTE_JOB,
          data: { cohortId: ctx.cohort!.id, membershipId: member.id },
          runAt: at,
        });
      },
    },
  ],
  jobs: {
    // A day later the thanked person hears it: in private where the platform allows, else in the group.
    async [NOTE_JOB](data, job) {
      const cohort = await job.store.cohorts.byId(String(data.cohortId));
      if (!cohort) return;
      const member = (await job.store.memberships.list(cohort.id)).find((m) => m.id === data.membershipId);
      if (!member) return;
      await job.tell(cohort, member, `thanks-note-${member.id}`, async (to) => ({
        html: `${member.account.displayName}, someone in ${cohort.name} thanked you yesterday (${to.locale}).`,
      }));
    },
    async [HELLO_JOB](_data, job) {
      seen.push(`hello at ${job.clock.now().toISOString()}`);
    },
  },
  async start(job) {
    seen.push('started');
    await job.scheduler.schedule({
      id: 'thanks-hello',
      name: HELLO_JOB,
      data: {},
      runAt: new Date(job.clock.now().getTime() + 60_000),
    });
  },
  on: {
    async 'membership.ended'(event, job) {
      const account = await job.store.accounts.byId(event.membership.accountId);
      const chat = await job.cohortChat(event.cohort);
      if (!account || !chat) return;
      await job.post(chat, { html: `Farewell, ${account.displayName}.` }, `thanks-farewell-${event.membership.id}`);
    },
  },
  async describeMyData(ctx, account) {
    return [`Thanks (${ctx.locale}): nothing kept about ${account.displayName}.`];
  },
};

describe('adding a feature', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('takes a folder and one line: its command, job, start hook, event subscriber and /mydata part all run', async () => {
    const start = new Date('2026-03-02T09:00:00Z');
    seen.length = 0;
    world = await createWorld({ start, extraFeatures: [thanks] });
    // The start hook ran at start-up, as main.ts runs every feature's, and planned its job.
    expect(seen).toEqual(['started']);
    expect(world.local.scheduler.pending().map((job) => job.name)).toContain(HELLO_JOB);
    await world.advance('1m');
    expect(seen).toEqual(['started', `hello at ${new Date(start.getTime() + 60_000).toISOString()}`]);

    const group = world.group('Kind people', { admins: ['alice'] });
    await group.as('alice').says('/cohort create "Kind people"');
    await group.as('bob').says('/join');
    // Its command is routed, checked for membership and answered like any other.
    await group.as('carol').says('/thanks @bob');
    group.expectBotSaid(/Only members of this cohort can do that/);
    await group.as('alice').says('/thanks @bob');
    group.expectBotSaid('Thanks noted for Bob.');

    // Its job runs a day later and tells Bob, in the group because the bot may not write to him first.
    group.markRead();
    await world.advance('1d');
    group.expectBotSaid('Bob, someone in Kind people thanked you yesterday (en).');

    // It hears of Bob leaving from the members feature, which does not know it exists.
    await group.as('bob').says('/leave');
    group.expectBotSaid(/You left Kind people\./);
    group.expectBotSaid('Farewell, Bob.');

    // /mydata asks it for its part too.
    const dm = world.dm('bob');
    await dm.says('/mydata');
    dm.expectBotSaid('Thanks (en): nothing kept about Bob.');
  });
});
