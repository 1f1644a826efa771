import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChatHandle, createWorld, type World } from '../helpers/scenario.ts';

/** The command names a /help overview lists. */
function listed(text: string): string[] {
  return [...text.matchAll(/^\/(\w+) — /gm)].map((m) => m[1]!);
}

describe('help', () => {
  let world: World;
  let group: ChatHandle;
  beforeEach(async () => {
    world = await createWorld();
    group = world.group('Helpful', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Helpful');
    await group.as('bob').says('/join');
  });
  afterEach(async () => {
    await world.close();
  });

  it('lists only what the caller may run', async () => {
    await group.as('bob').says('/help');
    const member = listed(group.expectBotSaid('Commands you can use in this group'));
    expect(member).toEqual(expect.arrayContaining(['cohort', 'join', 'leave', 'profile', 'help']));
    expect(member).not.toContain('members');
    expect(member).not.toContain('role');
    expect(member).not.toContain('mydata');
    expect(member).not.toContain('start');

    await group.as('alice').says('/help');
    const admin = listed(group.expectBotSaid('Commands you can use in this group'));
    expect(admin).toEqual(expect.arrayContaining(['cohort', 'members', 'role', 'profile']));

    // A coordinator by grant sees the same as an admin.
    await group.as('alice').says('/role @bob coordinator');
    await group.as('bob').says('/help');
    expect(listed(group.expectBotSaid('Commands you can use in this group'))).toContain('members');

    const dm = world.dm('bob');
    await dm.says('/help');
    const inPrivate = listed(dm.expectBotSaid('Commands you can use here'));
    expect(inPrivate).toEqual(expect.arrayContaining(['mydata', 'forgetme', 'language', 'timezone', 'profile']));
    expect(inPrivate).not.toContain('cohort');
    expect(inPrivate).not.toContain('members');
    expect(inPrivate).not.toContain('start');
  });

  it('shows commands without invisible direction marks around them, to copy as they are', async () => {
    await group.as('alice').says('/help');
    const raw = group.messages().at(-1)!.html;
    expect(raw).toMatch(/^\/cohort — /m);
    expect(raw).not.toMatch(/\u2068[/!]/);
    await group.as('alice').says('/help profile');
    expect(group.messages().at(-1)!.html).not.toMatch(/\u2068[/!]/);
  });

  it('describes /start and lists stage and preferences under /help profile', async () => {
    await world.dm('bob').says('/help start');
    world.dm('bob').expectBotSaid(/^\/start — start talking with me in private/);
    await group.as('bob').says('/help profile');
    expect(group.expectBotSaid('/profile set field value')).toMatch(/stage.*preferences/);
  });

  it('explains one command with its usage', async () => {
    await group.as('bob').says('/help role');
    const role = group.expectBotSaid('/role @user member|mentor|coordinator — give someone a role');
    expect(role).toContain('Works in a group chat.');
    await group.as('bob').says('/help /profile');
    const profile = group.expectBotSaid('/profile [show|set|clear] — see or change your profile');
    expect(profile).toContain('/profile set field value [--cohort "Name"] — set a field');

    // A member is not shown the coordinator's subcommands; a coordinator is.
    await group.as('bob').says('/help cohort');
    const forMember = group.expectBotSaid(/\/cohort \[show/);
    expect(forMember).not.toContain('/cohort archive');
    await group.as('alice').says('/help cohort');
    expect(group.expectBotSaid(/\/cohort \[show/)).toContain('/cohort archive — archive the cohort (asks first)');

    await world.dm('bob').says('/help mydata');
    world.dm('bob').expectBotSaid('/mydata — everything I keep about you\nWorks in a private chat with me.');
  });

  it('suggests the closest command for a typo and says so for nonsense', async () => {
    await group.as('bob').says('/help cohrt');
    group.expectBotSaid("I don't know the command /cohrt. Did you mean /cohort?");
    // As sent, not only as read: no invisible direction marks around a command someone copies.
    expect(group.messages().at(-1)!.html).toContain('Did you mean /cohort?');
    await group.as('bob').says('/help xyzzy');
    group.expectBotSaid("I don't know the command /xyzzy. Send /help to see what I can do.");
  });

  it('tells people in a group without a cohort how to start one', async () => {
    const empty = world.group('Empty', { admins: ['alice'] });
    await empty.as('bob').says('/help');
    const said = empty.expectBotSaid('Commands you can use in this group');
    expect(listed(said)).not.toContain('members');
    for (const command of ['/join', '/leave', '/profile', '/members', '/role @bob mentor']) {
      await empty.as('bob').says(command);
      empty.expectBotSaid(
        'There is no cohort in this chat yet. A group admin can create one with /cohort create "Name".',
      );
    }
    await empty.as('bob').says('/cohort');
    empty.expectBotSaid('There is no cohort in this chat yet.');
  });
});
