// What a job handler or an event subscriber gets, as a command gets a Context:
// the services, a person's language, buttons, telling a member (in private,
// else in their cohort's group), posting through the outbox, and publishing
// domain events. One JobContext serves the whole bot: it holds no event, no
// chat and no caller, so every method names whom it is about.

import { actionTokenRow, choiceButtons, createActionToken, type TokenOptions } from './action-tokens.ts';
import { chatRefOf, cohortChat } from './chats.ts';
import type { DomainEvent } from './events.ts';
import type { MessageArgs } from './i18n.ts';
import type { OutboxEntry } from './jobs.ts';
import { type LanguagePreferences, negotiateLocale } from './locale.ts';
import type { BotServices } from './services.ts';
import type { Account, ActionToken, Cohort, MemberWithAccount } from './store.ts';
import type { Button, ChatAdapter, ChatRef, OutboundMessage, Platform } from './types.ts';

/** Runs every feature's subscriber of an event (core/feature-hooks.ts). */
export type Publisher = (event: DomainEvent, job: JobContext) => Promise<void>;

export interface JobContextInit {
  services: BotServices;
  /** Default: nobody listens (a job run on its own, as in some tests). */
  publish?: Publisher;
}

/** Where a button will be and who may press it (null: anyone in that chat). */
export interface ButtonPlace {
  /** The chat row the message with the button goes to. */
  chatId: string;
  accountId: string | null;
}

/**
 * The one a `tell` message is for, once it is known where it goes: their
 * language there, and buttons only they may press in that chat.
 */
export interface Recipient {
  readonly locale: string;
  /** False: in private. True: in the cohort's group, addressed to them. */
  readonly inGroup: boolean;
  t(id: string, args?: MessageArgs): string;
  button(kind: string, label: string, options?: TokenOptions & { choice?: string }): Promise<Button>;
  choices(
    kind: string,
    choices: ReadonlyArray<{ label: string; choice: string }>,
    options?: TokenOptions,
  ): Promise<Button[]>;
}

/** One message of a `tellMany`: to whom, under which key, built once its chat is known. */
export interface Telling {
  member: MemberWithAccount;
  key: string;
  build: (to: Recipient) => Promise<OutboundMessage>;
}

type TokenRow = Omit<ActionToken, 'usedAt'>;

const nobodyListens: Publisher = async () => {};

export class JobContext {
  readonly services: BotServices;
  readonly #publish: Publisher;

  constructor(init: JobContextInit) {
    this.services = init.services;
    this.#publish = init.publish ?? nobodyListens;
  }

  get store() {
    return this.services.store;
  }

  get clock() {
    return this.services.clock;
  }

  get scheduler() {
    return this.services.scheduler;
  }

  get log() {
    return this.services.log;
  }

  /** A message in a language (a group's: its cohort's; a person's: localeFor()). */
  t(locale: string, id: string, args?: MessageArgs): string {
    return this.services.i18n.t(locale, id, args);
  }

  /** The language to write to someone in: theirs, their app's, else their cohort's, else the default. */
  localeFor(person: LanguagePreferences | null, cohort?: Pick<Cohort, 'locale'> | null): string {
    return negotiateLocale(this.services, person, cohort?.locale);
  }

  /** The adapter of a platform (there is one per configured platform; none is a stand-in for another). */
  adapterFor(platform: Platform): ChatAdapter {
    return this.services.adapterFor(platform);
  }

  /** Where the cohort speaks; null when its chat is gone or the bot was removed. */
  cohortChat(cohort: Cohort): Promise<ChatRef | null> {
    return cohortChat(this.store, cohort);
  }

  /** Post through the send queue (ledger, retries, rate limits): the same key posts once. */
  async post(chat: ChatRef, message: OutboundMessage, idempotencyKey: string): Promise<void> {
    await this.services.outbox.enqueue({ idempotencyKey, chat, message });
  }

  /**
   * Write to someone in private through the send queue. False when they are
   * unreachable or the platform does not let the bot start the conversation.
   */
  async dm(account: Account, message: OutboundMessage, idempotencyKey: string): Promise<boolean> {
    if (account.unreachableAt) return false;
    const chat = await this.adapterFor(account.platform).openDm(account.platformUserId);
    if (!chat) return false;
    await this.services.outbox.enqueue({ idempotencyKey, chat, message, recipientAccountId: account.id });
    return true;
  }

  /** A button for a message a job sends (see Context.button). */
  async button(
    kind: string,
    label: string,
    options: ButtonPlace & TokenOptions & { choice?: string },
  ): Promise<Button> {
    const id = await createActionToken(this.store, this.clock, { kind, ...options });
    return { label, data: options.choice ? `${id}:${options.choice}` : id };
  }

  /** The buttons of one question, sharing one token (see Context.choices). */
  async choices(
    kind: string,
    choices: ReadonlyArray<{ label: string; choice: string }>,
    options: ButtonPlace & TokenOptions,
  ): Promise<Button[]> {
    return choiceButtons(await createActionToken(this.store, this.clock, { kind, ...options }), choices);
  }

  /**
   * Write to one member: in private where the platform allows it, else,
   * unless `inGroup` is false, in the cohort's group addressed to them (with
   * the key "<key>-group"). The message is built once the chat is known,
   * because its language and its buttons belong to that chat. Returns whether
   * it was queued.
   */
  async tell(
    cohort: Cohort,
    member: MemberWithAccount,
    key: string,
    build: (to: Recipient) => Promise<OutboundMessage>,
    options: { inGroup?: boolean } = {},
  ): Promise<boolean> {
    const [told] = await this.tellMany(cohort, [{ member, key, build }], options);
    return told ?? false;
  }

  /**
   * `tell` for several members of one cohort at once (a job's burst of
   * people): the group's chat row is read once, the private chat rows, the
   * buttons' tokens and the ledger rows are each written in one go. Each
   * message keeps its own key, so a retried burst posts every one once.
   * Returns, in order, whether each was queued.
   */
  async tellMany(cohort: Cohort, tellings: Telling[], options: { inGroup?: boolean } = {}): Promise<boolean[]> {
    const group = await this.store.chats.byId(cohort.chatId);
    if (!group) return tellings.map(() => false);
    const adapter = this.adapterFor(group.platform);
    const dms: Array<ChatRef | null> = [];
    for (const { member } of tellings)
      dms.push(member.account.unreachableAt ? null : await adapter.openDm(member.account.platformUserId));
    const opened = dms.filter((dm): dm is ChatRef => dm !== null);
    const dmRows = new Map(
      (await this.store.chats.upsertPrivate(group.platform, [...new Set(opened.map((dm) => dm.chatId))])).map((row) => [
        row.platformChatId,
        row,
      ]),
    );
    const groupChat = options.inGroup === false ? null : chatRefOf(group, cohort);
    const tokens: TokenRow[] = [];
    const entries: OutboxEntry[] = [];
    const told: boolean[] = [];
    for (const [i, { member, key, build }] of tellings.entries()) {
      const { account } = member;
      const dm = dms[i];
      const dmRow = dm ? dmRows.get(dm.chatId) : undefined;
      if (dm && dmRow) {
        const to = this.recipient(this.localeFor(account, cohort), dmRow.id, account.id, false, tokens);
        entries.push({ idempotencyKey: key, chat: dm, recipientAccountId: account.id, message: await build(to) });
        told.push(true);
      } else if (groupChat) {
        const to = this.recipient(cohort.locale, group.id, account.id, true, tokens);
        entries.push({ idempotencyKey: `${key}-group`, chat: groupChat, message: await build(to) });
        told.push(true);
      } else told.push(false);
    }
    // The buttons' rows before the messages that carry them.
    if (tokens.length > 0) await this.store.actionTokens.createMany(tokens);
    const { outbox } = this.services;
    if (entries.length > 1 && outbox.enqueueMany) await outbox.enqueueMany(entries);
    else for (const entry of entries) await outbox.enqueue(entry);
    return told;
  }

  /** Tell every feature that subscribed (core/events.ts says how failures are handled). */
  publish(event: DomainEvent): Promise<void> {
    return this.#publish(event, this);
  }

  /** Whom a message is for; its buttons' token rows are collected in `tokens`, stored before the messages go. */
  private recipient(
    locale: string,
    chatId: string,
    accountId: string,
    inGroup: boolean,
    tokens: TokenRow[],
  ): Recipient {
    const token = (kind: string, options: TokenOptions) => {
      const row = actionTokenRow(this.clock, { kind, ...options, chatId, accountId });
      tokens.push(row);
      return row.id;
    };
    return {
      locale,
      inGroup,
      t: (id, args) => this.t(locale, id, args),
      button: async (kind, label, { choice, ...options } = {}) => {
        const id = token(kind, options);
        return { label, data: choice ? `${id}:${choice}` : id };
      },
      choices: async (kind, choices, options = {}) => choiceButtons(token(kind, options), choices),
    };
  }
}
