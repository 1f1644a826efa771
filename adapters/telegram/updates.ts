// Getting updates from Telegram without losing or reordering them.
//
// Long polling: an offset is confirmed (and saved) only after every update
// before it was handled, so a bot killed in the middle of a batch gets the
// batch again and the core skips what it already handled (by update_id).
// grammY's runner is not used: in concurrent mode it confirms offsets before
// handlers finish.
//
// Webhooks: the secret header is checked, the update is queued durably and
// Telegram gets its 200 at once; a slow handler would make Telegram send it again.

import { timingSafeEqual } from 'node:crypto';
import type { Api } from 'grammy';
import { GrammyError } from 'grammy';
import type { Update } from 'grammy/types';
import { errorText } from './errors.ts';
import { orderKeyOf } from './map-update.ts';

export interface Log {
  debug(obj: object | string, msg?: string): void;
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
}

/** A durable queue for webhook updates (src/jobs/inbound-queue.ts is the BullMQ one). */
export interface UpdateQueue {
  /** Store the update before Telegram is told it arrived; `orderKey` keeps one chat's updates in order. */
  enqueue(id: string, orderKey: string, payload: unknown): Promise<void>;
  /** Start handing queued updates to `process`, in order per `orderKey`. */
  start(process: (payload: unknown) => Promise<void>): Promise<void>;
  /** Remove the updates not handled yet (waiting, or kept after failing) that `match`; returns how many. */
  drop?(match: (payload: unknown) => boolean): Promise<number>;
  stop(): Promise<void>;
}

export const ALLOWED_UPDATES = [
  'message',
  'edited_message',
  'channel_post',
  'callback_query',
  'poll_answer',
  // Totals of the bot's anonymous polls (the only votes Telegram reports for them).
  'poll',
  'my_chat_member',
  'chat_member',
] as const;

/** An update whose handling failed this many times is skipped (and logged) rather than blocking the bot. */
const MAX_TRIES = 5;

export interface PollerOptions {
  api: Api;
  log: Log;
  loadOffset(): Promise<number>;
  saveOffset(offset: number): Promise<void>;
  process(update: Update): Promise<void>;
  timeoutSeconds: number;
}

export class Poller {
  readonly #options: PollerOptions;
  readonly #abort = new AbortController();
  readonly #tries = new Map<number, number>();
  #stopping = false;
  #loop: Promise<void> | null = null;

  constructor(options: PollerOptions) {
    this.#options = options;
  }

  start(): void {
    this.#loop = this.#run().catch((err) =>
      this.#options.log.error({ err: errorText(err) }, 'telegram polling stopped'),
    );
  }

  /** Stop polling; waits up to `graceMs` for the batch in hand (its offset is saved only if it finishes). */
  async stop(graceMs: number): Promise<void> {
    this.#stopping = true;
    this.#abort.abort();
    if (!this.#loop) return;
    await Promise.race([this.#loop, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
  }

  async #run(): Promise<void> {
    const { api, log } = this.#options;
    let offset = await this.#options.loadOffset();
    let failures = 0;
    while (!this.#stopping) {
      let updates: Update[];
      try {
        updates = await api.getUpdates(
          { offset, timeout: this.#options.timeoutSeconds, limit: 100, allowed_updates: [...ALLOWED_UPDATES] },
          this.#abort.signal as Parameters<Api['getUpdates']>[1],
        );
        failures = 0;
      } catch (err) {
        if (this.#stopping) break;
        failures++;
        const conflict = err instanceof GrammyError && err.error_code === 409;
        const wait = conflict ? 5000 : Math.min(30_000, 500 * 2 ** Math.min(failures, 6));
        log.warn(
          { err: errorText(err), retryInMs: wait },
          conflict
            ? 'telegram: another instance polls with this token, or a webhook is set'
            : 'telegram: getUpdates failed',
        );
        await new Promise((resolve) => setTimeout(resolve, wait));
        continue;
      }
      if (updates.length === 0) continue;
      const next = await this.#runBatch(updates);
      const confirmed = next ?? updates.at(-1)!.update_id + 1;
      if (confirmed > offset) {
        offset = confirmed;
        await this.#options.saveOffset(offset);
      }
      if (this.#stopping) break;
      if (next !== null) await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 200 * 2 ** failures++)));
    }
  }

  /** Handle a batch: chats in parallel, each chat in order. Returns the first update to fetch again, or null. */
  async #runBatch(updates: Update[]): Promise<number | null> {
    const byChat = new Map<string, Update[]>();
    for (const update of updates) {
      const key = orderKeyOf(update);
      byChat.set(key, [...(byChat.get(key) ?? []), update]);
    }
    const failedAt = await Promise.all(
      [...byChat.values()].map(async (chatUpdates) => {
        for (const update of chatUpdates) {
          if (this.#stopping) return update.update_id;
          if (!(await handleOnce(this.#options, update, this.#tries))) return update.update_id;
        }
        return null;
      }),
    );
    const failed = failedAt.filter((id): id is number => id !== null);
    return failed.length ? Math.min(...failed) : null;
  }
}

/** Handle one update; false when it failed and should be tried again. */
async function handleOnce(
  options: Pick<PollerOptions, 'process' | 'log'>,
  update: Update,
  tries: Map<number, number>,
): Promise<boolean> {
  try {
    await options.process(update);
    tries.delete(update.update_id);
    return true;
  } catch (err) {
    const count = (tries.get(update.update_id) ?? 0) + 1;
    tries.set(update.update_id, count);
    if (count >= MAX_TRIES) {
      tries.delete(update.update_id);
      options.log.error({ updateId: update.update_id, err: errorText(err) }, 'telegram: giving up on an update');
      return true;
    }
    options.log.warn(
      { updateId: update.update_id, err: errorText(err), tries: count },
      'telegram: update failed; will retry',
    );
    return false;
  }
}

export interface WebhookOptions {
  secret: string;
  log: Log;
  queue?: UpdateQueue;
  /** Without a queue, the update is handled before the answer (fine for small bots). */
  process(update: Update): Promise<void>;
  ready(): boolean;
}

/** The webhook endpoint as a fetch handler (Hono: app.post(path, (c) => handle(c.req.raw))). */
export function webhookHandler(options: WebhookOptions): (request: Request) => Promise<Response> {
  const expected = Buffer.from(options.secret);
  return async (request) => {
    const given = Buffer.from(request.headers.get('x-telegram-bot-api-secret-token') ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return new Response('forbidden', { status: 403 });
    }
    // Not started yet (or stopping): Telegram keeps the update and sends it again.
    if (!options.ready()) return new Response('not ready', { status: 503 });
    let update: Update;
    try {
      update = (await request.json()) as Update;
    } catch {
      return new Response('bad json', { status: 400 });
    }
    if (typeof update?.update_id !== 'number') return new Response('not an update', { status: 400 });
    try {
      if (options.queue) await options.queue.enqueue(`tg-${update.update_id}`, orderKeyOf(update), update);
      else await options.process(update);
    } catch (err) {
      options.log.error({ updateId: update.update_id, err: errorText(err) }, 'telegram: could not take an update');
      return new Response('try again', { status: 500 });
    }
    return new Response('ok', { status: 200 });
  };
}
