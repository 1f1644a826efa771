// The yardstick for bench/telegram-inbound.ts: a bare grammY webhook bot that
// does one PostgreSQL INSERT per update (pg pool of 32), answering Telegram
// once the row is written. No queue, no de-duplication, no order per chat: the
// least a bot that keeps anything can do per update, on the same machine in
// the same run.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Bot, webhookCallback } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import pg from 'pg';
import { admin, databaseUrl } from './common.ts';

export interface WebhookTarget {
  url: string;
  secret: string;
}

/** A group message from one of 400 people in one of 100 groups, as Telegram posts it. */
export function groupUpdate(id: number, groups = 100): object {
  const group = -1001000000000 - (id % groups);
  const user = 5000 + (id % 400);
  return {
    update_id: id,
    message: {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: group, type: 'supergroup', title: `Group ${id % groups}` },
      from: { id: user, is_bot: false, first_name: `Person ${user}`, language_code: 'en' },
      text: `thinking out loud, message ${id}`,
    },
  };
}

/** POST update `id` to the webhook; resolves with the time the answer took (ms). */
export async function postUpdate(target: WebhookTarget, id: number): Promise<number> {
  const sentAt = performance.now();
  const res = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': target.secret },
    body: JSON.stringify(groupUpdate(id)),
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
  return performance.now() - sentAt;
}

/** Post ids first..first+count-1 over `connections` parallel connections; resolves when every POST was answered. */
export async function postBurst(target: WebhookTarget, first: number, count: number, connections = 32): Promise<void> {
  let next = first;
  const end = first + count;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < end) await postUpdate(target, next++);
    }),
  );
}

/** Updates/s the bare bot handled in a burst of `burst` updates (handled = row written and 200 sent). */
export async function bareBurst(burst: number): Promise<number> {
  const name = `cohort_bench_bare_${process.pid}`;
  await admin(`CREATE DATABASE ${name}`);
  const pool = new pg.Pool({ connectionString: databaseUrl(name), max: 32 });
  const secret = 'bare-secret';
  try {
    await pool.query(
      'CREATE TABLE update_log (update_id bigint PRIMARY KEY, chat_id bigint NOT NULL, user_id bigint, text text)',
    );
    const bot = new Bot('123456:bare', {
      botInfo: {
        id: 123456,
        is_bot: true,
        first_name: 'Bare',
        username: 'bare_bot',
        can_join_groups: true,
        can_read_all_group_messages: false,
        supports_inline_queries: false,
        can_connect_to_business: false,
        has_main_web_app: false,
        has_topics_enabled: false,
        allows_users_to_create_topics: false,
        can_manage_bots: false,
        supports_join_request_queries: false,
      } satisfies UserFromGetMe,
    });
    let handled = 0;
    bot.on('message', async (ctx) => {
      await pool.query('INSERT INTO update_log (update_id, chat_id, user_id, text) VALUES ($1, $2, $3, $4)', [
        ctx.update.update_id,
        ctx.chat.id,
        ctx.from?.id ?? null,
        ctx.message.text ?? null,
      ]);
      handled++;
    });
    const server = createServer(webhookCallback(bot, 'http', { secretToken: secret }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const target = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, secret };
    await postBurst(target, 1, 200); // warm-up: connections, JIT
    const start = performance.now();
    await postBurst(target, 1_000_000, burst);
    const seconds = (performance.now() - start) / 1000;
    await new Promise((resolve) => server.close(resolve));
    if (handled !== burst + 200) throw new Error(`bare bot handled ${handled} of ${burst + 200}`);
    return burst / seconds;
  } finally {
    await pool.end();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
