import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../helpers/scenario.ts';
import { accountOf, liveCohort, membershipOf } from './lookups.ts';

describe('members', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(async () => {
    await world.close();
  });

  it('runs a whole cohort: create, join three ways, profiles, roles, leave, data and deletion', async () => {
    await wholeCohortStory(world);
  });

  it('answers /join twice and /leave without membership', async () => {
    const group = world.group('Twice', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Twice');
    await group.as('bob').says('/join');
    await group.as('bob').says('/join');
    group.expectBotSaid('You are already a member of Twice.');
    await group.as('carol').says('/leave');
    group.expectBotSaid('You are not a member of Twice.');
    await group.as('bob').says('/leave now please');
    group.expectBotSaid('I did not expect “now please” here.\nUsage: /leave');
    expect(await membershipOf(world, group, 'bob')).toMatchObject({ status: 'active' });
    await group.as('bob').says('/leave');
    await group.as('bob').says('/leave');
    group.expectBotSaid('You are not a member of Twice.');
    expect(await membershipOf(world, group, 'bob')).toMatchObject({ status: 'left' });
    expect(await membershipOf(world, group, 'carol')).toBeNull();
  });

  it('follows the platform: join events add members (welcome by DM when it can), leave events remove them', async () => {
    const group = world.group('Events', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Events');
    const bob = world.dm('bob');
    await bob.says('/help');
    await group.as('bob').joins();
    bob.expectBotSaid(
      'Welcome to Events! Tell your mentor and the coordinators about yourself, here in private, with /profile set about …. Send /help to see more.',
    );
    expect(group.botMessages().some((m) => m.includes('Bob'))).toBe(false);
    expect(await membershipOf(world, group, 'bob')).toMatchObject({ status: 'active', role: 'member' });

    // A duplicate join (the platform reports it again) welcomes no one twice.
    bob.markRead();
    await group.as('bob').joins();
    bob.expectSilence();

    await group.as('bob').leaves();
    expect(await membershipOf(world, group, 'bob')).toMatchObject({ status: 'left' });
    // Joining back through the platform keeps the same membership row.
    const before = await membershipOf(world, group, 'bob');
    await group.as('bob').joins();
    expect(await membershipOf(world, group, 'bob')).toMatchObject({ id: before!.id, status: 'active' });
  });

  it('ignores join events in a group without a cohort', async () => {
    const group = world.group('Plain', { admins: ['alice'] });
    await group.as('bob').joins();
    group.expectSilence();
    expect(await accountOf(world, 'bob')).not.toBeNull();
  });

  it('lets platform admins act as coordinators without joining', async () => {
    const group = world.group('Admins', { admins: ['alice', 'zoe'] });
    await group.as('alice').says('/cohort create Admins');
    await group.as('bob').says('/join');
    await group.as('zoe').says('/members');
    const list = group.expectBotSaid(/Admins: 2 members/);
    expect(list).not.toContain('Zoe');
    expect(list).toContain('• Alice (@alice) — coordinator (chat admin), active');
    expect(list).toContain('• Bob (@bob) — member, active');
    await group.as('zoe').says('/role @bob mentor');
    group.expectBotSaid('Bob is now a mentor.');
    await group.as('zoe').says('/role @bob mentor');
    group.expectBotSaid('Bob is already a mentor.');
    expect(await membershipOf(world, group, 'bob')).toMatchObject({ role: 'mentor' });
  });

  it('says that a chat admin stays a coordinator whatever role they are given', async () => {
    const group = world.group('Admin roles', { admins: ['alice', 'zoe'] });
    await group.as('alice').says('/cohort create "Admin roles"');
    await group.as('zoe').says('/join');
    await group.as('alice').says('/role @zoe member');
    group.expectBotSaid('Zoe is an admin of this chat and stays a coordinator here for as long as they are one.');
    // /members shows the role she has in effect, and why (issue #12 item 12), not "member".
    await group.as('alice').says('/members');
    expect(group.expectBotSaid(/Admin roles: 2 members/)).toContain('Zoe (@zoe) — coordinator (chat admin), active');
    await group.as('zoe').says('/cohort pause');
    group.expectBotSaid('Admin roles is paused.');
  });

  it('lists people without a username by name alone', async () => {
    const group = world.group('Nameless', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Nameless');
    world.person('noname', { username: undefined, displayName: 'Nadia' });
    await group.as('noname').says('/join');
    await group.as('alice').says('/members');
    expect(group.expectBotSaid(/Nameless: 2 members/)).toContain('• Nadia — member, active');
  });

  it('takes a granted role back', async () => {
    const group = world.group('Demote', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Demote');
    await group.as('bob').says('/join');
    await group.as('alice').says('/role @bob coordinator');
    await group.as('bob').says('/cohort pause');
    group.expectBotSaid('Demote is paused.');
    await group.as('alice').says('/role bob member');
    group.expectBotSaid('Bob is now a member.');
    await group.as('bob').says('/cohort resume');
    group.expectBotSaid('Only a coordinator of this cohort can do that.');
    expect((await liveCohort(world, group)).status).toBe('paused');
  });

  it('explains /role mistakes and changes nothing', async () => {
    const group = world.group('Role errors', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Roles');
    await group.as('bob').says('/join');
    await group.as('carol').says('/help');

    await group.as('alice').says('/role @nobody mentor');
    group.expectBotSaid("I don't know @nobody yet. People become known to me when they write in a chat I am in.");
    await group.as('alice').says('/role @carol mentor');
    group.expectBotSaid('Carol is not a member of this cohort.');
    await group.as('alice').says('/role @bob king');
    expect(group.expectBotSaid('“king” is not a role. Roles are member, mentor and coordinator.')).toContain(
      'Usage: /role @user member|mentor|coordinator',
    );
    await group.as('alice').says('/role @bob');
    group.expectBotSaid(/Something is missing here \(role\)\.\nUsage: \/role @user/);
    await group.as('alice').says('/role');
    group.expectBotSaid(/Usage: \/role @user/);
    await group.as('alice').says('/role @bob mentor now');
    group.expectBotSaid('I did not expect “now” here.');
    await group.as('bob').says('/role @bob coordinator');
    group.expectBotSaid('Only a coordinator of this cohort can do that.');

    expect(await membershipOf(world, group, 'bob')).toMatchObject({ role: 'member' });
    expect(await membershipOf(world, group, 'carol')).toBeNull();
    const audit = await world.store.audit.list({ cohortId: (await liveCohort(world, group)).id });
    expect(audit.map((a) => a.action)).toEqual(['cohort.create']);
  });

  it('joins through a deep link in private, and refuses bad or archived links', async () => {
    const group = world.group('Linked', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Linked');
    const { joinCode } = await liveCohort(world, group);
    const bob = world.dm('bob');
    await bob.says(`/start ${joinCode}`);
    bob.expectBotSaid('Welcome to Linked! Tell your mentor and the coordinators about yourself');
    await bob.says(`/start ${joinCode}`);
    bob.expectBotSaid('You are already a member of Linked.');
    await bob.says('/start NotACode123');
    bob.expectBotSaid('This join link is not valid any more. Ask a coordinator for a new one.');
    await bob.says('/start ../../etc/passwd');
    bob.expectBotSaid('This join link is not valid any more.');
    await bob.says('/start');
    bob.expectBotSaid(/Hello Bob! I run peer-learning cohorts/);
    expect(await membershipOf(world, group, 'bob')).toMatchObject({ status: 'active' });

    await group.as('alice').says('/cohort archive');
    await group.as('alice').presses(/Yes, archive/);
    const carol = world.dm('carol');
    await carol.says(`/start ${joinCode}`);
    carol.expectBotSaid('This join link is not valid any more.');
    expect(await world.store.memberships.forAccount((await accountOf(world, 'carol'))!.id)).toEqual([]);
  });
});

// The embedded database is what `npm start` runs on without DATABASE_URL.
describe('members on PGlite', () => {
  it('runs the whole story', async () => {
    const world = await createWorld({ db: 'pglite' });
    try {
      await wholeCohortStory(world);
    } finally {
      await world.close();
    }
  });
});

/** Create, join three ways, profiles, roles, leave and re-join, /mydata, /forgetme. */
async function wholeCohortStory(world: World): Promise<void> {
  const group = world.group('Wiki Women', { admins: ['alice'] });
  const other = world.group('Photo walk', { admins: ['erin'] });
  await group
    .as('alice')
    .says(
      '/cohort create "Wiki Women" --languages en,sw --region "East Africa" --themes "biographies, gender gap" --timezone Africa/Nairobi',
    );
  group.expectBotSaid(/Cohort Wiki Women created/);
  const cohort = await liveCohort(world, group);

  // Three ways in: /join, the platform's join event, the deep link in a DM.
  await group.as('bob').says('/join');
  group.expectBotSaid('Welcome to Wiki Women, Bob!');
  await group.as('carol').joins();
  // Carol never wrote to the bot, so it cannot DM her: the group welcomes her.
  group.expectBotSaid('Welcome to Wiki Women, Carol!');
  const dave = world.dm('dave');
  await dave.says(`/start ${cohort.joinCode}`);
  dave.expectBotSaid(/Welcome to Wiki Women!/);
  await other.as('erin').says('/cohort create "Photo walk"');
  await other.as('dave').says('/join');

  // Profiles: in the group for that cohort; in DM for all cohorts or one.
  await group.as('bob').says('/profile set languages en, sw');
  group.expectBotSaid('Saved your languages for Wiki Women.');
  await group.as('bob').says('/profile set region Mombasa');
  await group.as('bob').says('/profile set topics "women in science, history"');
  await group.as('bob').says('/profile set timezone africa/nairobi');
  await group.as('bob').says('/profile set capacity 2');
  await group.as('bob').says('/profile set wants-mentor no');
  // The about text is private: set in private (the group command is refused and taken out).
  await group.as('bob').says('/profile set about Librarian & editor since 2019');
  group.expectBotSaid('/profile is private, so it works only in a private chat with me.');
  expect(group.botMessages().join('\n')).not.toContain('Librarian');
  await world.dm('bob').says('/profile set about Librarian & editor since 2019 --cohort "Wiki Women"');
  world.dm('bob').expectBotSaid('Saved your “about” text for Wiki Women.');
  await dave.says('/profile set region "Dar es Salaam"');
  dave.expectBotSaid('Saved your region for Wiki Women, Photo walk.');
  await dave.says('/profile set wants-mentor yes --cohort "wiki women"');
  dave.expectBotSaid('Saved your “wants a mentor” for Wiki Women.');
  expect(await membershipOf(world, group, 'bob')).toMatchObject({
    languages: ['en', 'sw'],
    region: 'Mombasa',
    topics: ['women in science', 'history'],
    timezone: 'Africa/Nairobi',
    mentoringCapacity: 2,
    wantsMentor: false,
    about: 'Librarian & editor since 2019',
  });
  expect(await membershipOf(world, group, 'dave')).toMatchObject({ region: 'Dar es Salaam', wantsMentor: true });
  expect(await membershipOf(world, other, 'dave')).toMatchObject({ region: 'Dar es Salaam', wantsMentor: false });

  // The coordinator lists members with their roles and statuses.
  await group.as('alice').says('/members');
  const list = group.expectBotSaid(/Wiki Women: 4 members/);
  // Alice created the cohort as an admin of the chat: she coordinates as an admin, not by a stored role.
  expect(list).toContain('Alice (@alice) — coordinator (chat admin), active');
  expect(list).toContain('Bob (@bob) — member, active');
  expect(list).toContain('Carol (@carol) — member, active');
  expect(list).toContain('Dave (@dave) — member, active');

  // Roles: a mentor, and a coordinator who can then run coordinator commands.
  await group.as('alice').says('/role @bob mentor');
  group.expectBotSaid('Bob is now a mentor.');
  // A mentor is not a coordinator.
  await group.as('bob').says('/members');
  group.expectBotSaid('Only a coordinator of this cohort can do that.');
  await group.as('bob').says('/help');
  expect(group.expectBotSaid('Commands you can use in this group')).not.toContain('/members');
  await group.as('carol').says('/members');
  group.expectBotSaid('Only a coordinator of this cohort can do that.');
  await group.as('alice').says('/role @carol coordinator');
  group.expectBotSaid('Carol is now a coordinator.');
  await group.as('carol').says('/role @dave mentor');
  group.expectBotSaid('Dave is now a mentor.');
  await group.as('carol').says('/members');
  const roles = group.expectBotSaid(/Wiki Women: 4 members/);
  expect(roles).toContain('Bob (@bob) — mentor, active');
  expect(roles).toContain('Carol (@carol) — coordinator (granted with /role), active');

  // Leaving and coming back keeps the profile.
  await group.as('dave').says('/leave');
  group.expectBotSaid(/You left Wiki Women/);
  await group.as('alice').says('/members');
  expect(group.expectBotSaid(/Wiki Women: 3 members/)).not.toContain('Dave');
  // Who left is not named in the group: a count there, the names to the coordinator in private.
  await world.dm('alice').says('/language en');
  await group.as('alice').says('/members --all');
  const all = group.expectBotSaid(/Wiki Women: 4 members/);
  expect(all).not.toContain('Dave');
  expect(all).toContain('One more person left the cohort.');
  expect(all).toContain('I sent you the full list in private.');
  expect(world.dm('alice').lastBotMessage()).toContain('Dave (@dave) — mentor, left');
  await group.as('dave').says('/join');
  group.expectBotSaid('Welcome to Wiki Women, Dave!');
  expect(await membershipOf(world, group, 'dave')).toMatchObject({
    status: 'active',
    region: 'Dar es Salaam',
    wantsMentor: true,
  });

  // /mydata in private shows everything held.
  const bob = world.dm('bob');
  await bob.says('/mydata');
  const data = bob.expectBotSaid(/What I keep about you/);
  expect(data).toContain('Name: Bob (username: bob), fake id u-bob');
  expect(data).toContain('You are in one cohort:');
  expect(data).toMatch(/Wiki Women: mentor, active, since/);
  expect(data).toContain(
    'languages English and Swahili; region Mombasa; topics women in science, history; timezone Africa/Nairobi; can mentor 2; wants a mentor no; about: Librarian & editor since 2019',
  );

  // /forgetme: Cancel keeps everything, Yes deletes Carol and only Carol.
  const carol = world.dm('carol');
  await carol.says('/forgetme');
  carol.expectBotSaid(/This deletes your account here, your profile and your membership in one cohort/);
  expect(await carol.presses('Cancel')).toBe('Cancelled. Nothing was changed.');
  expect(await accountOf(world, 'carol')).not.toBeNull();
  expect(await membershipOf(world, group, 'carol')).not.toBeNull();

  await carol.says('/forgetme');
  const carolId = (await accountOf(world, 'carol'))!.id;
  expect(await world.store.audit.list({ actorAccountId: carolId })).toHaveLength(1);
  await carol.presses(/Yes, delete/);
  carol.expectBotSaid(/I deleted everything I kept about you/);
  expect(await accountOf(world, 'carol')).toBeNull();
  const members = await world.store.memberships.list(cohort.id);
  expect(members.map((m) => m.account.username).sort()).toEqual(['alice', 'bob', 'dave']);
  const roleChanges = (await world.store.audit.list({ cohortId: cohort.id })).filter((a) => a.action === 'member.role');
  expect(roleChanges).toHaveLength(3);
  expect(roleChanges.filter((a) => a.actorAccountId === null)).toHaveLength(1);
  expect(await world.store.audit.list({ actorAccountId: carolId })).toEqual([]);

  // Pressing the same button again is stale, and does not bring Carol back.
  expect(await carol.presses(/Yes, delete/)).toBe('This button is no longer valid.');
  expect(await accountOf(world, 'carol')).toBeNull();
  expect(await membershipOf(world, group, 'bob')).toMatchObject({ role: 'mentor', region: 'Mombasa' });
}
