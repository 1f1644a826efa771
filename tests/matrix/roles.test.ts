// Roles in a real Matrix room (docs/privacy.md, "Roles"; docs/matrix.md, "Power
// levels"): the creator of a cohort coordinates through their power level
// and loses the coordinator commands at the very next command after being
// demoted; someone granted the role with !role keeps it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld } from './world.ts';

const REFUSED = 'Only a coordinator of this cohort can do that.';

describe.skipIf(!homeserverUrl)(`matrix roles (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  let world: MatrixWorld;
  let closeStore: () => Promise<void>;
  let botUser: MatrixUser;
  let owner: MatrixUser;
  let cara: MatrixUser;
  let dan: MatrixUser;
  let bea: MatrixUser;
  let roomId: string;

  const said = async () => (await owner.botSaid(roomId, botUser.userId)).map((m) => m.body);
  const until = (what: string, probe: () => Promise<boolean>) => waitFor(what, async () => (await probe()) || null);
  /** Someone writes in the room; the bot's answer to it. */
  const asks = async (user: MatrixUser, text: string) => {
    const before = (await said()).length;
    await user.say(roomId, text);
    await until(`an answer to ${text}`, async () => (await said()).length > before);
    return (await said()).at(-1)!;
  };

  beforeAll(async () => {
    [botUser, owner, cara, dan, bea] = await Promise.all([
      register('rolebot'),
      register('owner'),
      register('cara'),
      register('dan'),
      register('bea'),
    ]);
    const opened = await openTestStore('postgres');
    closeStore = opened.close;
    world = new MatrixWorld(opened.store, botUser, [owner.userId], []);
    await world.start();
    roomId = await owner.createRoom({ name: 'Roles room' });
    for (const user of [cara, dan, bea]) {
      await owner.invite(roomId, user.userId);
      await user.join(roomId);
    }
    // Moderators (50, the coordinator power level here) under the room's owner (100).
    await owner.setPower(roomId, cara.userId, 50);
    await owner.setPower(roomId, dan.userId, 50);
    await owner.invite(roomId, botUser.userId);
    await until('hello', async () => (await said()).some((b) => /I run peer-learning cohorts/.test(b)));
  }, 60_000);

  afterAll(async () => {
    await world?.stop();
    await closeStore?.();
  });

  it('lets a moderator create a cohort and grant the role; !members tells admins from granted coordinators', async () => {
    expect(await asks(cara, '!cohort create Lagos')).toMatch(/Cohort Lagos created/);
    expect(await asks(cara, '!checkin schedule weekly mon 18:00')).toMatch(/Check-in schedule #1 is set/);
    expect(await asks(bea, '!join')).toMatch(/Welcome to Lagos/);
    await asks(dan, '!join');
    expect(await asks(cara, `!role ${dan.userId} coordinator`)).toMatch(
      /is now a coordinator\.\n.* is also an admin of this chat\. The granted role keeps them a coordinator/,
    );
    const list = await asks(cara, '!members');
    expect(list).toMatch(/cara\w* — coordinator \(chat admin\), active/);
    expect(list).toMatch(/dan\w* — coordinator \(chat admin, also granted with !role\), active/);
    expect(list).toMatch(/bea\w* — member, active/);
  });

  it('refuses the creator at the next command once another admin lowered their power level', async () => {
    await owner.setPower(roomId, cara.userId, 0);
    // No waiting for the bot: the power change comes before her command in the room, and that is enough.
    expect(await asks(cara, '!members')).toBe(REFUSED);
    expect(await asks(cara, '!checkin now')).toBe(REFUSED);
    expect(await asks(cara, '!cohort edit --region Accra')).toBe(REFUSED);
    const cohort = await world.store.cohorts.byId(
      (
        await world.store.memberships.forAccount((await world.store.accounts.byPlatformId('matrix', cara.userId))!.id)
      )[0]!.cohortId,
    );
    expect(cohort?.region).toBeNull();
  });

  it('keeps the rights of someone granted with !role after their power level is lowered', async () => {
    await owner.setPower(roomId, dan.userId, 0);
    const list = await asks(dan, '!members');
    expect(list).toMatch(/dan\w* — coordinator \(granted with !role\), active/);
    expect(list).toMatch(/cara\w* — member, active/);
    expect(await asks(dan, '!cohort edit --region Accra')).toMatch(/Accra/);
    // A granted role is taken back with !role; then only the power level would count.
    expect(await asks(dan, `!role ${dan.userId} member`)).toMatch(/is now a member/);
    expect(await asks(dan, '!members')).toBe(REFUSED);
  });
});
