// What a command, a button or a hook sees: the chat, the caller, their cohort
// and role, their language, and ways to answer.

import { choiceButtons, createActionToken } from './action-tokens.ts';
import type { CommandCatalog, RunOptions } from './commands/catalog.ts';
import type { CommandLine } from './commands/tokenize.ts';
import { DeliveryError } from './errors.ts';
import { fitMessage } from './fit.ts';
import type { MessageArgs } from './i18n.ts';
import type { JobContext } from './job-context.ts';
import { negotiateLocale } from './locale.ts';
import { escapeHtml } from './markup.ts';
import { effectiveRole } from './permissions.ts';
import { pollTokenId } from './polls.ts';
import type { Reader, Relation } from './privacy.ts';
import type { ReportRequest, ReportSection } from './report.ts';
import type { BotServices } from './services.ts';
import type { Account, Chat, Cohort, Membership, Role, Store } from './store.ts';
import type { Button, ChatAdapter, ChatRef, OutboundMessage, OutboundPoll, RoutedEvent } from './types.ts';

export interface ContextInit {
  services: BotServices;
  adapter: ChatAdapter;
  event: RoutedEvent;
  chatRow: Chat;
  account: Account;
  cohort: Cohort | null;
  membership: Membership | null;
  commands: CommandCatalog;
  /** Runs a command line in this context (the router, handed in so that Context needs no command code). */
  runLine: (ctx: Context, line: CommandLine, options: RunOptions) => Promise<void>;
  /** The bot's one JobContext: shared operations that publish events, tell members, plan jobs. */
  job: JobContext;
  everyFeature: EveryFeature;
  /** In private: the language of the person's cohort, for when they set none and their app says none. */
  homeLocale?: string;
}

/**
 * What the account feature asks of every feature (/start links, /mydata,
 * /forgetme). The bot answers it: it knows the features, a feature does not.
 */
export interface EveryFeature {
  /** A /start deep-link payload: true when a feature took it. */
  startPayload(ctx: Context, payload: string): Promise<boolean>;
  /** /mydata: each feature's lines about the person, in feature order (features holding nothing give none). */
  describeMyData(ctx: Context, account: Account): Promise<string[][]>;
  /** /forgetme, before the account is deleted: every feature erases what does not go with it. */
  forget(account: Account): Promise<void>;
  /** /report, /export: every feature's sections (core/report.ts), in feature order. */
  report(request: ReportRequest): Promise<ReportSection[]>;
}

/**
 * The cohort a chat or forum topic belongs to: the topic's own, else the whole
 * chat's (in a forum every message carries its topic, and a cohort created in
 * the general topic is the chat's).
 */
export async function cohortOfChat(store: Store, chatId: string, threadKey: string): Promise<Cohort | null> {
  const own = await store.cohorts.liveFor(chatId, threadKey);
  return own ?? (threadKey ? store.cohorts.liveFor(chatId, '') : null);
}

/** The reaction that says "noted" (one Telegram allows in every chat). */
const ACK_EMOJI = '👍';

export interface ButtonOptions {
  payload?: Record<string, unknown>;
  /** Only the person who caused the message may press (default); false: anyone in the chat. */
  onlyCaller?: boolean;
  ttlMs?: number;
}

export class Context {
  readonly services: BotServices;
  readonly adapter: ChatAdapter;
  readonly event: RoutedEvent;
  readonly chat: ChatRef;
  readonly chatRow: Chat;
  account: Account;
  cohort: Cohort | null;
  membership: Membership | null;
  /** Every registered command (for /help and suggestions). */
  readonly commands: CommandCatalog;
  readonly job: JobContext;
  readonly everyFeature: EveryFeature;
  readonly #runLine: ContextInit['runLine'];
  private readonly homeLocale: string | undefined;
  /** Answers sent in this turn so far: the queue key of each is the event and its number. */
  #answers = 0;
  private platformAdmin: boolean | undefined;
  /** While a message for one person in private is built (replyPrivately): their language and private chat. */
  private privateReader: { locale: string; chatRowId: string } | null = null;

  constructor(init: ContextInit) {
    this.services = init.services;
    this.adapter = init.adapter;
    this.event = init.event;
    this.chat = init.event.chat;
    this.chatRow = init.chatRow;
    this.account = init.account;
    this.cohort = init.cohort;
    this.membership = init.membership;
    this.homeLocale = init.homeLocale;
    this.commands = init.commands;
    this.#runLine = init.runLine;
    this.job = init.job;
    this.everyFeature = init.everyFeature;
  }

  get store() {
    return this.services.store;
  }

  get isGroup(): boolean {
    return this.chat.kind === 'group';
  }

  /** The thread key cohorts use: "" for the whole chat. */
  get threadKey(): string {
    return this.chat.threadId ?? '';
  }

  /**
   * The language of this answer: a group speaks its cohort's language; a
   * private chat speaks the person's own (their setting, else the platform's
   * hint, else their cohort's, else the default). In private there is no
   * chat cohort: the cohort is the one they are in.
   */
  get locale(): string {
    if (this.privateReader) return this.privateReader.locale;
    if (this.isGroup && this.cohort) return this.cohort.locale;
    // In private the cohort a command is about (--cohort) does not decide the language: the person's does.
    return this.localeOf(this.account, this.isGroup ? this.cohort?.locale : (this.homeLocale ?? this.cohort?.locale));
  }

  /** The language to write to someone else in private. */
  localeOf(account: Account, cohortLocale?: string): string {
    return negotiateLocale(this.services, account, cohortLocale);
  }

  get timezone(): string {
    return (
      this.account.timezone ?? this.membership?.timezone ?? this.cohort?.timezone ?? this.services.defaults.timezone
    );
  }

  t(id: string, args?: MessageArgs): string {
    return this.services.i18n.t(this.locale, id, args);
  }

  /**
   * Who reads what is being written now (docs/privacy.md, core/privacy.ts
   * `maySee`): the whole group, or one person in private, related to the
   * data's subject as `relation`.
   */
  readerAs(relation: Relation): Reader {
    // The cohort setting that lets a group hear names (docs/privacy.md "Naming people") is off by default.
    return this.isGroup && !this.privateReader
      ? { kind: 'group', namesInGroup: this.cohort?.namesInGroup ?? false }
      : { kind: 'private', relation };
  }

  /**
   * Build a message for the caller in private while the event came from a
   * group: ctx.t speaks their language and buttons belong to their private chat.
   */
  async writingPrivately<T>(locale: string, chatRowId: string, build: () => T | Promise<T>): Promise<T> {
    const before = this.privateReader;
    this.privateReader = { locale, chatRowId };
    try {
      return await build();
    } finally {
      this.privateReader = before;
    }
  }

  /** A private command runs for one of the caller's cohorts (core/private-cohort.ts chose it). */
  useCohort(cohort: Cohort, membership: Membership | null, platformAdmin: boolean): void {
    this.cohort = cohort;
    this.membership = membership;
    this.platformAdmin = platformAdmin;
  }

  async isPlatformAdmin(): Promise<boolean> {
    if (this.platformAdmin === undefined) {
      this.platformAdmin = this.isGroup
        ? (await this.adapter.chatAdmins(this.chat)).includes(this.account.platformUserId)
        : false;
    }
    return this.platformAdmin;
  }

  /** The caller's role in this chat's cohort (platform admins are coordinators). */
  async role(): Promise<Role | null> {
    return effectiveRole(this.membership, await this.isPlatformAdmin());
  }

  /**
   * Answer the event. Directly while the platform lets the bot write (fast);
   * when it says to wait (Telegram's 20 a minute in a group), over a network
   * hiccup or into a vanished forum topic, the answer goes through the send
   * queue instead, keyed by the event, so it still arrives, once. A migrated
   * group is followed (the pipeline runs the turn again in the new chat).
   * `quote: false`: not as a reply to the command (one that was deleted).
   */
  async reply(message: string | OutboundMessage, options: { quote?: boolean } = {}): Promise<void> {
    await this.sendFitted(typeof message === 'string' ? { html: message } : message, options.quote !== false);
  }

  /** Whether this turn answered already (a platform without toasts then needs no second word for a press). */
  get answered(): boolean {
    return this.#answers > 0;
  }

  /** Reply with one localized message. */
  async say(id: string, args?: MessageArgs): Promise<void> {
    await this.reply(this.t(id, args));
  }

  /**
   * Acknowledge a message in a group (an answer to a prompt): a reaction on it
   * where the platform has them, which does not use up the group's message
   * budget (Telegram: 20 a minute); otherwise, or when the reaction is
   * refused, the localized reply `id`.
   */
  async acknowledge(id: string, args?: MessageArgs): Promise<void> {
    const { event } = this;
    if (this.isGroup && event.kind === 'message' && this.adapter.react) {
      if (await this.adapter.react(this.chat, event.messageId, ACK_EMOJI).catch(() => false)) return;
    }
    await this.say(id, args);
  }

  /**
   * Reply with a localized question whose answer is free text, written as a
   * reply to it: the platform opens the reply field for the caller (Telegram
   * force_reply), so the answer reaches the bot in a group with privacy mode
   * on. The feature reads the answer in its onMessage hook (replyToMessageId).
   */
  async ask(id: string, args?: MessageArgs, options: { placeholder?: string; anyone?: boolean } = {}): Promise<string> {
    return this.sendFitted({
      html: this.t(id, args),
      expectReply: {
        ...(options.anyone ? {} : { from: this.account.platformUserId }),
        ...(options.placeholder ? { placeholder: options.placeholder } : {}),
      },
    });
  }

  /**
   * Send a direct answer, fitted to the platform; the id of its last part (the
   * one a reply answers; "" when it went to the send queue).
   */
  private async sendFitted(outbound: OutboundMessage, quote = true): Promise<string> {
    const replyTo = quote && this.event.kind === 'message' ? this.event.messageId : undefined;
    const parts = fitMessage(outbound, this.adapter.capabilities);
    const answer = this.#answers++;
    const key = `reply-${this.chat.platform}-${this.event.id}-${answer}`;
    // Part i's key is the one the send queue gives the first part of what it takes over from
    // part i (below): Matrix derives the transaction id from it, so an answer the homeserver
    // stored without the bot hearing back (a connection cut) is not posted again from the queue.
    const partKey = (i: number) => (i === 0 ? key : `${key}#${i}`);
    let last = '';
    for (const [i, part] of parts.entries()) {
      const options = {
        ...(replyTo ? { replyToMessageId: replyTo } : {}),
        replyKey: partKey(i),
        answering: this.event.sender.userId,
      };
      try {
        last = (await this.adapter.send(this.chat, part, options)).messageId;
      } catch (error) {
        const failure = error instanceof DeliveryError ? error.failure : null;
        // Migrated: the pipeline follows the group to its new id and runs the turn there.
        if (!failure || failure.kind === 'migrated' || failure.kind === 'rejected') throw error;
        if (failure.kind === 'unreachable') {
          this.services.log.info({ chatId: this.chat.chatId, reason: failure.reason }, 'reply: chat unreachable');
          return '';
        }
        // Rate limited, a hiccup, or the topic is gone: this part and the rest go through the
        // queue, in order, keyed by the event (a redelivered event does not post them twice).
        this.services.log.info(
          { chatId: this.chat.chatId, failure: failure.kind },
          'reply: the platform said wait; queued',
        );
        await this.services.outbox.enqueue({
          idempotencyKey: partKey(i),
          chat: this.chat,
          message: {
            ...outbound,
            ...(replyTo ? { replyTo } : {}),
            html: parts
              .slice(i)
              .map((p) => p.html)
              .join('\n'),
          },
        });
        return '';
      }
    }
    return last;
  }

  /** Post to a chat through the send queue (ledger, retries, rate limits). */
  async post(chat: ChatRef, message: OutboundMessage, idempotencyKey: string): Promise<void> {
    await this.services.outbox.enqueue({ idempotencyKey, chat, message });
  }

  /**
   * Write to someone in private through the send queue. Returns false when the
   * platform does not let the bot start that conversation (the caller then
   * falls back to the group, usually with a deep link).
   */
  async dm(account: Account, message: OutboundMessage, idempotencyKey: string): Promise<boolean> {
    if (account.unreachableAt) return false;
    const chat = await this.adapter.openDm(account.platformUserId);
    if (!chat) return false;
    await this.services.outbox.enqueue({ idempotencyKey, chat, message, recipientAccountId: account.id });
    return true;
  }

  /** Record an admin action (ids and settings only, never message text). */
  async audit(action: string, details: Record<string, unknown> = {}): Promise<void> {
    await this.store.audit.record({
      action,
      details,
      actorAccountId: this.account.id,
      cohortId: this.cohort?.id ?? null,
      chatId: this.chatRow.id,
      createdAt: this.services.clock.now(),
    });
  }

  /**
   * A button whose meaning is kept server-side: the button carries only a short
   * token id (Telegram allows 64 bytes), so a stale or forged press finds no
   * valid token and changes nothing.
   */
  async button(kind: string, label: string, options: ButtonOptions & { choice?: string } = {}): Promise<Button> {
    const id = await this.actionToken(kind, options);
    const button: Button = { label, data: options.choice ? `${id}:${options.choice}` : id };
    return options.onlyCaller === false ? { ...button, anyone: true } : button;
  }

  /**
   * The buttons of one question (Yes / Cancel): they share one token, so the
   * first answer uses it up and every other button of the question goes stale.
   */
  async choices(
    kind: string,
    choices: ReadonlyArray<{ label: string; choice: string }>,
    options: ButtonOptions = {},
  ): Promise<Button[]> {
    const buttons = choiceButtons(await this.actionToken(kind, options), choices);
    return options.onlyCaller === false ? buttons.map((b) => ({ ...b, anyone: true })) : buttons;
  }

  /**
   * Ask a question everyone in the chat may answer: a native poll where the
   * platform has them, else one button per option. Votes and presses reach the
   * `kind` handler with the chosen option indexes as the choice ("0", "1,3";
   * "" when a vote is retracted). Neither uses the token up: answers may change.
   */
  async poll(
    kind: string,
    poll: OutboundPoll,
    options: { payload?: Record<string, unknown>; ttlMs?: number } = {},
  ): Promise<{ nativePollMessageId: string } | null> {
    const ttlMs = options.ttlMs ?? 7 * 24 * 3_600_000;
    const payload = { ...options.payload, threadId: this.chat.threadId ?? null };
    // An anonymous poll is native only where the platform hides voters from everyone (Telegram); else buttons.
    const native = this.adapter.capabilities.polls && (!poll.anonymous || this.adapter.capabilities.anonymousPolls);
    if (native && this.adapter.sendPoll) {
      const sent = await this.adapter.sendPoll(this.chat, poll);
      await this.store.actionTokens.create({
        id: pollTokenId(this.chat.platform, sent.pollId),
        kind,
        accountId: null,
        chatId: this.chatRow.id,
        payload,
        expiresAt: new Date(this.services.clock.now().getTime() + ttlMs),
      });
      return { nativePollMessageId: sent.messageId };
    }
    const buttons = await this.choices(
      kind,
      poll.options.map((label, i) => ({ label: escapeHtml(label), choice: String(i) })),
      { onlyCaller: false, payload, ttlMs },
    );
    await this.reply({ html: escapeHtml(poll.question), buttons: buttons.map((button) => [button]) });
    return null;
  }

  private actionToken(kind: string, options: ButtonOptions): Promise<string> {
    return createActionToken(this.store, this.services.clock, {
      kind,
      accountId: options.onlyCaller === false ? null : this.account.id,
      // A button in a message written for someone's private chat is pressed there.
      chatId: this.privateReader?.chatRowId ?? this.chatRow.id,
      payload: options.payload,
      ttlMs: options.ttlMs,
    });
  }

  /** Run a command line as this caller (a press on "which cohort?", a deep link into private). */
  runLine(line: CommandLine, options: RunOptions = {}): Promise<void> {
    return this.#runLine(this, line, options);
  }

  /** Reload cohort and membership after a change. */
  async refresh(): Promise<void> {
    this.cohort = await cohortOfChat(this.store, this.chatRow.id, this.threadKey);
    this.membership = this.cohort ? await this.store.memberships.get(this.cohort.id, this.account.id) : null;
    this.account = (await this.store.accounts.byId(this.account.id)) ?? this.account;
  }
}
