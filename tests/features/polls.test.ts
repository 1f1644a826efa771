// Polls and chat events through the core: a probe feature asks a question; votes
// (native) and presses (buttons where there are no polls) reach it alike.

import { afterEach, describe, expect, it } from 'vitest';
import type { Feature } from '../../src/core/feature.ts';
import { createWorld, type World } from '../helpers/scenario.ts';

const votes: Array<{ who: string; choice: string | undefined; topic: unknown }> = [];

const probe: Feature = {
  name: 'probe',
  commands: [
    {
      name: 'ask',
      where: 'group',
      access: 'anyone',
      async run(ctx) {
        await ctx.poll(
          'probe.vote',
          { question: 'Best day <b>?', options: ['Mon', 'Tue', 'Wed'] },
          { payload: { topic: 'day' } },
        );
      },
    },
  ],
  actions: {
    async 'probe.vote'(ctx, token, choice) {
      votes.push({ who: ctx.account.displayName, choice, topic: token.payload.topic });
      return undefined;
    },
  },
};

describe('polls', () => {
  let world: World;
  afterEach(async () => {
    votes.length = 0;
    await world.close();
  });

  it('delivers native votes, changed votes and retractions to the feature that asked', async () => {
    world = await createWorld({ capabilities: { polls: true }, extraFeatures: [probe] });
    const group = world.group('Polls');
    await group.as('ada').says('/ask');
    expect(world.adapter.polls).toHaveLength(1);
    expect(world.adapter.polls[0]).toMatchObject({ question: 'Best day <b>?', options: ['Mon', 'Tue', 'Wed'] });
    await group.as('ada').votes(1);
    await group.as('bo').votes(2, 0);
    await group.as('ada').votes();
    expect(votes).toEqual([
      { who: 'Ada', choice: '1', topic: 'day' },
      { who: 'Bo', choice: '0,2', topic: 'day' },
      { who: 'Ada', choice: '', topic: 'day' },
    ]);
  });

  it('ignores votes in polls it did not post', async () => {
    world = await createWorld({ capabilities: { polls: true }, extraFeatures: [probe] });
    await world.adapter.push({
      kind: 'poll_vote',
      id: 'v1',
      sender: { userId: 'x', displayName: 'X' },
      pollId: 'foreign',
      optionIds: [0],
    });
    expect(votes).toEqual([]);
  });

  it('falls back to buttons where the platform has no polls, escaping the question, and keeps them usable by all', async () => {
    world = await createWorld({ capabilities: { polls: false }, extraFeatures: [probe] });
    const group = world.group('Buttons');
    await group.as('ada').says('/ask');
    expect(group.lastBotMessage()).toBe('Best day <b>?');
    expect(world.adapter.messages.at(-1)?.html).toBe('Best day &lt;b&gt;?');
    await group.as('ada').presses('Tue');
    await group.as('bo').presses('Wed');
    expect(votes).toEqual([
      { who: 'Ada', choice: '1', topic: 'day' },
      { who: 'Bo', choice: '2', topic: 'day' },
    ]);
  });
});

describe('chat events', () => {
  let world: World;
  afterEach(async () => world.close());

  it('moves a migrated group and its cohort to the new chat id', async () => {
    world = await createWorld();
    const group = world.group('Old group', { admins: ['alice'], chatId: 'g-old' });
    await group.as('alice').says('/cohort create Migrants');
    await world.adapter.push({
      kind: 'chat',
      id: 'mig-1',
      chat: group.chat,
      sender: world.person('alice'),
      change: 'migrated',
      newChatId: 'g-new',
    });
    const moved = world.group('New group', { admins: ['alice'], chatId: 'g-new' });
    await moved.as('bob').says('/cohort');
    moved.expectBotSaid(/Migrants/);
    expect(await world.store.chats.byPlatformId('fake', 'g-old')).toBeNull();
  });

  it('tells an encrypted room that it cannot read it', async () => {
    world = await createWorld();
    const group = world.group('Secret');
    await world.adapter.push({
      kind: 'chat',
      id: 'enc-1',
      chat: group.chat,
      sender: world.person('alice'),
      change: 'encrypted',
    });
    group.expectBotSaid(/end-to-end encrypted/);
  });
});
