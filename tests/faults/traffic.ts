// People writing to the bot at a steady pace while a fault is injected, and
// the count a fault test reports: every message answered once (lost: never
// answered; doubled: answered more than once), each chat in order.

import { expect } from 'vitest';
import { waitFor } from '../helpers/wait.ts';
import type { FakeBotApi, FakeChat } from '../telegram/fake-bot-api.ts';

export interface Traffic {
  chats: FakeChat[];
  /** Message ids people sent, per chat, in order. */
  asked: Map<number, number[]>;
  /** Stop writing; resolves when the last message is out. */
  stop(): Promise<void>;
  /** Messages sent so far. */
  sent(): number;
  /** Messages answered at least once so far. */
  answered(): number;
}

/** A few people in private and in groups, each chat getting a `/help language` every `everyMs`. */
export function startTraffic(api: FakeBotApi, options: { privates?: number; groups?: number; everyMs?: number } = {}) {
  const chats: FakeChat[] = [
    ...Array.from({ length: options.privates ?? 3 }, (_, i) => api.privateChat(`p${i}`)),
    ...Array.from({ length: options.groups ?? 2 }, () => api.group()),
  ];
  const asked = new Map<number, number[]>(chats.map((chat) => [chat.id, []]));
  let n = 0;
  const timer = setInterval(() => {
    const round = Math.floor(n / chats.length);
    const c = n++ % chats.length;
    const chat = chats[c]!;
    // Groups get a message every fourth round: Telegram lets a bot post 20 a minute in a group.
    if (chat.type !== 'private' && round % 4 !== 0) return;
    asked.get(chat.id)!.push(api.say(`p${c}`, chat, '/help language'));
  }, options.everyMs ?? 100);
  const traffic: Traffic = {
    chats,
    asked,
    async stop() {
      clearInterval(timer);
    },
    sent: () => [...asked.values()].reduce((sum, ids) => sum + ids.length, 0),
    answered: () => [...answerCounts(api, asked).values()].filter((count) => count > 0).length,
  };
  return traffic;
}

/** Answers per message people sent (the bot answers a command as a reply to it). */
export function answerCounts(api: FakeBotApi, asked: Map<number, number[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [chatId, ids] of asked) {
    const replies = new Map<number, number>();
    for (const m of api.inChat(chatId)) if (m.replyTo) replies.set(m.replyTo, (replies.get(m.replyTo) ?? 0) + 1);
    for (const id of ids) counts.set(`${chatId}/${id}`, replies.get(id) ?? 0);
  }
  return counts;
}

export interface Tally {
  sent: number;
  lost: number;
  doubled: number;
  /** Answers that went through the send queue (the platform said wait): posted without the quote. */
  unquoted: number;
}

/**
 * Count per chat. Most answers quote the message they answer; one that had
 * to wait for Telegram's limits goes through the send queue and loses its
 * quote, so those are matched per chat: in a chat, the messages no quote
 * answers are answered by the unquoted answers, any surplus is doubled.
 */
export function tally(api: FakeBotApi, traffic: Traffic, exclude = new Set<string>()): Tally {
  const result: Tally = { sent: 0, lost: 0, doubled: 0, unquoted: 0 };
  for (const [chatId, ids] of traffic.asked) {
    const answers = api.inChat(chatId).filter((m) => !(m.replyTo && exclude.has(`${chatId}/${m.replyTo}`)));
    const quoted = new Map<number, number>();
    let unquoted = 0;
    for (const m of answers) {
      if (m.replyTo) quoted.set(m.replyTo, (quoted.get(m.replyTo) ?? 0) + 1);
      else unquoted++;
    }
    const missing = ids.filter((id) => !quoted.has(id)).length;
    result.sent += ids.length;
    result.unquoted += unquoted;
    result.lost += Math.max(0, missing - unquoted);
    result.doubled += [...quoted.values()].filter((n) => n > 1).length + Math.max(0, unquoted - missing);
  }
  return result;
}

/** Answers in a chat so far (quoted or not). */
const answersIn = (api: FakeBotApi, chatId: number) => api.inChat(chatId).length;

/**
 * Wait until every chat has as many answers as messages, then send one more
 * per chat and wait for its answer: each chat is handled in order, so once
 * those are answered no repeat of an earlier message can still be on its way.
 * Then count, leaving the extra messages out.
 */
export async function settle(api: FakeBotApi, traffic: Traffic, timeoutMs = 60_000): Promise<Tally> {
  const short = () =>
    traffic.chats.map((chat) => traffic.asked.get(chat.id)!.length - answersIn(api, chat.id)).filter((n) => n > 0);
  await waitFor('every message to be answered', () => short().length === 0, {
    timeoutMs,
    seen: () => `chats short of answers: ${short().join(', ')}; ${api.pendingUpdates} waiting at Telegram`,
  });
  const markers = new Set(traffic.chats.map((chat, c) => `${chat.id}/${api.say(`p${c}`, chat, '/help language')}`));
  await waitFor('the answers to one more message per chat', () =>
    traffic.chats.every((chat) => answersIn(api, chat.id) > traffic.asked.get(chat.id)!.length),
  );
  return tally(api, traffic, markers);
}

/** Each chat heard the (quoted) answers to its messages in the order they were sent. */
export function expectInOrder(api: FakeBotApi, traffic: Traffic): void {
  for (const chat of traffic.chats) {
    const asked = traffic.asked.get(chat.id)!;
    const order = api.inChat(chat.id).flatMap((m) => (m.replyTo && asked.includes(m.replyTo) ? [m.replyTo] : []));
    const firsts = order.filter((id, i) => order.indexOf(id) === i);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  }
}

/** One line for the test log and bench/RESULTS.md. */
export function report(fault: string, recoveredMs: number, tally: Tally, extra = ''): void {
  process.stdout.write(
    `[fault] ${fault}: recovered in ${(recoveredMs / 1000).toFixed(1)} s; ${tally.sent} messages, ` +
      `${tally.lost} lost, ${tally.doubled} doubled (${tally.unquoted} answered through the send queue)${extra ? `; ${extra}` : ''}\n`,
  );
}
