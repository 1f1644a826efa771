// A DM with the bot stops being private when a third person is in it
// (docs/privacy.md, "Readers"; docs/matrix.md, "Private chats"), against a
// real Synapse: private commands are refused there, nothing private is posted
// where the third person reads it, and the bot writes to the person in a new
// 1:1 room from then on, also after the third person left and after a restart.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld } from './world.ts';

describe.skipIf(!homeserverUrl)(`matrix private rooms (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  let world: MatrixWorld;
  let closeStore: () => Promise<void>;
  let botUser: MatrixUser;
  let ada: MatrixUser;
  let eve: MatrixUser;
  let zed: MatrixUser;
  let dm: string;

  const saidIn = async (user: MatrixUser, room: string) =>
    (await user.botSaid(room, botUser.userId)).map((m) => m.body);
  const until = (what: string, probe: () => Promise<boolean>) => waitFor(what, async () => (await probe()) || null);
  /** Ada writes in a room and waits for the bot's next answer there. */
  const adaAsks = async (room: string, text: string) => {
    const before = (await saidIn(ada, room)).length;
    await ada.say(room, text);
    await until(`an answer to ${text}`, async () => (await saidIn(ada, room)).length > before);
    return (await saidIn(ada, room)).at(-1)!;
  };

  beforeAll(async () => {
    [botUser, ada, eve, zed] = await Promise.all([
      register('privbot'),
      register('ada'),
      register('eve'),
      register('zed'),
    ]);
    const opened = await openTestStore('postgres');
    closeStore = opened.close;
    world = new MatrixWorld(opened.store, botUser, [ada.userId, eve.userId, zed.userId], []);
    await world.start();
  }, 60_000);

  afterAll(async () => {
    await world?.stop();
    await closeStore?.();
  });

  it('answers private commands in a DM with the bot', async () => {
    // As Element's "Start chat" does it.
    dm = await ada.createRoom({ is_direct: true, invite: [botUser.userId], preset: 'trusted_private_chat' });
    await until('dm known', async () => world.adapter.rooms.dmWith(ada.userId) === dm);
    // The bot lets people invited later read only from their invite on (Element's DMs show them everything).
    await until('history limited', async () => {
      const path = `/rooms/${encodeURIComponent(dm)}/state/m.room.history_visibility/`;
      return (await ada.api<{ history_visibility: string }>('GET', path)).history_visibility === 'invited';
    });
    expect(await adaAsks(dm, '!timezone America/Bogota')).toMatch(/America\/Bogota/);
    const data = await adaAsks(dm, '!mydata');
    expect(data).toMatch(/What I keep about you/);
    expect(data).toMatch(/America\/Bogota/);
    expect(world.adapter.chatOf(dm).kind).toBe('private');
  });

  it('refuses them once a third person is in, and posts nothing private there', async () => {
    await ada.invite(dm, eve.userId);
    await eve.join(dm);
    await until('a group now', async () => world.adapter.chatOf(dm).kind === 'group');
    expect(await adaAsks(dm, '!mydata')).toMatch(/works only in a private chat/);
    expect(await adaAsks(dm, '!forgetme')).toMatch(/works only in a private chat/);

    // What Eve's client shows in the room: nothing of Ada's data, neither now nor from before she came.
    const seenByEve = (await eve.messages(dm)).map((e) => JSON.stringify(e.content ?? {}));
    expect(seenByEve.some((c) => /works only in a private chat/.test(c))).toBe(true);
    expect(seenByEve.filter((c) => /What I keep about you|America\/Bogota/.test(c))).toEqual([]);
  });

  it('writes to the person in a new 1:1 room from then on, also what was queued for the old one', async () => {
    const chat = await world.adapter.openDm(ada.userId);
    expect(chat?.chatId).toBeDefined();
    expect(chat!.chatId).not.toBe(dm);
    expect(chat!.kind).toBe('private');
    const members = await botUser.api<{ joined: Record<string, unknown> }>(
      'GET',
      `/rooms/${encodeURIComponent(chat!.chatId)}/joined_members`,
    );
    expect(Object.keys(members.joined)).toEqual([botUser.userId]);
    const invited = await botUser.api<{ chunk: Array<{ state_key: string }> }>(
      'GET',
      `/rooms/${encodeURIComponent(chat!.chatId)}/members?membership=invite`,
    );
    expect(invited.chunk.map((e) => e.state_key)).toEqual([ada.userId]);

    // A message queued for Ada's private chat while it was still the old room goes to the new one.
    const account = await world.store.accounts.byPlatformId('matrix', ada.userId);
    await world.services.outbox.enqueue({
      idempotencyKey: `private-after-growth-${dm}`,
      chat: { platform: 'matrix', chatId: dm, kind: 'private' },
      recipientAccountId: account!.id,
      message: { html: 'Your partner this round is <b>Ana</b>' },
    });
    await ada.join(chat!.chatId);
    await until('delivered 1:1', async () =>
      (await saidIn(ada, chat!.chatId)).some((b) => /partner this round/.test(b)),
    );
    expect((await eve.messages(dm)).some((e) => /partner this round/.test(JSON.stringify(e.content ?? {})))).toBe(
      false,
    );
    // And the new room answers private commands.
    expect(await adaAsks(chat!.chatId, '!mydata')).toMatch(/What I keep about you/);
  });

  it('keeps the old room a group after the third person left, across a restart', async () => {
    await eve.api('POST', `/rooms/${encodeURIComponent(dm)}/leave`, {});
    await until('eve gone', async () => !world.adapter.rooms.room(dm).members.has(eve.userId));
    expect(world.adapter.chatOf(dm).kind).toBe('group');
    expect(await adaAsks(dm, '!mydata')).toMatch(/works only in a private chat/);

    await world.stop();
    await world.start();
    expect(world.adapter.chatOf(dm).kind).toBe('group');
    expect(await adaAsks(dm, '!mydata')).toMatch(/works only in a private chat/);
    const again = await world.adapter.openDm(ada.userId);
    expect(again!.chatId).not.toBe(dm);
    expect(again!.kind).toBe('private');
  });

  it('knows after a restart which DMs are 1:1, and notices a third person joining while it was away', async () => {
    const other = await eve.createRoom({ is_direct: true, invite: [botUser.userId], preset: 'trusted_private_chat' });
    await until('dm known', async () => world.adapter.rooms.dmWith(eve.userId) === other);
    await world.stop();
    await world.start();
    expect(world.adapter.chatOf(other).kind).toBe('private');

    await world.stop();
    await eve.invite(other, ada.userId);
    await world.start();
    expect(world.adapter.chatOf(other).kind).toBe('group');
  });

  it('does not invite someone who declined its DM to a new room at every message; it takes them as unreachable', async () => {
    const first = await world.adapter.openDm(zed.userId);
    await zed.api('POST', `/rooms/${encodeURIComponent(first!.chatId)}/leave`, {});
    await until('declined', async () => !world.adapter.rooms.room(first!.chatId).members.has(zed.userId));
    const again = await world.adapter.openDm(zed.userId);
    expect(again!.chatId).toBe(first!.chatId);
    await expect(world.adapter.send(again!, { html: 'hello?' })).rejects.toMatchObject({
      failure: { kind: 'unreachable' },
    });
    // Writing to the bot again (a DM of their own) makes that room theirs.
    const own = await zed.createRoom({ is_direct: true, invite: [botUser.userId], preset: 'trusted_private_chat' });
    await until('their dm known', async () => world.adapter.rooms.dmWith(zed.userId) === own);
    expect((await world.adapter.openDm(zed.userId))!.chatId).toBe(own);
  });
});
