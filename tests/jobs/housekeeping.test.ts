import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.ts';
import { INBOUND_KEEP_MS, sweep, TOKEN_KEEP_MS } from '../../src/jobs/housekeeping.ts';
import { ManualClock } from '../../src/jobs/memory-scheduler.ts';
import { openTestStore } from '../helpers/db.ts';

describe('housekeeping', () => {
  let store: Store;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ store, close } = await openTestStore('postgres'));
  });
  afterAll(async () => close());

  it('forgets old inbound ids and long-expired button tokens, and keeps recent ones', async () => {
    const start = new Date();
    const clock = new ManualClock(start);
    await store.inbound.firstSeen('fake', 'old-event');
    const chat = await store.chats.upsert({ platform: 'fake', platformChatId: 'hk', kind: 'group' });
    await store.actionTokens.create({
      id: 'old-token',
      kind: 'x',
      accountId: null,
      chatId: chat.id,
      payload: {},
      expiresAt: start,
    });
    await store.actionTokens.create({
      id: 'fresh-token',
      kind: 'x',
      accountId: null,
      chatId: chat.id,
      payload: {},
      expiresAt: new Date(start.getTime() + INBOUND_KEEP_MS * 2),
    });

    clock.advance(TOKEN_KEEP_MS + 60_000);
    expect(await sweep(store, clock)).toEqual({ inbound: 0, tokens: 1 });
    expect(await store.actionTokens.byId('old-token')).toBeNull();
    expect(await store.inbound.has('fake', 'old-event')).toBe(true);

    clock.advance(INBOUND_KEEP_MS);
    expect((await sweep(store, clock)).inbound).toBe(1);
    expect(await store.inbound.has('fake', 'old-event')).toBe(false);
    expect(await store.actionTokens.byId('fresh-token')).not.toBeNull();
  });
});
