// The privacy sweep (docs/privacy.md): a cohort with private data of every
// kind — matching preferences, "about" texts, an /avoid list, a mentor's
// decline with its reason, reflections only for oneself, the mentor or the
// coordinators, a check-in answer kept private, what someone hopes to learn at
// a gathering and their commitments after it — and then every command, and
// every button they bring up, run in the group by a member, by a coordinator
// the bot may write to, and by one it may not (Telegram-like). Whatever the
// group received must carry none of that private data, and the coordinator
// must have received the views in private.

import { afterEach, describe, expect, it } from 'vitest';
import { type ChatHandle, createWorld, readable, type World } from '../helpers/scenario.ts';

// Monday 5 January 2026, 09:00 UTC (10:00 in Lagos).
const START = new Date('2026-01-05T09:00:00Z');

/** Texts that must never reach the group, with what they are. */
const SECRETS = {
  preference: 'safe-space:secretpref',
  ownPreference: 'safe-space:carolpref',
  about: 'ABOUT-bob-secret',
  ownAbout: 'ABOUT-carol-secret',
  menteeAbout: 'ABOUT-eve-secret',
  reflectionMe: 'REFLECT-me-secret',
  reflectionMentor: 'REFLECT-mentor-secret',
  reflectionCoordinators: 'REFLECT-coord-secret',
  checkinAnswer: 'ANSWER-private-secret',
  typedInGroup: 'TYPED-in-group-secret',
  hope: 'HOPE-coord-secret',
  commitmentMe: 'COMMIT-me-secret',
  commitmentCoordinators: 'COMMIT-coord-secret',
  surveyAnswer: 'SURVEY-answer-secret',
};
/** Lines that would tell the group about a decline, its reason, or someone's /avoid list. */
const PRIVATE_PATTERNS = [/declined/i, /no time right now/i, /never pair/i, /People you are never paired with/i];

/**
 * Every command, with words that make it do something. A command added to the
 * bot must be added here (the test checks), so the sweep keeps covering all.
 */
const COMMANDS = [
  '/help',
  '/help pair',
  '/cohort',
  '/cohort edit --region Ikeja',
  '/members',
  '/members --all',
  '/role @carol member',
  '/join',
  '/profile',
  '/profile @bob',
  '/profile @eve',
  '/profile show --cohort "Lagos editors"',
  '/profile set region Yaba',
  `/profile set about ${SECRETS.typedInGroup}`,
  `/profile set preferences ${SECRETS.typedInGroup}`,
  '/profile clear region',
  '/timezone',
  '/timezone Africa/Lagos',
  '/checkin',
  '/checkin list',
  '/checkin stats',
  '/checkin now',
  '/checkin skip 1',
  '/checkin pause 1',
  '/checkin resume 1',
  `/reflect ${SECRETS.typedInGroup} --visibility me`,
  '/reflections',
  '/reflections shared',
  '/pair',
  '/pair mentors',
  '/pair confirm',
  '/pair settings',
  '/pair peers',
  '/pair rounds',
  '/pair stats',
  '/report',
  '/report group',
  '/export csv',
  '/export wikitext',
  '/report web',
  '/audit',
  '/pair @maya @eve',
  // Nia never wrote to the bot: the question to her goes to the group, without Eve's "about".
  '/pair @nia @eve',
  '/unpair @eve',
  '/avoid',
  '/avoid @carol',
  '/mydata',
  '/forgetme',
  '/start',
  '/pause --until 1w',
  '/resume',
  '/leave',
  '/join',
  '/checkin delete 1',
  '/gathering',
  '/gathering list',
  '/gathering show 1',
  '/gathering report 1',
  '/gathering mark 1 @bob present',
  '/gathering create "Sweep day" --at 2026-03-01 10:00',
  '/gathering edit 2 --place Yaba',
  '/gathering cancel 2',
  '/here',
  `/hope ${SECRETS.typedInGroup}`,
  `/commit ${SECRETS.typedInGroup}`,
  '/commitments',
  '/survey templates',
  '/survey list',
  '/survey show 1',
  '/survey results 1',
  '/survey create feedback',
  '/survey send 2',
  '/survey close 2',
  '/surveys',
  '/network create "Sweep net"',
  '/network',
  '/network invite',
  '/network report',
  '/network meet',
  '/network meet on',
  '/network round',
  '/share',
  '/share withdraw',
  '/cohort pause',
  '/cohort resume',
  // Last: its buttons change the presser's language, and the assertions read English.
  '/language',
];

async function seed(world: World): Promise<ChatHandle> {
  const group = world.group('Lagos editors', { admins: ['alice', 'zed'] });
  await group.as('alice').says('/cohort create "Lagos editors" --languages en --timezone Africa/Lagos');
  // Alice has a private chat with the bot; Zed, also a coordinator (an admin), never wrote to it.
  await world.dm('alice').says('/language en');
  for (const handle of ['bob', 'carol', 'maya', 'eve']) {
    await group.as(handle).says('/join');
    await world.dm(handle).says('/language en');
  }
  // Nia is in the group only: the bot may not write to her first.
  await group.as('nia').says('/join');
  await group.as('maya').says('/profile set capacity 1');
  await world.dm('eve').says(`/profile set about ${SECRETS.menteeAbout}`);
  // Carol, who runs the sweep as a member, has private fields of her own: /profile in the group must not show them.
  await world.dm('carol').says(`/profile set preferences ${SECRETS.ownPreference}`);
  await world.dm('carol').says(`/profile set about ${SECRETS.ownAbout}`);
  await group.as('eve').says('/profile set wants-mentor yes');
  await world.dm('bob').says(`/profile set about ${SECRETS.about}`);
  await world.dm('bob').says('/avoid @carol');
  await world.dm('bob').says(`/reflect ${SECRETS.reflectionMe}`);
  await world.dm('bob').says(`/reflect ${SECRETS.reflectionMentor} --visibility mentor`);
  await world.dm('bob').says(`/reflect ${SECRETS.reflectionCoordinators} --visibility coordinators`);
  // Maya is asked to mentor Eve, declines, and says why.
  await world.dm('alice').says('/pair mentors');
  await world.dm('alice').says('/pair confirm');
  await world.dm('maya').presses('Decline');
  await world.dm('maya').presses('No time right now');
  // Eve asks for a safe space (after the decline: no mentor here offers one).
  await world.dm('eve').says(`/profile set preferences ${SECRETS.preference}`);
  // A gathering today: Bob goes, says what he hopes to learn, is there (it runs while the check-in does).
  await group.as('alice').says('/gathering create "Wiki day" --at 2026-01-05 12:00 --until 13:00');
  await group.as('bob').presses('Going');
  await world.dm('bob').says(`/hope ${SECRETS.hope}`);
  // A check-in Bob answers privately, and a digest.
  await group.as('alice').says('/checkin schedule weekly mon 18:00 --window 2h --question "How is it going?"');
  await world.advance('8h');
  await group.as('bob').presses(/Answer privately/);
  await world.dm('bob').says(SECRETS.checkinAnswer);
  await world.dm('bob').presses(/Keep it private/);
  await world.advance('3h');
  // The morning after the gathering Bob is asked what he will try: one for himself, one shared with coordinators.
  await world.advance('14h');
  await world.dm('bob').says(`/commit ${SECRETS.commitmentMe}`);
  await world.dm('bob').says(`/commit ${SECRETS.commitmentCoordinators} --visibility coordinators`);
  // A named survey Bob answers in private.
  await group.as('alice').says('/survey create Pulse\ntext: What is hard?');
  await group.as('alice').says('/survey send 1');
  await world.dm('bob').says(SECRETS.surveyAnswer);
  return group;
}

/** Run a command in the group, then press every button it brought up there, as the same person. */
async function sweep(group: ChatHandle, handle: string): Promise<void> {
  for (const command of COMMANDS) {
    const before = group.messages().length;
    await group.as(handle).says(command);
    for (const message of group.messages().slice(before)) {
      for (const button of message.buttons?.flat() ?? []) {
        await group.as(handle).pressData(button.data, message.messageId);
      }
    }
  }
}

/** Everything the bot ever posted in the group, deleted messages too: people may have read them. */
function groupReceived(world: World, group: ChatHandle): string[] {
  return world.adapter.messages.filter((m) => m.chatId === group.chat.chatId).map((m) => readable(m.html));
}

describe('privacy sweep', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('covers every command the bot has', async () => {
    world = await createWorld();
    const swept = new Set(COMMANDS.map((line) => /^\/(\S+)/.exec(line)![1]));
    const registered = world.local.bot.registry.all().map((spec) => spec.name);
    expect(registered.filter((name) => !swept.has(name))).toEqual([]);
  });

  it('posts nothing private to the group, whoever runs whatever there; coordinators get their views in private', async () => {
    world = await createWorld({ start: START });
    const group = await seed(world);
    // The seed itself left nothing private in the group.
    const leaks = (texts: string[]) =>
      texts.filter(
        (text) =>
          Object.values(SECRETS).some((secret) => text.includes(secret)) ||
          PRIVATE_PATTERNS.some((pattern) => pattern.test(text)),
      );
    expect(leaks(groupReceived(world, group))).toEqual([]);

    const alice = world.dm('alice');
    alice.markRead();
    for (const handle of ['carol', 'alice', 'zed']) await sweep(group, handle);
    expect(leaks(groupReceived(world, group))).toEqual([]);

    // The coordinator views reached Alice in private, with what coordinators may read.
    const views = alice.botMessages().join('\n---\n');
    expect(views).toMatch(/Participation in the last check-in\n(.*\n)*@bob: 1\/1/);
    expect(views).toMatch(/@maya declined @eve \(no time right now\)/);
    expect(views).toContain(`About: ${SECRETS.about}`);
    // ...and not what only the person may read.
    expect(views).not.toContain(SECRETS.preference);
    expect(views).not.toContain(SECRETS.checkinAnswer);
    expect(views).not.toContain(SECRETS.reflectionMe);
    // The gathering report: what Bob hopes to learn and the commitment he shared, not his own one.
    expect(views).toContain(SECRETS.hope);
    expect(views).toContain(SECRETS.commitmentCoordinators);
    expect(views).not.toContain(SECRETS.commitmentMe);
    // Zed, whom the bot may not write to first, got links instead, and never the view in the group.
    expect(groupReceived(world, group).some((text) => text.startsWith('Zed, this is for your eyes only'))).toBe(true);
    // Private commands typed in the group were taken out of it.
    expect(world.adapter.deletions.length).toBeGreaterThanOrEqual(3 * 6);
    // What was typed in the group with a private command was not stored either.
    const bob = await world.store.accounts.byPlatformId('fake', 'u-bob');
    expect(bob).not.toBeNull();
    const cohort = (await world.store.memberships.forAccount(bob!.id))[0]!.cohort;
    const reflections = await world.store.reflections.ofCohort(
      cohort.id,
      ['me', 'mentor', 'coordinators', 'cohort'],
      new Date(0),
    );
    expect(reflections.map((r) => r.text).some((text) => text.includes(SECRETS.typedInGroup))).toBe(false);
    for (const handle of ['alice', 'carol', 'zed']) {
      const account = await world.store.accounts.byPlatformId('fake', `u-${handle}`);
      const memberships = account ? await world.store.memberships.forAccount(account.id) : [];
      for (const m of memberships) {
        expect(m.about ?? '').not.toContain(SECRETS.typedInGroup);
        expect(m.preferences.join(' ')).not.toContain(SECRETS.typedInGroup.toLowerCase());
      }
    }
  }, 120_000);
});
