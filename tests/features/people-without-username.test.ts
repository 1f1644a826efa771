// People without a @username can be named (issue #12, item 15): by their
// display name ("@Olga"), with a picker when several share it, or by replying
// to one of their messages; /avoid finds them too.

import { afterEach, expect, it } from 'vitest';
import type { World } from '../helpers/scenario.ts';
import { createWorld } from '../helpers/scenario.ts';

let world: World;
afterEach(async () => {
  await world.close();
});

it('names people without a username by display name, a picker, or a reply', async () => {
  world = await createWorld();
  const group = world.group('Nameless', { admins: ['alice'] });
  await group.as('alice').says('/cohort create Nameless');
  world.person('olga', { username: undefined, displayName: 'Olga' });
  world.person('ivan1', { username: undefined, displayName: 'Ivan Petrov' });
  world.person('ivan2', { username: undefined, displayName: 'Ivan Sokolov' });
  for (const handle of ['olga', 'ivan1', 'ivan2', 'bob']) await group.as(handle).says('/join');

  // One member of that name: found.
  await group.as('alice').says('/role @Olga mentor');
  group.expectBotSaid('Olga is now a mentor.');

  // Two: a picker, and the press runs the command with the chosen one.
  await group.as('alice').says('/role @Ivan mentor');
  group.expectBotSaid('More than one member is called “Ivan”. Which one do you mean?');
  // Only the one who asked may choose.
  expect(await group.as('bob').presses('Ivan Sokolov')).toMatch(/for someone else|not for you/i);
  await group.as('alice').presses('Ivan Sokolov');
  group.expectBotSaid('Ivan Sokolov is now a mentor.');
  const rows = await world.store.memberships.list(
    (await world.store.memberships.forAccount((await world.store.accounts.byPlatformId('fake', 'u-ivan1'))!.id))[0]!
      .cohortId,
  );
  expect(rows.find((m) => m.account.displayName === 'Ivan Petrov')!.role).toBe('member');

  // A reply to someone's message names them.
  group.markRead();
  await world.adapter.push({
    kind: 'message',
    id: world.nextEventId(),
    messageId: world.nextEventId(),
    chat: group.chat,
    sender: world.person('alice'),
    text: '/role coordinator',
    replyToMessageId: 'm-ivan1',
    replyToSender: world.person('ivan1'),
  });
  await world.local.outbox.settled();
  group.expectBotSaid('Ivan Petrov is now a coordinator.');

  // /pair @a @b by name: the second name is ambiguous, so a picker; the press pairs the chosen one.
  group.markRead();
  await group.as('alice').says('/pair @Olga @Ivan');
  group.expectBotSaid('More than one member is called “Ivan”. Which one do you mean?');
  await group.as('alice').presses('Ivan Sokolov');
  group.expectBotSaid('I asked Olga to mentor Ivan Sokolov.');

  // /avoid (in private) finds a member of one's cohorts by name, and offers the picker there too.
  const bob = world.dm('bob');
  await bob.says('/avoid @Olga');
  bob.expectBotSaid('Noted: I will never pair you with Olga (in Nameless). They are not told.');
  await bob.says('/avoid @Ivan');
  bob.expectBotSaid('More than one member is called “Ivan”. Which one do you mean?');
  await bob.presses('Ivan Petrov');
  bob.expectBotSaid('Noted: I will never pair you with Ivan Petrov (in Nameless). They are not told.');
}, 60_000);
