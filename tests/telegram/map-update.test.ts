// Recorded-shape update JSON from Telegram -> the core's events.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { involvesUser, mapPollTotals, mapUpdate, orderKeyOf } from '../../adapters/telegram/map-update.ts';

const BOT_ID = 7000001;

function fixture(name: string): Update {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', `${name}.json`), 'utf8')) as Update;
}

const map = (name: string) => mapUpdate(fixture(name), { botId: BOT_ID });

describe('telegram updates -> core events', () => {
  it('passes a group command through as text, with chat, sender, language hint and the update id', () => {
    expect(map('group-command')).toEqual([
      {
        kind: 'message',
        id: `${BOT_ID}:512345001`,
        chat: { platform: 'telegram', chatId: '-4123456789', kind: 'group', title: 'Lagos editors' },
        sender: { userId: '204455601', displayName: 'Amina Bello', username: 'amina_b', languageHint: 'en' },
        messageId: '57',
        text: '/cohort@cohort_test_bot show',
        at: new Date(1763900000 * 1000),
      },
    ]);
  });

  it('maps a forum topic message to its thread, without calling the topic root a reply', () => {
    const [event] = map('supergroup-topic');
    expect(event).toMatchObject({
      kind: 'message',
      text: '/join',
      chat: { chatId: '-1002233445566', threadId: '1187', kind: 'group' },
    });
    expect(event).not.toHaveProperty('replyToMessageId');
    expect(event?.sender.languageHint).toBe('ar');
  });

  it('puts the General topic and reply threads of ordinary supergroups in the whole chat', () => {
    expect(map('supergroup-general')[0]?.chat).not.toHaveProperty('threadId');
    const [reply] = map('supergroup-reply-thread');
    expect(reply?.chat).not.toHaveProperty('threadId');
    expect(reply).toMatchObject({ kind: 'message', replyToMessageId: '80', text: 'Wikidata queries' });
  });

  it('keeps a deep link payload in the /start text of a private chat', () => {
    expect(map('private-start')[0]).toMatchObject({
      kind: 'message',
      text: '/start Ab12Cd34',
      chat: { chatId: '301122334', kind: 'private' },
      sender: { displayName: 'Luis Martínez', languageHint: 'es' },
    });
  });

  it('turns a button press into an action with the callback data and the query id to answer', () => {
    expect(map('callback-query')).toEqual([
      {
        kind: 'action',
        id: `${BOT_ID}:512345006`,
        chat: {
          platform: 'telegram',
          chatId: '-1002233445566',
          kind: 'group',
          threadId: '1187',
          title: 'WikiWomen Africa',
        },
        sender: { userId: '301122334', displayName: 'Luis', username: 'luis_m', languageHint: 'es' },
        data: 'Xy9_ab-Cd12EfGh:no',
        ackId: '1294782937423847234',
        messageId: '1215',
      },
    ]);
  });

  it('turns poll answers (and retracted votes) into votes without a chat', () => {
    expect(map('poll-answer')).toEqual([
      {
        kind: 'poll_vote',
        id: `${BOT_ID}:512345007`,
        sender: { userId: '204455601', displayName: 'Amina', username: 'amina_b', languageHint: 'en' },
        pollId: '5420138811622752321',
        optionIds: [1, 2],
      },
    ]);
    expect(map('poll-answer-retracted')[0]).toMatchObject({ kind: 'poll_vote', optionIds: [] });
    expect(orderKeyOf(fixture('poll-answer'))).toBe('u204455601');
  });

  it('turns the `poll` update of an anonymous poll into its totals, from nobody; a named poll’s is left to poll_answer', () => {
    // Written after the Bot API's Poll object (is_anonymous polls send no poll_answer, only these).
    expect(mapPollTotals(fixture('poll-anonymous'), { botId: BOT_ID })).toEqual({
      kind: 'poll_totals',
      id: `${BOT_ID}:512345031`,
      pollId: '5420138811622752399',
      counts: [3, 2],
      voters: 5,
      closed: false,
    });
    expect(orderKeyOf(fixture('poll-anonymous'))).toBe('p5420138811622752399');
    expect(mapPollTotals(fixture('poll-named'), { botId: BOT_ID })).toBeNull();
    expect(mapUpdate(fixture('poll-named'), { botId: BOT_ID })).toEqual([]);
    expect(mapPollTotals(fixture('poll-answer'), { botId: BOT_ID })).toBeNull();
  });

  it('reports a group upgraded to a supergroup as a migrated chat', () => {
    expect(map('migrate')).toEqual([
      expect.objectContaining({
        kind: 'chat',
        change: 'migrated',
        newChatId: '-1003344556677',
        chat: expect.objectContaining({ chatId: '-4123456789' }),
      }),
    ]);
  });

  it('reports the bot being added and promoted as member events about the bot', () => {
    expect(map('my-chat-member-added')).toEqual([
      expect.objectContaining({
        kind: 'member',
        change: 'joined',
        isBot: true,
        sender: expect.objectContaining({ userId: '204455601' }),
      }),
    ]);
    expect(map('my-chat-member-promoted')).toEqual([
      expect.objectContaining({ kind: 'member', change: 'promoted', isBot: true }),
    ]);
    // Blocked in private: the adapter notes it; the core has nothing to do.
    expect(map('my-chat-member-blocked')).toEqual([]);
  });

  it('reports joins from chat_member and from the service message, one event per person, never the bot', () => {
    expect(map('chat-member-joined')).toEqual([
      expect.objectContaining({
        kind: 'member',
        change: 'joined',
        member: expect.objectContaining({ userId: '409988776', languageHint: 'ar' }),
      }),
    ]);
    const joined = map('new-chat-members');
    expect(joined.map((e) => e.kind === 'member' && e.member.displayName)).toEqual(['Fatima', 'Kofi Mensah']);
    expect(new Set(joined.map((e) => e.id)).size).toBe(2);
  });

  it('marks edits, and ignores other bots and anonymous admins', () => {
    expect(map('edited-message')[0]).toMatchObject({
      kind: 'message',
      edited: true,
      messageId: '3',
      at: new Date(1763900120 * 1000),
    });
    expect(map('anonymous-admin')).toEqual([]);
  });
});

describe('which updates carry a person (/forgetme drops them from the webhook queue)', () => {
  const group = { id: -4123456789, type: 'group', title: 'Lagos editors' };
  const amina = { id: 204455601, is_bot: false, first_name: 'Amina' };
  const other = { id: 9004455601, is_bot: false, first_name: 'Other' };
  const message = (fields: Record<string, unknown>) =>
    ({ update_id: 1, message: { message_id: 5, date: 1, chat: group, from: other, text: 'hi', ...fields } }) as Update;

  it('finds them as sender, as the author of the message replied to, and in their private chat', () => {
    expect(involvesUser(fixture('group-command'), '204455601')).toBe(true);
    expect(
      involvesUser(message({ reply_to_message: { message_id: 4, date: 1, chat: group, from: amina } }), '204455601'),
    ).toBe(true);
    const dm = { update_id: 2, my_chat_member: { chat: { id: 204455601, type: 'private' } } } as unknown as Update;
    expect(involvesUser(dm, '204455601')).toBe(true);
  });

  it('does not take a longer id, a negative chat id or an id inside a text for theirs', () => {
    expect(involvesUser(message({}), '4455601')).toBe(false);
    expect(involvesUser(message({ chat: { ...group, id: -100204455601 } }), '204455601')).toBe(false);
    expect(involvesUser(message({ text: '{"id":204455601}' }), '204455601')).toBe(false);
    expect(involvesUser(message({}), 'not-a-number')).toBe(false);
  });
});
