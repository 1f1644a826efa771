// A Telegram channel post (recorded shape: no `from`, the channel as
// sender_chat, an author's signature at most) -> one channel_post event whose
// sender is the channel, never a person; edits of channel posts are not events.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { mapUpdate, orderKeyOf } from '../../adapters/telegram/map-update.ts';

const update = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'channel-post.json'), 'utf8')) as Update;

describe('telegram channel posts -> core events', () => {
  it('maps a channel post to a channel_post event from the channel itself, ordered by the channel', () => {
    expect(mapUpdate(update, { botId: 7000001 })).toEqual([
      {
        kind: 'channel_post',
        id: '7000001:512345900',
        chat: { platform: 'telegram', chatId: '-1002233445566', kind: 'group', title: 'Sahel news' },
        sender: { userId: 'channel:-1002233445566', displayName: 'Sahel news' },
        messageId: '12',
        text: '/network hub hub-AbCdEfGhIjKl',
        at: new Date(1763900100 * 1000),
      },
    ]);
    expect(orderKeyOf(update)).toBe('c-1002233445566');
  });

  it('ignores edited channel posts and posts without text', () => {
    const edited = { update_id: 1, edited_channel_post: update.channel_post } as unknown as Update;
    expect(mapUpdate(edited, { botId: 7000001 })).toEqual([]);
    const photo = { update_id: 2, channel_post: { ...update.channel_post, text: undefined } } as unknown as Update;
    expect(mapUpdate(photo, { botId: 7000001 })).toEqual([]);
  });
});
