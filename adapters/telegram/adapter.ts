// The Telegram adapter: grammY's Api for calls, our own update loop (see
// updates.ts), Telegram's limits kept before Telegram has to say so, and its
// errors mapped to DeliveryError for the send queue.

import { autoRetry } from '@grammyjs/auto-retry';
import { Api, GrammyError, InputFile, type Transformer } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { DeliveryError, UnreadableUpdate } from '../../src/core/errors.ts';
import { waitingForSlot } from '../../src/core/in-flight.ts';
import { htmlToPlain } from '../../src/core/markup.ts';
import type {
  ActionEvent,
  AdapterEvent,
  Capabilities,
  ChatAdapter,
  ChatRef,
  InboundHandler,
  OutboundFile,
  OutboundImage,
  OutboundMessage,
  OutboundPoll,
  SendOptions,
  SentMessage,
  SentPoll,
} from '../../src/core/types.ts';
import { AdminCache } from './admins.ts';
import { budgetTransformer } from './budget.ts';
import { setCommandMenus } from './commands.ts';
import { Contacts, observeUpdate } from './contacts.ts';
import { errorText, failureOf, isHarmless, isParseError, toDeliveryError } from './errors.ts';
import { SendLimiter } from './limiter.ts';
import { involvesUser, mapPollTotals, mapUpdate } from './map-update.ts';
import type { TelegramAdapterOptions } from './options.ts';
import { keyboard, replyMarkup } from './reply-markup.ts';
import { ALLOWED_UPDATES, Poller, webhookHandler } from './updates.ts';

export type { TelegramAdapterOptions } from './options.ts';

/** Telegram's upload limit for bots ("up to 50 MB", sendDocument). */
export const TELEGRAM_MAX_UPLOAD = 50 * 1024 * 1024;

export const telegramCapabilities: Capabilities = {
  buttons: true,
  polls: true,
  // is_anonymous polls: nobody sees voters, the bot gets `poll` updates with totals (mapPollTotals).
  anonymousPolls: true,
  edits: true,
  dmWithoutContact: false,
  maxTextLength: 4096,
  maxButtonDataBytes: 64,
};

export class TelegramAdapter implements ChatAdapter {
  readonly platform = 'telegram' as const;
  readonly capabilities = telegramCapabilities;
  readonly #options: TelegramAdapterOptions;
  /** Direct replies: short 429s are waited out here (auto-retry); longer ones go to the send queue. */
  readonly #api: Api;
  /** Queued sends: a 429 goes back to the send queue as rate_limited. */
  readonly #queueApi: Api;
  readonly #pollApi: Api;
  readonly #limiter: SendLimiter;
  readonly #admins: AdminCache;
  readonly #contacts: Contacts;
  readonly #acked = new Set<string>();
  #botInfo: UserFromGetMe | undefined;
  #handler: InboundHandler | null = null;
  #poller: Poller | null = null;
  readonly #webhook: ((request: Request) => Promise<Response>) | null;

  constructor(options: TelegramAdapterOptions) {
    if (options.mode === 'webhook' && !options.webhook)
      throw new Error('telegram: webhook mode needs webhook settings');
    this.#options = options;
    this.#botInfo = options.botInfo;
    this.#limiter = new SendLimiter(options.limits);
    const client = { ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}), timeoutSeconds: 30 };
    const observe429: Transformer = async (prev, method, payload, signal) => {
      const result = await prev(method, payload, signal);
      if (!result.ok && result.error_code === 429) {
        const chatId = 'chat_id' in payload ? String(payload.chat_id) : null;
        this.#limiter.block(chatId, (result.parameters?.retry_after ?? 1) * 1000);
      }
      return result;
    };
    // Installed first, so it runs innermost: every try of autoRetry takes its own shared slot.
    // A direct reply waits for its slot as long as it waits for the adapter's own pacing: sent
    // to the queue sooner, it could arrive after the chat's next reply (the order of a chat).
    const shared = (maxWaitMs?: number) => (options.budget ? [budgetTransformer(options.budget, maxWaitMs)] : []);
    this.#api = new Api(options.token, client);
    this.#api.config.use(...shared(options.maxReplyWaitMs ?? 5000), observe429);
    // A reply waits out a short 429 here; a longer one goes to the send queue (core/context.ts).
    this.#api.config.use(autoRetry({ maxRetryAttempts: 2, maxDelaySeconds: 5, rethrowHttpErrors: true }));
    this.#queueApi = new Api(options.token, client);
    this.#queueApi.config.use(...shared(), observe429);
    this.#pollApi = new Api(options.token, { ...client, timeoutSeconds: (options.pollTimeoutSeconds ?? 30) + 15 });
    this.#contacts = new Contacts(options.state, (name) => this.#key(name));
    this.#admins = new AdminCache(async (chatId) => {
      const admins = await this.#api.getChatAdministrators(chatId);
      return {
        ids: admins.filter((a) => !a.user.is_bot).map((a) => String(a.user.id)),
        botIsAdmin: this.#botInfo !== undefined && admins.some((a) => a.user.id === this.#botInfo!.id),
      };
    });
    this.#webhook = options.webhook
      ? webhookHandler({
          secret: options.webhook.secret,
          log: options.log,
          ...(options.webhook.queue ? { queue: options.webhook.queue } : {}),
          process: (update) => this.processUpdate(update),
          ready: () => this.#handler !== null,
        })
      : null;
  }

  get botUsername(): string | undefined {
    return this.#botInfo?.username;
  }

  async start(handler: InboundHandler): Promise<void> {
    if (!this.#botInfo) this.#botInfo = await this.#api.getMe();
    this.#handler = handler;
    await setCommandMenus(this.#api, this.#options.commands ?? [], this.#options.log);
    const { log } = this.#options;
    if (this.#options.mode === 'webhook') {
      const webhook = this.#options.webhook!;
      await webhook.queue?.start((payload) => this.processUpdate(payload as Update));
      await this.#api.setWebhook(webhook.url, {
        secret_token: webhook.secret,
        allowed_updates: [...ALLOWED_UPDATES],
        max_connections: 40,
      });
      log.info({ bot: this.botUsername }, 'telegram: webhook set');
      return;
    }
    // getUpdates refuses to work while a webhook is set; pending updates are kept.
    await this.#api.deleteWebhook({ drop_pending_updates: false });
    this.#poller = new Poller({
      api: this.#pollApi,
      log,
      timeoutSeconds: this.#options.pollTimeoutSeconds ?? 30,
      loadOffset: async () => Number((await this.#options.state.get(this.#key('offset'))) ?? 0),
      saveOffset: (offset) => this.#options.state.set(this.#key('offset'), String(offset)),
      process: (update) => this.processUpdate(update),
    });
    this.#poller.start();
    log.info({ bot: this.botUsername }, 'telegram: polling');
  }

  async stop(): Promise<void> {
    await this.#poller?.stop(this.#options.stopGraceMs ?? 5000);
    this.#poller = null;
    await this.#options.webhook?.queue?.stop();
    this.#handler = null;
  }

  /** The webhook endpoint as a fetch handler (webhook mode). */
  handleWebhook(request: Request): Promise<Response> {
    if (!this.#webhook) return Promise.resolve(new Response('not in webhook mode', { status: 404 }));
    return this.#webhook(request);
  }

  /** Mount the webhook on the bot's HTTP server (src/http/server.ts `routes`). */
  route(app: { post(path: string, handler: (c: { req: { raw: Request } }) => Promise<Response>): unknown }): void {
    const path = this.#options.webhook?.path;
    if (!path) throw new Error('telegram: no webhook path configured');
    app.post(path, (c) => this.handleWebhook(c.req.raw));
  }

  /** One update to the core. Throws when the core could not handle it (the caller tries again). */
  async processUpdate(update: Update): Promise<void> {
    const handler = this.#handler;
    if (!handler) throw new Error('telegram adapter is not started');
    let events: AdapterEvent[];
    try {
      await observeUpdate(update, this.#contacts, this.#admins);
      const totals = mapPollTotals(update, { botId: this.#botInfo?.id ?? 0 });
      events = totals ? [totals] : mapUpdate(update, { botId: this.#botInfo?.id ?? 0 });
    } catch (err) {
      // A field missing where Telegram always sends one: no retry will read it (a database error is no TypeError).
      if (err instanceof TypeError) throw new UnreadableUpdate(`telegram update ${update.update_id}: ${err.message}`);
      throw err;
    }
    const query = update.callback_query;
    try {
      for (const event of events) await handler(event);
    } finally {
      // Every press is answered, even one the core did not answer (or that was not for it).
      if (query && !this.#acked.delete(query.id)) await this.#api.answerCallbackQuery(query.id).catch(() => {});
    }
  }

  async send(chat: ChatRef, message: OutboundMessage, options: SendOptions = {}): Promise<SentMessage> {
    const api = await this.#slot(chat, options.idempotencyKey !== undefined);
    const other = {
      ...(chat.threadId ? { message_thread_id: Number(chat.threadId) } : {}),
      ...(options.replyToMessageId
        ? { reply_parameters: { message_id: Number(options.replyToMessageId), allow_sending_without_reply: true } }
        : {}),
      ...replyMarkup(message),
      link_preview_options: { is_disabled: true },
    };
    try {
      const sent = await this.#withPlainFallback(
        () => api.sendMessage(chat.chatId, message.html, { ...other, parse_mode: 'HTML' }),
        () => api.sendMessage(chat.chatId, htmlToPlain(message.html), other),
      );
      return { messageId: String(sent.message_id) };
    } catch (err) {
      throw toDeliveryError(err);
    }
  }

  async edit(chat: ChatRef, messageId: string, message: OutboundMessage): Promise<void> {
    const other = message.buttons ? { reply_markup: keyboard(message) } : {};
    const options = { ...other, link_preview_options: { is_disabled: true } };
    try {
      await this.#withPlainFallback(
        () =>
          this.#api.editMessageText(chat.chatId, Number(messageId), message.html, { ...options, parse_mode: 'HTML' }),
        () => this.#api.editMessageText(chat.chatId, Number(messageId), htmlToPlain(message.html), options),
      );
    } catch (err) {
      if (isHarmless(err)) return;
      throw toDeliveryError(err);
    }
  }

  async clearButtons(chat: ChatRef, messageId: string): Promise<void> {
    try {
      await this.#api.editMessageReplyMarkup(chat.chatId, Number(messageId), { reply_markup: { inline_keyboard: [] } });
    } catch (err) {
      this.#options.log.debug({ err: errorText(err) }, 'telegram: could not take the buttons off a message');
    }
  }

  async delete(chat: ChatRef, messageId: string): Promise<void> {
    try {
      await this.#api.deleteMessage(chat.chatId, Number(messageId));
    } catch (err) {
      if (isHarmless(err)) return;
      throw toDeliveryError(err);
    }
  }

  async deleteMessage(chat: ChatRef, messageId: string): Promise<boolean> {
    try {
      await this.#api.deleteMessage(chat.chatId, Number(messageId));
      return true;
    } catch (err) {
      // 400 "message can't be deleted" (the bot is no admin with can_delete_messages) or 403: not
      // ours to delete. Best effort either way: the answer to the command goes out regardless.
      const expected = err instanceof GrammyError && (err.error_code === 400 || err.error_code === 403);
      const log = this.#options.log;
      (expected ? log.debug : log.warn).call(log, { err: errorText(err) }, 'telegram: could not delete a message');
      return false;
    }
  }

  /** A chart: sendPhoto with the PNG uploaded as multipart (an InputFile); the caption is plain text. */
  async sendImage(chat: ChatRef, image: OutboundImage, options: SendOptions = {}): Promise<SentMessage> {
    const api = await this.#slot(chat, options.idempotencyKey !== undefined);
    try {
      const sent = await api.sendPhoto(chat.chatId, new InputFile(image.png, image.fileName), {
        // Telegram has no alt text: the caption says what it shows, and the text summary follows.
        caption: image.caption.slice(0, 1024),
        ...(chat.threadId ? { message_thread_id: Number(chat.threadId) } : {}),
      });
      return { messageId: String(sent.message_id) };
    } catch (err) {
      throw toDeliveryError(err);
    }
  }

  /**
   * Several charts as one album: sendMediaGroup, each PNG a multipart upload,
   * each with its own caption (the app shows the first under the album).
   * Albums hold 2 to 10 pictures: one alone goes as a photo, more go in tens.
   */
  async sendImages(chat: ChatRef, images: OutboundImage[], options: SendOptions = {}): Promise<SentMessage[]> {
    const sent: SentMessage[] = [];
    for (let i = 0; i < images.length; i += 10) {
      const batch = images.slice(i, i + 10);
      if (batch.length === 1) {
        sent.push(await this.sendImage(chat, batch[0]!, options));
        continue;
      }
      const api = await this.#slot(chat, options.idempotencyKey !== undefined);
      try {
        const messages = await api.sendMediaGroup(
          chat.chatId,
          batch.map((image) => ({
            type: 'photo' as const,
            media: new InputFile(image.png, image.fileName),
            caption: image.caption.slice(0, 1024),
          })),
          chat.threadId ? { message_thread_id: Number(chat.threadId) } : {},
        );
        sent.push(...messages.map((m) => ({ messageId: String(m.message_id) })));
      } catch (err) {
        throw toDeliveryError(err);
      }
    }
    return sent;
  }

  /**
   * An export: sendDocument, so the file keeps its name and bytes (a photo would be recompressed).
   * A file on disk goes as a path: grammY streams it into the multipart body (and opens it again
   * if the request is retried), so a big export is never held in memory.
   */
  async sendFile(chat: ChatRef, file: OutboundFile, options: SendOptions = {}): Promise<SentMessage> {
    // Bots upload at most 50 MB: a bigger file is refused here, before it is streamed for nothing.
    const limitBytes = this.#options.maxUploadBytes ?? TELEGRAM_MAX_UPLOAD;
    const size = 'data' in file ? file.data.length : file.size;
    if (size > limitBytes) throw new DeliveryError({ kind: 'rejected', reason: 'file too large', limitBytes });
    const api = await this.#slot(chat, options.idempotencyKey !== undefined);
    try {
      const content = 'data' in file ? file.data : file.path;
      const sent = await api.sendDocument(chat.chatId, new InputFile(content, file.fileName), {
        ...(file.caption ? { caption: file.caption.slice(0, 1024) } : {}),
        ...(chat.threadId ? { message_thread_id: Number(chat.threadId) } : {}),
      });
      return { messageId: String(sent.message_id) };
    } catch (err) {
      const error = toDeliveryError(err);
      // 413 Request Entity Too Large: the server's limit is lower than this adapter was told.
      if (err instanceof GrammyError && err.error_code === 413 && error.failure.kind === 'rejected')
        throw new DeliveryError({ ...error.failure, limitBytes }, error.message);
      throw error;
    }
  }

  async sendPoll(chat: ChatRef, poll: OutboundPoll, options: SendOptions = {}): Promise<SentPoll> {
    const api = await this.#slot(chat, options.idempotencyKey !== undefined);
    try {
      const sent = await api.sendPoll(
        chat.chatId,
        poll.question.slice(0, 300),
        poll.options.slice(0, 10).map((text) => ({ text: text.slice(0, 100) })),
        {
          is_anonymous: poll.anonymous ?? false,
          allows_multiple_answers: poll.allowsMultiple ?? false,
          ...(chat.threadId ? { message_thread_id: Number(chat.threadId) } : {}),
        },
      );
      return { messageId: String(sent.message_id), pollId: sent.poll.id };
    } catch (err) {
      throw toDeliveryError(err);
    }
  }

  async closePoll(chat: ChatRef, messageId: string): Promise<void> {
    try {
      await this.#api.stopPoll(chat.chatId, Number(messageId));
    } catch (err) {
      if (err instanceof Error && /poll has already been closed/i.test(err.message)) return;
      throw toDeliveryError(err);
    }
  }

  /**
   * A reaction on a message (setMessageReaction). It is not a message, so it
   * does not use up the group's 20 a minute; it keeps to the bot's overall
   * pace. False when Telegram refuses it (reactions turned off in the chat).
   */
  async react(chat: ChatRef, messageId: string, emoji: string): Promise<boolean> {
    const wait = await this.#limiter.acquire(`reaction:${chat.chatId}:${messageId}`, false, 5000);
    if (wait > 0) return false;
    try {
      await this.#queueApi.setMessageReaction(chat.chatId, Number(messageId), [{ type: 'emoji', emoji } as never]);
      return true;
    } catch (err) {
      this.#options.log.debug({ err: errorText(err) }, 'telegram: could not react to a message');
      return false;
    }
  }

  async openDm(userId: string): Promise<ChatRef | null> {
    if (!(await this.#contacts.has(userId))) return null;
    // A private chat's id is the person's user id.
    return { platform: 'telegram', chatId: userId, kind: 'private' };
  }

  async openLinkOnPress(event: ActionEvent, url: string): Promise<boolean> {
    if (!event.ackId || this.#acked.has(event.ackId)) return false;
    try {
      await this.#api.answerCallbackQuery(event.ackId, { url });
      this.#acked.add(event.ackId);
      return true;
    } catch (err) {
      this.#options.log.debug({ err: errorText(err) }, 'telegram: could not open a link from a button press');
      return false;
    }
  }

  async ackAction(event: ActionEvent, text?: string): Promise<void> {
    // Answered already (openLinkOnPress): a press is answered once.
    if (!event.ackId || this.#acked.has(event.ackId)) return;
    this.#acked.add(event.ackId);
    try {
      await this.#api.answerCallbackQuery(event.ackId, text ? { text: text.slice(0, 200) } : {});
    } catch (err) {
      // A press older than Telegram's few seconds cannot be answered any more; nothing else to do.
      this.#options.log.debug({ err: errorText(err) }, 'telegram: could not answer a button press');
    }
  }

  async chatAdmins(chat: ChatRef): Promise<string[]> {
    if (chat.kind === 'private') return [];
    try {
      return await this.#admins.get(chat.chatId);
    } catch (err) {
      this.#options.log.warn({ chatId: chat.chatId, err: errorText(err) }, 'telegram: could not list chat admins');
      return [];
    }
  }

  /**
   * /forgetme: the bot no longer remembers that it may write to them, and the
   * webhook queue drops their updates that wait there or were kept after
   * failing (those hold their name and text). Their private chat's id is their user id.
   */
  async forgetUser(userId: string): Promise<string[]> {
    await this.#contacts.remove(userId);
    const dropped =
      (await this.#options.webhook?.queue?.drop?.((payload) => involvesUser(payload as Update, userId))) ?? 0;
    if (dropped > 0)
      this.#options.log.info({ dropped }, 'telegram: dropped queued updates of a person who was forgotten');
    return [userId];
  }

  deepLink(payload: string): string | null {
    if (!this.botUsername || !/^[A-Za-z0-9_-]{1,64}$/.test(payload)) return null;
    return `https://t.me/${this.botUsername}?start=${payload}`;
  }

  /** Wait for the rate limiter; a queued send that would wait long goes back to its queue instead. */
  async #slot(chat: ChatRef, queued: boolean): Promise<Api> {
    const maxWait = queued ? (this.#options.maxQueuedWaitMs ?? 1500) : (this.#options.maxReplyWaitMs ?? 5000);
    // Asleep until this process's own slot, a queued send holds no permit to send (src/core/in-flight.ts).
    const wait = await waitingForSlot(() => this.#limiter.acquire(chat.chatId, chat.kind === 'group', maxWait));
    if (wait > 0)
      throw new DeliveryError({ kind: 'rate_limited', retryAfterMs: wait }, 'telegram: over the send limit');
    return queued ? this.#queueApi : this.#api;
  }

  /** Markup Telegram cannot parse is sent as plain text rather than not at all. */
  async #withPlainFallback<T>(html: () => Promise<T>, plain: () => Promise<T>): Promise<T> {
    try {
      return await html();
    } catch (err) {
      if (!isParseError(err)) throw err;
      this.#options.log.warn({ err: errorText(err) }, 'telegram: markup refused; sending plain text');
      return plain();
    }
  }

  #key(name: string): string {
    return `telegram:${this.#botInfo?.id ?? 'bot'}:${name}`;
  }
}

export { failureOf };
