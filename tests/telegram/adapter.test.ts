// The Telegram adapter against the fake Bot API over real HTTP: what people
// see in their chats, and what the send queue learns when Telegram refuses.

import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCommandMenus, type TelegramAdapter } from '../../adapters/telegram/index.ts';
import { DeliveryError } from '../../src/core/errors.ts';
import { fitMessage } from '../../src/core/fit.ts';
import { loadTranslator } from '../../src/core/i18n.ts';
import type { AdapterEvent, ChatRef, InboundEvent } from '../../src/core/types.ts';
import { features } from '../../src/features/index.ts';
import { LOCALES_DIR } from '../../src/local.ts';
import { waitFor } from '../helpers/wait.ts';
import { FakeBotApi, type FakeChat } from './fake-bot-api.ts';
import { drained, pollingAdapter } from './helpers.ts';

let api: FakeBotApi;
let adapter: TelegramAdapter;
let events: InboundEvent[];

const ref = (chat: FakeChat, threadId?: number): ChatRef => ({
  platform: 'telegram',
  chatId: String(chat.id),
  kind: chat.type === 'private' ? 'private' : 'group',
  ...(threadId ? { threadId: String(threadId) } : {}),
});

async function failureOf(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  return (error as DeliveryError).failure;
}

async function startWith(
  options: Parameters<typeof pollingAdapter>[1] = {},
  handle?: (e: AdapterEvent) => Promise<void>,
) {
  adapter = pollingAdapter(api, options);
  await adapter.start(handle ?? (async (e) => void (e.kind !== 'poll_totals' && events.push(e))));
}

beforeEach(async () => {
  api = await new FakeBotApi().listen();
  events = [];
});
afterEach(async () => {
  await adapter?.stop();
  await api.close();
});

describe('telegram adapter: sending', () => {
  it('posts into a forum topic, and into General without a thread', async () => {
    await startWith();
    const forum = api.group({ forum: true });
    const topic = api.topic(forum, 'Mentoring');
    await adapter.send(ref(forum, topic), { html: 'in the <b>topic</b>' });
    await adapter.send(ref(forum), { html: 'in General' });
    expect(api.inChat(forum.id, topic).map((m) => m.text)).toEqual(['in the topic']);
    expect(api.inChat(forum.id).find((m) => m.text === 'in General')?.threadId).toBeUndefined();
  });

  it('sends buttons as an inline keyboard and answers every press, even ones the core leaves unanswered', async () => {
    // Like the core: it answers the press of "b" with a toast, and leaves "a" unanswered.
    await startWith({}, async (e) => {
      if (e.kind !== 'poll_totals') events.push(e);
      if (e.kind === 'action' && e.data === 'tok:b') await adapter.ackAction(e, 'Done');
    });
    const group = api.group();
    const sent = await adapter.send(ref(group), {
      html: 'Pick',
      buttons: [
        [
          { label: 'A &amp; B', data: 'tok:a' },
          { label: 'B', data: 'tok:b' },
        ],
      ],
    });
    expect(api.inChat(group.id)[0]?.buttons?.[0]?.[0]).toEqual({ text: 'A & B', callback_data: 'tok:a' });
    const unanswered = api.press('ada', group.id, Number(sent.messageId), 0);
    const toasted = api.press('ada', group.id, Number(sent.messageId), 1);
    await drained(api);
    expect(events.map((e) => e.kind === 'action' && [e.data, e.ackId])).toEqual([
      ['tok:a', unanswered],
      ['tok:b', toasted],
    ]);
    expect(api.answers.has(unanswered)).toBe(true);
    expect(api.answers.get(toasted)?.text).toBe('Done');
  });

  it('opens the reply field for a free-text question, for the person asked, and the reply reaches the bot under privacy mode', async () => {
    await startWith();
    const group = api.group();
    const asked = api.say('ada', group, '/note');
    await drained(api);
    const question = await adapter.send(
      ref(group),
      {
        html: 'What did you <b>learn</b>?',
        expectReply: { from: String(api.user('ada').id), placeholder: `One line &amp; more ${'.'.repeat(80)}` },
      },
      { replyToMessageId: String(asked) },
    );
    const sent = api.inChat(group.id).at(-1)!;
    // force_reply only for Ada (selective: she is the one replied to), with a hint cut to Telegram's 64 characters.
    expect(sent).toMatchObject({ text: 'What did you learn?', replyTo: asked });
    expect(sent.forceReply).toEqual({ selective: true, placeholder: `One line & more ${'.'.repeat(48)}` });

    // Privacy mode: the bot never sees Bea's chatter, and sees Ada's answer because it replies to the question.
    api.say('bea', group, 'unrelated chatter');
    const answer = api.say('ada', group, 'Pair editing works', { replyTo: Number(question.messageId) });
    await drained(api);
    const texts = events.filter((e) => e.kind === 'message').map((e) => e.kind === 'message' && e.text);
    expect(texts).toEqual(['/note', 'Pair editing works']);
    expect(events.at(-1)).toMatchObject({ messageId: String(answer), replyToMessageId: question.messageId });
  });

  it('keeps the buttons of a question that has both (a message has one reply markup), and asks anyone when no one is named', async () => {
    await startWith();
    const group = api.group();
    await adapter.send(ref(group), {
      html: 'Answer by replying, or privately',
      buttons: [[{ label: 'Answer privately', data: 'tok' }]],
      expectReply: {},
    });
    await adapter.send(ref(group), { html: 'Anyone: what should we read next?', expectReply: {} });
    const [withButtons, open] = api.inChat(group.id);
    expect(withButtons?.buttons).toEqual([[{ text: 'Answer privately', callback_data: 'tok' }]]);
    expect(withButtons?.forceReply).toBeUndefined();
    expect(open?.forceReply).toEqual({ selective: false });
  });

  it('posts non-anonymous native polls and closes them', async () => {
    await startWith();
    const group = api.group();
    const sent = await adapter.sendPoll!(ref(group), {
      question: 'Best day?',
      options: ['Mon', 'Tue'],
      allowsMultiple: true,
    });
    const poll = api.inChat(group.id)[0]?.poll;
    expect(poll).toMatchObject({ id: sent.pollId, anonymous: false, multiple: true, options: ['Mon', 'Tue'] });
    api.vote('ada', sent.pollId, [1]);
    await drained(api);
    expect(events.at(-1)).toMatchObject({ kind: 'poll_vote', pollId: sent.pollId, optionIds: [1] });
    await adapter.closePoll!(ref(group), sent.messageId);
    expect(api.inChat(group.id)[0]?.poll?.closed).toBe(true);
  });

  it('sends markup Telegram refuses to parse as plain text rather than not at all', async () => {
    await startWith();
    const group = api.group();
    await adapter.send(ref(group), { html: '<b>Tom & Jerry</b> <unknown>' });
    expect(api.inChat(group.id).map((m) => m.text)).toEqual(['Tom & Jerry ']);
  });

  it('fits a text longer than 4096 characters into several messages, split on lines (core/fit.ts)', async () => {
    await startWith({ limits: { chatGapMs: 0 } });
    api.limits = null;
    const group = api.group();
    const lines = Array.from({ length: 300 }, (_, i) => `Line ${i}: ${'word '.repeat(5)}&lt;ok&gt;`);
    for (const part of fitMessage({ html: lines.join('\n') }, adapter.capabilities))
      await adapter.send(ref(group), part);
    const texts = api.inChat(group.id).map((m) => m.text);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.every((t) => t.length <= 4096)).toBe(true);
    expect(texts.join('\n')).toBe(lines.join('\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
  });

  it('edits (removing the buttons) and deletes, and treats "not modified" and "already deleted" as done', async () => {
    await startWith();
    const group = api.group();
    const sent = await adapter.send(ref(group), { html: 'v1', buttons: [[{ label: 'x', data: 'x' }]] });
    await adapter.edit(ref(group), sent.messageId, { html: 'v2' });
    await adapter.edit(ref(group), sent.messageId, { html: 'v2' });
    expect(api.inChat(group.id)[0]).toMatchObject({ text: 'v2', edited: true });
    expect(api.inChat(group.id)[0]?.buttons).toBeUndefined();
    await adapter.delete(ref(group), sent.messageId);
    await adapter.delete(ref(group), sent.messageId);
    expect(api.inChat(group.id)).toEqual([]);
  });
});

describe('telegram adapter: failures as the send queue sees them', () => {
  it('maps blocked, never-started, kicked, unknown chats, migrations and vanished topics', async () => {
    await startWith();
    const dm = api.privateChat('bea');
    expect(await failureOf(adapter.send(ref(dm), { html: 'hi' }))).toMatchObject({
      kind: 'unreachable',
      reason: expect.stringMatching(/initiate/),
    });
    api.say('bea', dm, 'hello');
    await drained(api);
    api.block('bea');
    await drained(api);
    expect(await failureOf(adapter.send(ref(dm), { html: 'hi' }))).toMatchObject({
      kind: 'unreachable',
      reason: expect.stringMatching(/blocked/),
    });

    const group = api.group();
    api.setBotStatus(group, 'kicked');
    expect(await failureOf(adapter.send(ref(group), { html: 'hi' }))).toMatchObject({ kind: 'unreachable' });
    expect(await failureOf(adapter.send({ ...ref(group), chatId: '-999' }, { html: 'hi' }))).toMatchObject({
      kind: 'unreachable',
    });

    const old = api.group();
    const supergroup = api.migrate(old);
    expect(await failureOf(adapter.send(ref(old), { html: 'hi' }))).toEqual({
      kind: 'migrated',
      newChatId: String(supergroup.id),
    });

    const forum = api.group({ forum: true });
    const topic = api.topic(forum, 'Gone soon');
    api.deleteTopic(forum, topic);
    expect(await failureOf(adapter.send(ref(forum, topic), { html: 'hi' }))).toEqual({ kind: 'thread_gone' });
  });

  it('reports 5xx and network failures as transient, other 400s as rejected', async () => {
    await startWith();
    const group = api.group();
    api.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' });
    expect(await failureOf(adapter.send(ref(group), { html: 'x' }, { idempotencyKey: 'k1' }))).toMatchObject({
      kind: 'transient',
    });
    api.failNext('sendMessage', { error_code: 400, description: 'Bad Request: BUTTON_DATA_INVALID' });
    expect(await failureOf(adapter.send(ref(group), { html: 'x' }, { idempotencyKey: 'k2' }))).toMatchObject({
      kind: 'rejected',
    });
    const port = new URL(api.url).port;
    await api.close();
    expect(await failureOf(adapter.send(ref(group), { html: 'x' }, { idempotencyKey: 'k3' }))).toMatchObject({
      kind: 'transient',
    });
    api = await new FakeBotApi().listen();
    expect(port).toBeTruthy();
  });

  it("gives a queued send's 429 back to the queue, and waits one out for a direct reply", async () => {
    await startWith();
    const group = api.group();
    api.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 2',
      parameters: { retry_after: 2 },
    });
    expect(await failureOf(adapter.send(ref(group), { html: 'queued' }, { idempotencyKey: 'q1' }))).toEqual({
      kind: 'rate_limited',
      retryAfterMs: 2000,
    });
    // The chat stays blocked for what Telegram asked: the next queued send does not even try.
    const before = api.calls.length;
    expect(await failureOf(adapter.send(ref(group), { html: 'queued' }, { idempotencyKey: 'q2' }))).toMatchObject({
      kind: 'rate_limited',
    });
    expect(api.calls.length).toBe(before);

    const other = api.group();
    api.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    const started = Date.now();
    await adapter.send(ref(other), { html: 'direct reply' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(api.inChat(other.id).map((m) => m.text)).toEqual(['direct reply']);
  });

  it('keeps to about one message a second per chat without being told by a 429', async () => {
    await startWith();
    const group = api.group();
    const started = Date.now();
    for (let i = 0; i < 3; i++) await adapter.send(ref(group), { html: `reply ${i}` });
    expect(api.inChat(group.id)).toHaveLength(3);
    expect(api.stats.tooMany).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
  });
});

describe('telegram adapter: people, admins, commands', () => {
  it('writes first only to people who started a private chat, and stops after they block the bot', async () => {
    await startWith();
    const bea = String(api.user('bea').id);
    expect(await adapter.openDm(bea)).toBeNull();
    api.say('bea', api.privateChat('bea'), '/start');
    await drained(api);
    expect(await adapter.openDm(bea)).toEqual({ platform: 'telegram', chatId: bea, kind: 'private' });
    api.block('bea');
    await drained(api);
    expect(await adapter.openDm(bea)).toBeNull();
  });

  it("caches the chat's admins and refreshes them when membership changes", async () => {
    await startWith();
    const group = api.group({ admins: ['alice'], botAdmin: true });
    const chat = ref(group);
    expect(await adapter.chatAdmins(chat)).toEqual([String(api.user('alice').id)]);
    await adapter.chatAdmins(chat);
    expect(api.calls.filter((c) => c.method === 'getChatAdministrators')).toHaveLength(1);
    api.promote('bob', group);
    await drained(api);
    expect(await adapter.chatAdmins(chat)).toContain(String(api.user('bob').id));
    expect(events.at(-1)).toMatchObject({ kind: 'member', change: 'promoted' });
  });

  it('sets the command menu per language and scope at start, and makes t.me deep links', async () => {
    const i18n = loadTranslator(join(LOCALES_DIR));
    const commands = features.flatMap((f) => f.commands ?? []);
    const menus = buildCommandMenus(commands, ['ar', 'es'], (locale, name) => i18n.t(locale, `cmd-${name}-summary`));
    await startWith({ commands: menus });
    expect(api.commands).toHaveLength(6);
    const privateEs = api.commands.find((c) => c.language_code === 'es' && JSON.stringify(c.scope).includes('private'));
    const names = (privateEs!.commands as Array<{ command: string; description: string }>).map((c) => c.command);
    expect(names).toContain('forgetme');
    expect(names).not.toContain('start');
    const groupDefault = api.commands.find((c) => !c.language_code && JSON.stringify(c.scope).includes('group'));
    expect((groupDefault!.commands as Array<{ command: string }>).map((c) => c.command)).toContain('members');
    expect(adapter.deepLink('Ab12Cd34')).toBe('https://t.me/cohort_test_bot?start=Ab12Cd34');
    expect(adapter.botUsername).toBe('cohort_test_bot');
  });

  it('builds a menu in every language the bot speaks, under the two-letter codes Telegram takes', () => {
    const i18n = loadTranslator(join(LOCALES_DIR));
    const commands = features.flatMap((f) => f.commands ?? []);
    const menus = buildCommandMenus(commands, i18n.locales, (locale, name) => i18n.t(locale, `cmd-${name}-summary`));
    const languages = [...new Set(menus.map((m) => m.language))].sort();
    expect(languages).toEqual(['', 'ar', 'bn', 'en', 'es', 'fa', 'fr', 'hi', 'id', 'pt', 'ru', 'sw', 'uk']);
    const portuguese = menus.find((m) => m.language === 'pt' && m.scope === 'private')!;
    expect(portuguese.commands.find((c) => c.command === 'mydata')?.description).toBe('tudo o que guardo sobre você');
  });

  it('asks Telegram for the updates the bot needs, after removing any webhook', async () => {
    await startWith();
    await waitFor('the first getUpdates', () => api.calls.some((c) => c.method === 'getUpdates'));
    const methods = api.calls.map((c) => c.method);
    expect(methods.indexOf('deleteWebhook')).toBeLessThan(methods.indexOf('getUpdates'));
    const allowed = api.calls.find((c) => c.method === 'getUpdates')?.body.allowed_updates;
    expect(allowed).toEqual(
      expect.arrayContaining([
        'message',
        'edited_message',
        'callback_query',
        'poll_answer',
        'poll',
        'my_chat_member',
        'chat_member',
      ]),
    );
  });
});
