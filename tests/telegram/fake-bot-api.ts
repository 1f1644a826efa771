// A small Telegram Bot API server for tests, over real HTTP. It behaves like
// Telegram where it matters to the adapter: the methods it calls, `ok:false`
// answers with error_code / description / parameters (retry_after,
// migrate_to_chat_id), 429s when its per-chat, per-group or global limits are
// exceeded, getUpdates with offsets and long polling, and webhook pushes with
// the secret header (sent again until answered 2xx, like Telegram).

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface FakeChat {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
  is_forum?: boolean;
  first_name?: string;
  username?: string;
  /** user id -> status */
  members: Map<number, 'creator' | 'administrator' | 'member' | 'left' | 'kicked'>;
  botStatus: 'member' | 'administrator' | 'left' | 'kicked';
  topics: Set<number>;
  migratedTo?: number;
  /** The group turned reactions off (setMessageReaction answers REACTION_INVALID). */
  reactionsOff?: boolean;
  /** Channels: the bot is an admin without the right to post messages. */
  botCannotPost?: boolean;
  /** Channels: posts carry their author's name (author_signature), never their user id. */
  signatures?: boolean;
  /** Private chats: the person blocked the bot / never started it. */
  blocked?: boolean;
  started?: boolean;
}

export interface FakeSent {
  chatId: number;
  messageId: number;
  threadId?: number;
  /** Text as the user reads it (markup parsed). */
  text: string;
  html?: string;
  buttons?: Array<Array<{ text: string; callback_data: string }>>;
  /** reply_markup force_reply: the app opens the reply field (selective: only for the people addressed). */
  forceReply?: { selective: boolean; placeholder?: string };
  replyTo?: number;
  deleted?: boolean;
  edited?: boolean;
  at: number;
  poll?: {
    id: string;
    question: string;
    options: string[];
    anonymous: boolean;
    multiple: boolean;
    closed: boolean;
    /** Each voter's current choice (a retracted vote removes it). */
    votes: Map<number, number[]>;
  };
  /** sendPhoto / sendDocument: the uploaded file (multipart), as the server received it. */
  upload?: { kind: 'photo' | 'document'; fileName: string; data: Buffer; caption: string };
  /** sendMediaGroup: the album's id, shared by its pictures. */
  mediaGroupId?: string;
}

/** A file part of a multipart request (what InputFile uploads). */
export interface UploadedPart {
  fileName: string;
  data: Buffer;
}

export interface ApiFailure {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export interface FakeLimits {
  perSecond: number;
  /** Minimum gap between two messages to one chat (ms); 0 = none. */
  chatGapMs: number;
  groupPerMinute: number;
}

export const TELEGRAM_LIMITS: FakeLimits = { perSecond: 30, chatGapMs: 1000, groupPerMinute: 20 };

/** Telegram's limit on a file a bot uploads ("up to 50 MB"): a bigger one gets 413 Request Entity Too Large. */
export const TELEGRAM_UPLOAD_LIMIT = 50 * 1024 * 1024;

/** A few of the emojis Telegram accepts as a reaction (not every emoji is one). */
const REACTION_EMOJIS = new Set(['👍', '👎', '❤', '🔥', '🎉', '👏', '🙏', '👌', '✍']);

const ALLOWED_TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'code',
  'pre',
  'a',
  'span',
  'tg-spoiler',
  'blockquote',
]);

export class FakeBotApi {
  readonly token: string;
  readonly bot: FakeUser = { id: 7000001, is_bot: true, first_name: 'Cohort Bot', username: 'cohort_test_bot' };
  readonly chats = new Map<number, FakeChat>();
  readonly users = new Map<string, FakeUser>();
  readonly sent: FakeSent[] = [];
  /** Who wrote each message people sent, seen by the bot or not ("chatId/messageId"). */
  readonly #authors = new Map<string, FakeUser>();
  /** People's messages, by "chatId/messageId", and whether the bot deleted them. */
  readonly written = new Map<string, { from: number; text?: string; deleted: boolean }>();
  readonly calls: Array<{ method: string; body: Record<string, unknown> }> = [];
  readonly answers = new Map<string, { text?: string; url?: string; answeredAt: number }>();
  readonly commands: Array<{ commands: unknown; scope?: unknown; language_code?: string }> = [];
  /** 429s answered, and messages accepted, per method. */
  stats = { tooMany: 0, accepted: 0, tooManyBy: { global: 0, chat: 0, group: 0 } };
  /** The bot's reactions by "chatId/messageId", and every setMessageReaction accepted (in order). */
  readonly reactions = new Map<string, string[]>();
  readonly reactionCalls: string[] = [];
  /** getChatAdministrators calls answered. */
  adminLookups = 0;
  limits: FakeLimits | null;
  /**
   * Privacy mode (BotFather's default): in a group where the bot is not an
   * admin, it receives commands and replies to its own messages, never other
   * messages people write.
   */
  privacyMode = true;
  /** Uploaded files bigger than this are refused with 413, as Telegram does (tests may lower it). */
  uploadLimit = TELEGRAM_UPLOAD_LIMIT;
  webhook: { url: string; secret?: string; allowed?: string[] } | null = null;
  /** Webhook pushes by outcome: answered 2xx, answered otherwise (sent again), or no answer in time. */
  webhookPushes = { ok: 0, refused: 0, unanswered: 0 };
  /** How long the webhook push waits for an answer before it counts as failed (Telegram's is longer). */
  webhookTimeoutMs = 10_000;
  /**
   * Answer send* calls this much later, after the message is posted: a bot
   * killed in between has sent it without knowing (fault tests).
   */
  answerDelayMs = 0;
  #server: Server | null = null;
  #updates: Array<{ update_id: number } & Record<string, unknown>> = [];
  // Telegram picks a random start after a quiet week; so do we, so that two fakes never share ids.
  #nextUpdate = 100_000 + Math.floor(Math.random() * 1_000_000_000);
  #nextMessage = new Map<number, number>();
  #nextUser = 1001;
  #nextGroup = 1;
  #nextCallback = 1;
  #nextPoll = 1;
  #failures: Array<{ method: string; chatId?: number; failure: ApiFailure; times: number }> = [];
  #waiters: Array<() => void> = [];
  #acceptedAt: Array<{ at: number; chatId: number; group: boolean }> = [];
  #pushing = false;
  #pushTimer: NodeJS.Timeout | null = null;
  readonly callbackQueries = new Map<string, number>();

  constructor(options: { token?: string; limits?: FakeLimits | null } = {}) {
    this.token = options.token ?? '123456:TEST-token';
    this.limits = options.limits === undefined ? TELEGRAM_LIMITS : options.limits;
  }

  get url(): string {
    const address = this.#server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('fake Bot API is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  async listen(): Promise<this> {
    this.#server = createServer((req, res) => void this.#serve(req, res));
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async close(): Promise<void> {
    if (this.#pushTimer) clearTimeout(this.#pushTimer);
    for (const wake of this.#waiters.splice(0)) wake();
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }

  // --- the world: people, chats, what they do ---------------------------------

  user(handle: string, details: Partial<FakeUser> = {}): FakeUser {
    let user = this.users.get(handle);
    if (!user) {
      user = {
        id: this.#nextUser++,
        is_bot: false,
        first_name: handle.charAt(0).toUpperCase() + handle.slice(1),
        username: handle,
        ...details,
      };
      this.users.set(handle, user);
    }
    return user;
  }

  group(
    options: {
      title?: string;
      admins?: string[];
      forum?: boolean;
      type?: 'group' | 'supergroup';
      botAdmin?: boolean;
    } = {},
  ): FakeChat {
    const n = this.#nextGroup++;
    const type = options.forum ? 'supergroup' : (options.type ?? 'group');
    const id = type === 'supergroup' ? -1001000000000 - n : -400000000 - n;
    const chat: FakeChat = {
      id,
      type,
      title: options.title ?? `Group ${n}`,
      ...(options.forum ? { is_forum: true } : {}),
      members: new Map(),
      botStatus: options.botAdmin ? 'administrator' : 'member',
      topics: new Set(),
    };
    for (const handle of options.admins ?? []) chat.members.set(this.user(handle).id, 'administrator');
    this.chats.set(id, chat);
    return chat;
  }

  /**
   * A broadcast channel. Like Telegram, a bot is in a channel only as an
   * admin (`botAdmin: false`: not added at all); `botCanPost: false` leaves
   * out the right to post messages.
   */
  channel(
    options: { title?: string; admins?: string[]; botAdmin?: boolean; botCanPost?: boolean; signatures?: boolean } = {},
  ): FakeChat {
    const n = this.#nextGroup++;
    const id = -1002000000000 - n;
    const chat: FakeChat = {
      id,
      type: 'channel',
      title: options.title ?? `Channel ${n}`,
      members: new Map(),
      botStatus: options.botAdmin === false ? 'left' : 'administrator',
      topics: new Set(),
      ...(options.botCanPost === false ? { botCannotPost: true } : {}),
      ...(options.signatures ? { signatures: true } : {}),
    };
    for (const handle of options.admins ?? []) chat.members.set(this.user(handle).id, 'administrator');
    this.chats.set(id, chat);
    return chat;
  }

  /**
   * An admin posts in a channel. Like Telegram, the update is a channel_post
   * with no `from`: the channel itself is the sender (sender_chat), at most
   * with the author's name as a signature. Only admins post; a bot that is
   * not in the channel receives nothing (the post's id is still returned).
   */
  post(handle: string, chat: FakeChat, text: string): number {
    const user = this.user(handle);
    if (chat.type !== 'channel') throw new Error('post() is for channels; say() for other chats');
    const status = chat.members.get(user.id);
    if (status !== 'administrator' && status !== 'creator') throw new Error(`${handle} may not post in ${chat.title}`);
    const message_id = this.#messageId(chat.id);
    this.written.set(`${chat.id}/${message_id}`, { from: user.id, text, deleted: false });
    if (chat.botStatus !== 'administrator') return message_id;
    const entity = /^\/\S+/.exec(text);
    this.#push({
      channel_post: {
        message_id,
        sender_chat: this.#chatJson(chat),
        chat: this.#chatJson(chat),
        date: now(),
        text,
        ...(entity ? { entities: [{ type: 'bot_command', offset: 0, length: entity[0].length }] } : {}),
        ...(chat.signatures ? { author_signature: user.first_name } : {}),
      },
    });
    return message_id;
  }

  topic(chat: FakeChat, name: string, by = 'alice'): number {
    const threadId = this.#messageId(chat.id);
    chat.topics.add(threadId);
    this.#message(chat, this.user(by), {
      message_id: threadId,
      message_thread_id: threadId,
      is_topic_message: true,
      forum_topic_created: { name, icon_color: 7322096 },
    });
    return threadId;
  }

  privateChat(handle: string): FakeChat {
    const user = this.user(handle);
    let chat = this.chats.get(user.id);
    if (!chat) {
      chat = {
        id: user.id,
        type: 'private',
        first_name: user.first_name,
        ...(user.username ? { username: user.username } : {}),
        members: new Map(),
        botStatus: 'member',
        topics: new Set(),
      };
      this.chats.set(user.id, chat);
    }
    return chat;
  }

  /**
   * Someone writes. In private, the first message starts the chat (the bot may
   * then write). In a group under privacy mode, a message that is neither a
   * command nor a reply to the bot never reaches the bot (its id is still returned).
   */
  say(handle: string, chat: FakeChat, text: string, options: { threadId?: number; replyTo?: number } = {}): number {
    if (chat.type === 'channel') throw new Error('nobody "says" in a channel: use post()');
    const user = this.user(handle);
    if (chat.type === 'private') {
      chat.started = true;
      chat.blocked = false;
    } else if (!chat.members.has(user.id)) chat.members.set(user.id, 'member');
    const fields: Record<string, unknown> = { text };
    const entity = /^\/\S+/.exec(text);
    if (entity) fields.entities = [{ type: 'bot_command', offset: 0, length: entity[0].length }];
    if (options.threadId) {
      fields.message_thread_id = options.threadId;
      fields.is_topic_message = true;
      fields.reply_to_message = {
        message_id: options.threadId,
        date: now(),
        chat: this.#chatJson(chat),
        forum_topic_created: { name: 't', icon_color: 1 },
      };
    }
    const repliedTo = this.sent.find((m) => m.chatId === chat.id && m.messageId === options.replyTo);
    // Like Telegram, a reply carries the replied message's author, a person's too.
    const author = options.replyTo ? this.#authors.get(`${chat.id}/${options.replyTo}`) : undefined;
    if (options.replyTo)
      fields.reply_to_message = {
        message_id: options.replyTo,
        date: now(),
        chat: this.#chatJson(chat),
        ...(repliedTo ? { from: this.bot, text: repliedTo.text } : author ? { from: author } : {}),
      };
    const seen = chat.type === 'private' || !this.privacyMode || chat.botStatus === 'administrator';
    const id = !seen && !entity && !repliedTo ? this.#messageId(chat.id) : this.#message(chat, user, fields);
    this.#authors.set(`${chat.id}/${id}`, user);
    return id;
  }

  /** Someone edits a message they wrote: Telegram sends edited_message, with what it replied to. */
  editOwn(handle: string, chat: FakeChat, messageId: number, text: string, options: { replyTo?: number } = {}): void {
    const user = this.user(handle);
    const repliedTo = this.sent.find((m) => m.chatId === chat.id && m.messageId === options.replyTo);
    const fields: Record<string, unknown> = { text, edit_date: now() };
    if (options.replyTo)
      fields.reply_to_message = {
        message_id: options.replyTo,
        date: now(),
        chat: this.#chatJson(chat),
        ...(repliedTo ? { from: this.bot, text: repliedTo.text } : {}),
      };
    this.written.set(`${chat.id}/${messageId}`, { from: user.id, text, deleted: false });
    this.#push({
      edited_message: { message_id: messageId, from: user, chat: this.#chatJson(chat), date: now(), ...fields },
    });
  }

  /** Someone presses a button of a message the bot sent. Returns the callback query id. */
  press(handle: string, chatId: number, messageId: number, index: number): string {
    const message = this.sent.find((m) => m.chatId === chatId && m.messageId === messageId && !m.deleted);
    const button = message?.buttons?.flat()[index];
    if (!message || !button) throw new Error(`no button ${index} on message ${messageId}`);
    return this.pressData(handle, message, button.callback_data);
  }

  pressData(handle: string, message: FakeSent, data: string): string {
    const id = `cb${this.#nextCallback++}`;
    this.callbackQueries.set(id, Date.now());
    const chat = this.chats.get(message.chatId)!;
    this.#push({
      callback_query: {
        id,
        from: this.user(handle),
        chat_instance: `ci${chat.id}`,
        data,
        message: {
          message_id: message.messageId,
          date: now(),
          chat: this.#chatJson(chat),
          from: this.bot,
          text: message.text,
          ...(message.threadId ? { message_thread_id: message.threadId, is_topic_message: true } : {}),
        },
      },
    });
    return id;
  }

  /**
   * Someone votes in a poll the bot sent (an empty list retracts the vote). Like
   * Telegram: a named poll sends poll_answer with the voter, then the poll's new
   * state (`poll`); an anonymous poll sends only the new state, totals and
   * nobody. A closed poll takes no vote.
   */
  vote(handle: string, pollId: string, optionIds: number[]): void {
    const poll = this.sent.find((m) => m.poll?.id === pollId)?.poll;
    const user = this.user(handle);
    if (poll?.closed) throw new Error(`poll ${pollId} is closed`);
    if (poll) {
      if (optionIds.length === 0) poll.votes.delete(user.id);
      else poll.votes.set(user.id, [...optionIds]);
    }
    if (!poll?.anonymous) this.#push({ poll_answer: { poll_id: pollId, user, option_ids: optionIds } });
    if (poll) this.#push({ poll: this.#pollJson(poll) });
  }

  /** A poll as Telegram describes it in a `poll` update: totals per option, nobody named. */
  #pollJson(poll: NonNullable<FakeSent['poll']>): Record<string, unknown> {
    const counts = poll.options.map(() => 0);
    for (const choice of poll.votes.values()) for (const i of choice) counts[i] = (counts[i] ?? 0) + 1;
    return {
      id: poll.id,
      question: poll.question,
      options: poll.options.map((text, i) => ({ text, voter_count: counts[i] })),
      total_voter_count: poll.votes.size,
      is_closed: poll.closed,
      is_anonymous: poll.anonymous,
      type: 'regular',
      allows_multiple_answers: poll.multiple,
    };
  }

  /** Someone joins a group: the service message, and chat_member when the bot is an admin. */
  join(handle: string, chat: FakeChat): void {
    const user = this.user(handle);
    chat.members.set(user.id, 'member');
    this.#message(chat, user, { new_chat_members: [user], new_chat_member: user, new_chat_participant: user });
    if (chat.botStatus === 'administrator') this.#memberUpdate('chat_member', chat, user, user, 'left', 'member');
  }

  leave(handle: string, chat: FakeChat): void {
    const user = this.user(handle);
    chat.members.set(user.id, 'left');
    this.#message(chat, user, { left_chat_member: user, left_chat_participant: user });
    if (chat.botStatus === 'administrator') this.#memberUpdate('chat_member', chat, user, user, 'member', 'left');
  }

  promote(handle: string, chat: FakeChat, by = 'alice'): void {
    const user = this.user(handle);
    chat.members.set(user.id, 'administrator');
    if (chat.botStatus === 'administrator')
      this.#memberUpdate('chat_member', chat, this.user(by), user, 'member', 'administrator');
  }

  /** An admin is made a plain member again; Telegram reports it (chat_member) only to a bot that is an admin. */
  demote(handle: string, chat: FakeChat, by = 'alice'): void {
    const user = this.user(handle);
    chat.members.set(user.id, 'member');
    if (chat.botStatus === 'administrator')
      this.#memberUpdate('chat_member', chat, this.user(by), user, 'administrator', 'member');
  }

  /** The bot is added to a group (or made admin, or removed) by someone. */
  setBotStatus(chat: FakeChat, status: FakeChat['botStatus'], by = 'alice'): void {
    const before = chat.botStatus;
    chat.botStatus = status;
    this.#memberUpdate('my_chat_member', chat, this.user(by), this.bot, before, status);
  }

  /** The person blocks the bot (my_chat_member kicked in the private chat). */
  block(handle: string): void {
    const chat = this.privateChat(handle);
    chat.blocked = true;
    this.#memberUpdate('my_chat_member', chat, this.user(handle), this.bot, 'member', 'kicked');
  }

  /** A group becomes a supergroup: the old id answers with migrate_to_chat_id from now on. */
  migrate(chat: FakeChat, by = 'alice'): FakeChat {
    const n = this.#nextGroup++;
    const supergroup: FakeChat = {
      ...chat,
      id: -1001000000000 - n,
      type: 'supergroup',
      members: new Map(chat.members),
      topics: new Set(),
    };
    this.chats.set(supergroup.id, supergroup);
    chat.migratedTo = supergroup.id;
    this.#message(chat, this.user(by), { migrate_to_chat_id: supergroup.id });
    this.#message(supergroup, this.user(by), { migrate_from_chat_id: chat.id });
    return supergroup;
  }

  deleteTopic(chat: FakeChat, threadId: number): void {
    chat.topics.delete(threadId);
  }

  /** Push a raw update (fixtures). Its update_id is replaced by the next one. */
  pushRaw(update: Record<string, unknown>): number {
    return this.#push(update);
  }

  /** Make the next call(s) of `method` (to `chatId`, if given) fail like this. */
  failNext(method: string, failure: ApiFailure, options: { chatId?: number; times?: number } = {}): void {
    this.#failures.push({
      method,
      failure,
      times: options.times ?? 1,
      ...(options.chatId !== undefined ? { chatId: options.chatId } : {}),
    });
  }

  /** Updates not yet confirmed by an offset (polling) or a 2xx (webhook). */
  get pendingUpdates(): number {
    return this.#updates.length;
  }

  /** Visible messages the bot left in a chat (and topic). */
  inChat(chatId: number, threadId?: number): FakeSent[] {
    return this.sent.filter(
      (m) => m.chatId === chatId && !m.deleted && (threadId === undefined || m.threadId === threadId),
    );
  }

  /** Message timestamps the server accepted (for the fan-out benchmark). */
  acceptedTimes(): ReadonlyArray<{ at: number; chatId: number; group: boolean }> {
    return this.#acceptedAt;
  }

  // --- the HTTP side -------------------------------------------------------

  async #serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url?.split('?')[0] ?? '');
    const body = await readBody(req, this.uploadLimit);
    if (body === TOO_LARGE) {
      // Recorded (a test sees that the upload was tried), then refused like Telegram's front end does.
      if (match) this.calls.push({ method: match[2]!, body: { tooLarge: true } });
      return send(res, 413, { ok: false, error_code: 413, description: 'Request Entity Too Large' });
    }
    if (!match) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    if (match[1] !== this.token) return send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = match[2]!;
    this.calls.push({ method, body });
    const injected = this.#injected(method, body);
    if (injected) return send(res, injected.error_code, { ok: false, ...injected });
    try {
      const result = await this.#call(method, body);
      if (this.answerDelayMs > 0 && method.startsWith('send')) {
        await new Promise((resolve) => setTimeout(resolve, this.answerDelayMs));
      }
      send(res, 200, { ok: true, result });
    } catch (err) {
      if (err instanceof ApiError) return send(res, err.failure.error_code, { ok: false, ...err.failure });
      send(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(err)}` });
    }
  }

  #injected(method: string, body: Record<string, unknown>): ApiFailure | null {
    const at = this.#failures.findIndex(
      (f) => f.method === method && (f.chatId === undefined || Number(body.chat_id) === f.chatId),
    );
    if (at < 0) return null;
    const entry = this.#failures[at]!;
    if (--entry.times <= 0) this.#failures.splice(at, 1);
    return entry.failure;
  }

  async #call(method: string, body: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return {
          ...this.bot,
          can_join_groups: true,
          can_read_all_group_messages: false,
          supports_inline_queries: false,
        };
      case 'getUpdates':
        return this.#getUpdates(body);
      case 'setWebhook':
        this.webhook = {
          url: String(body.url),
          ...(body.secret_token ? { secret: String(body.secret_token) } : {}),
          ...(body.allowed_updates ? { allowed: body.allowed_updates as string[] } : {}),
        };
        this.#schedulePush(0);
        return true;
      case 'deleteWebhook':
        this.webhook = null;
        if (body.drop_pending_updates) this.#updates = [];
        return true;
      case 'setMyCommands':
        this.commands.push({
          commands: body.commands,
          scope: body.scope,
          ...(body.language_code ? { language_code: String(body.language_code) } : {}),
        });
        return true;
      case 'sendMessage':
        return this.#sendMessage(body);
      case 'sendPoll':
        return this.#sendPoll(body);
      case 'sendPhoto':
        return this.#sendUpload('photo', body);
      case 'sendDocument':
        return this.#sendUpload('document', body);
      case 'sendMediaGroup':
        return this.#sendMediaGroup(body);
      case 'editMessageText':
        return this.#edit(body);
      case 'deleteMessage': {
        const theirs = this.written.get(`${Number(body.chat_id)}/${Number(body.message_id)}`);
        if (theirs && !theirs.deleted) {
          // Like Telegram: in a group, only an admin bot may delete other people's messages.
          const chat = this.#chat(body.chat_id);
          if (chat.type !== 'private' && chat.botStatus !== 'administrator')
            fail(400, "Bad Request: message can't be deleted");
          theirs.deleted = true;
          return true;
        }
        const message = this.#find(body, 'message to delete not found');
        message.deleted = true;
        return true;
      }
      case 'stopPoll': {
        const message = this.#find(body, 'message with poll to stop not found');
        if (!message.poll) fail(400, 'Bad Request: message with poll to stop not found');
        if (message.poll!.closed) fail(400, 'Bad Request: poll has already been closed');
        message.poll!.closed = true;
        // The final state goes out as a `poll` update too, as for any poll the bot sent.
        this.#push({ poll: this.#pollJson(message.poll!) });
        return this.#pollJson(message.poll!);
      }
      case 'setMessageReaction':
        return this.#react(body);
      case 'editMessageReplyMarkup': {
        const message = this.#find(body, 'message to edit not found');
        const markup = body.reply_markup as { inline_keyboard?: FakeSent['buttons'] } | undefined;
        const buttons = markup?.inline_keyboard?.length ? markup.inline_keyboard : undefined;
        if (JSON.stringify(buttons) === JSON.stringify(message.buttons))
          fail(
            400,
            'Bad Request: message is not modified: specified new message content and reply markup are exactly the same',
          );
        if (buttons) message.buttons = buttons;
        else delete message.buttons;
        message.edited = true;
        return true;
      }
      case 'answerCallbackQuery': {
        const id = String(body.callback_query_id);
        const at = this.callbackQueries.get(id);
        if (at === undefined || this.answers.has(id))
          fail(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
        // Like Telegram: a press may open only a game or a link to this bot with a start parameter.
        if (body.url && !String(body.url).startsWith(`https://t.me/${this.bot.username}?start=`))
          fail(400, 'Bad Request: URL_INVALID');
        this.answers.set(id, {
          ...(body.text ? { text: String(body.text) } : {}),
          ...(body.url ? { url: String(body.url) } : {}),
          answeredAt: Date.now(),
        });
        return true;
      }
      case 'getChatAdministrators': {
        const chat = this.#chat(body.chat_id);
        this.adminLookups++;
        const people = [...chat.members]
          .filter(([, status]) => status === 'administrator' || status === 'creator')
          .map(([id, status]) => ({ status, user: [...this.users.values()].find((u) => u.id === id) }));
        // Like Telegram: an administrator bot is in the list too.
        return chat.botStatus === 'administrator' ? [...people, { status: 'administrator', user: this.bot }] : people;
      }
      default:
        fail(404, 'Not Found: method not found');
    }
  }

  #chat(chatId: unknown): FakeChat {
    const chat = this.chats.get(Number(chatId));
    if (!chat) fail(400, 'Bad Request: chat not found');
    return chat!;
  }

  #checkCanWrite(chat: FakeChat, body: Record<string, unknown>): void {
    if (chat.migratedTo !== undefined) {
      fail(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: chat.migratedTo });
    }
    if (chat.type === 'private') {
      if (chat.blocked) fail(403, 'Forbidden: bot was blocked by the user');
      if (!chat.started) fail(403, "Forbidden: bot can't initiate conversation with a user");
    } else if (chat.type === 'channel') {
      if (chat.botStatus !== 'administrator') fail(403, 'Forbidden: bot is not a member of the channel chat');
      if (chat.botCannotPost) fail(400, 'Bad Request: need administrator rights in the channel chat');
    } else if (chat.botStatus === 'kicked') {
      fail(
        403,
        chat.type === 'supergroup'
          ? 'Forbidden: bot was kicked from the supergroup chat'
          : 'Forbidden: bot was kicked from the group chat',
      );
    } else if (chat.botStatus === 'left') fail(403, 'Forbidden: bot is not a member of the group chat');
    if (body.message_thread_id !== undefined && !chat.topics.has(Number(body.message_thread_id))) {
      fail(400, 'Bad Request: message thread not found');
    }
  }

  /**
   * setMessageReaction: a reaction is no message, so the group's 20 a minute
   * and the chat gap do not apply; the bot's 30 a second does (it is a call).
   * Only emojis from Telegram's list; a chat may turn reactions off.
   */
  #react(body: Record<string, unknown>): true {
    const chat = this.#chat(body.chat_id);
    this.#checkCanWrite(chat, {});
    if (chat.reactionsOff) fail(400, 'Bad Request: REACTION_INVALID');
    const key = `${chat.id}/${Number(body.message_id)}`;
    if (
      !this.written.has(key) &&
      !this.sent.some((m) => m.chatId === chat.id && m.messageId === Number(body.message_id))
    )
      fail(400, 'Bad Request: message to react not found');
    const reaction = (body.reaction as Array<{ type: string; emoji?: string }> | undefined) ?? [];
    if (reaction.some((r) => r.type !== 'emoji' || !REACTION_EMOJIS.has(r.emoji ?? '')))
      fail(400, 'Bad Request: REACTION_INVALID');
    if (this.limits) {
      const t = Date.now();
      if (this.#acceptedAt.filter((s) => s.at > t - 1000).length >= this.limits.perSecond) {
        this.stats.tooMany++;
        this.stats.tooManyBy.global++;
        fail(429, 'Too Many Requests: retry after 1', { retry_after: 1 });
      }
      this.#acceptedAt.push({ at: t, chatId: 0, group: false });
    }
    // Setting a reaction replaces the bot's earlier one on that message.
    this.reactions.set(
      key,
      reaction.map((r) => r.emoji!),
    );
    this.reactionCalls.push(key);
    return true;
  }

  #rateLimit(chat: FakeChat): void {
    if (!this.limits) return;
    const t = Date.now();
    const group = chat.type !== 'private';
    const recent = this.#acceptedAt.filter((s) => s.at > t - 60_000);
    const inSecond = recent.filter((s) => s.at > t - 1000).length;
    const inChat = recent.filter((s) => s.chatId === chat.id);
    const last = inChat.at(-1);
    let retry = 0;
    const by = this.stats.tooManyBy;
    if (inSecond >= this.limits.perSecond) {
      retry = 1;
      by.global++;
    } else if (this.limits.chatGapMs && last && t - last.at < this.limits.chatGapMs) {
      retry = 1;
      by.chat++;
    } else if (group && inChat.length >= this.limits.groupPerMinute) {
      retry = Math.ceil((inChat[0]!.at + 60_000 - t) / 1000);
      by.group++;
    }
    if (retry > 0) {
      this.stats.tooMany++;
      fail(429, `Too Many Requests: retry after ${retry}`, { retry_after: retry });
    }
    this.#acceptedAt.push({ at: t, chatId: chat.id, group });
    if (this.#acceptedAt.length > 200_000) this.#acceptedAt.splice(0, 100_000);
  }

  /** Like Telegram: the file must be uploaded (a multipart part); a photo must be an image, a caption at most 1024. */
  #sendUpload(kind: 'photo' | 'document', body: Record<string, unknown>, limited = true): unknown {
    const chat = this.#chat(body.chat_id);
    this.#checkCanWrite(chat, body);
    const part = body[kind] as UploadedPart | string | undefined;
    if (!part || typeof part === 'string') fail(400, `Bad Request: there is no ${kind} in the request`);
    const file = part as UploadedPart;
    const png = file.data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    if (kind === 'photo' && !png) fail(400, 'Bad Request: IMAGE_PROCESS_FAILED');
    const caption = String(body.caption ?? '');
    if (caption.length > 1024) fail(400, 'Bad Request: message caption is too long');
    // An album counts as one message towards the limits.
    if (limited) this.#rateLimit(chat);
    this.stats.accepted++;
    const record: FakeSent = {
      chatId: chat.id,
      messageId: this.#messageId(chat.id),
      text: caption,
      at: Date.now(),
      ...(body.message_thread_id !== undefined ? { threadId: Number(body.message_thread_id) } : {}),
      upload: { kind, fileName: file.fileName, data: file.data, caption },
    };
    this.sent.push(record);
    return { message_id: record.messageId, date: now(), chat: this.#chatJson(chat), from: this.bot, caption };
  }

  /** Like Telegram: 2 to 10 items, each an uploaded photo (attach://<part>) with a caption of at most 1024. */
  #sendMediaGroup(body: Record<string, unknown>): unknown {
    const media = JSON.parse(String(body.media ?? '[]')) as Array<{ type: string; media: string; caption?: string }>;
    if (media.length < 2 || media.length > 10) fail(400, 'Bad Request: wrong number of media in the album');
    const groupId = `album-${this.sent.length + 1}`;
    const results = media.map((item) => {
      const name = /^attach:\/\/(.+)$/.exec(item.media)?.[1];
      const part = name ? body[name] : undefined;
      if (item.type !== 'photo' || !part || typeof part === 'string') fail(400, 'Bad Request: wrong file in the album');
      const first = item === media[0];
      return this.#sendUpload('photo', { ...body, photo: part, caption: item.caption ?? '' }, first) as {
        message_id: number;
      };
    });
    for (const r of results) {
      const record = this.sent.find((m) => m.messageId === r.message_id && m.upload);
      if (record) record.mediaGroupId = groupId;
    }
    return results.map((r) => ({ ...r, media_group_id: groupId }));
  }

  #sendMessage(body: Record<string, unknown>): unknown {
    const chat = this.#chat(body.chat_id);
    this.#checkCanWrite(chat, body);
    const text = body.parse_mode === 'HTML' ? parseHtml(String(body.text ?? '')) : String(body.text ?? '');
    if (text.trim() === '') fail(400, 'Bad Request: message text is empty');
    if (text.length > 4096) fail(400, 'Bad Request: message is too long');
    const markup = body.reply_markup as
      | {
          inline_keyboard?: FakeSent['buttons'];
          force_reply?: boolean;
          selective?: boolean;
          input_field_placeholder?: string;
        }
      | undefined;
    for (const button of markup?.inline_keyboard?.flat() ?? []) {
      if (Buffer.byteLength(button.callback_data) > 64 || button.callback_data === '')
        fail(400, 'Bad Request: BUTTON_DATA_INVALID');
    }
    const placeholder = markup?.input_field_placeholder;
    if (markup?.force_reply !== undefined && (markup.force_reply !== true || markup.inline_keyboard))
      fail(400, "Bad Request: can't parse reply keyboard markup JSON object");
    if (placeholder !== undefined && (placeholder.length < 1 || placeholder.length > 64))
      fail(400, 'Bad Request: input field placeholder must be 1-64 characters');
    const reply = body.reply_parameters as { message_id: number; allow_sending_without_reply?: boolean } | undefined;
    if (reply && !reply.allow_sending_without_reply && !this.sent.some((m) => m.messageId === reply.message_id)) {
      fail(400, 'Bad Request: message to be replied not found');
    }
    this.#rateLimit(chat);
    this.stats.accepted++;
    const record: FakeSent = {
      chatId: chat.id,
      messageId: this.#messageId(chat.id),
      text,
      html: String(body.text),
      at: Date.now(),
      ...(body.message_thread_id !== undefined ? { threadId: Number(body.message_thread_id) } : {}),
      ...(markup?.inline_keyboard ? { buttons: markup.inline_keyboard } : {}),
      ...(markup?.force_reply
        ? { forceReply: { selective: markup.selective === true, ...(placeholder ? { placeholder } : {}) } }
        : {}),
      ...(reply ? { replyTo: reply.message_id } : {}),
    };
    this.sent.push(record);
    return { message_id: record.messageId, date: now(), chat: this.#chatJson(chat), from: this.bot, text };
  }

  #sendPoll(body: Record<string, unknown>): unknown {
    const chat = this.#chat(body.chat_id);
    this.#checkCanWrite(chat, body);
    const options = (body.options as Array<{ text: string } | string>).map((o) => (typeof o === 'string' ? o : o.text));
    if (options.length < 2 || options.length > 12) fail(400, 'Bad Request: poll must have at least 2 option');
    if (String(body.question).length > 300) fail(400, 'Bad Request: poll question length must not exceed 300');
    this.#rateLimit(chat);
    const poll = {
      id: `5${String(this.#nextPoll++).padStart(17, '0')}`,
      question: String(body.question),
      options,
      anonymous: body.is_anonymous !== false,
      multiple: body.allows_multiple_answers === true,
      closed: false,
      votes: new Map<number, number[]>(),
    };
    const record: FakeSent = {
      chatId: chat.id,
      messageId: this.#messageId(chat.id),
      text: poll.question,
      at: Date.now(),
      poll,
      ...(body.message_thread_id !== undefined ? { threadId: Number(body.message_thread_id) } : {}),
    };
    this.sent.push(record);
    return {
      message_id: record.messageId,
      date: now(),
      chat: this.#chatJson(chat),
      from: this.bot,
      poll: {
        id: poll.id,
        question: poll.question,
        options: options.map((text) => ({ text, voter_count: 0 })),
        total_voter_count: 0,
        is_closed: false,
        is_anonymous: poll.anonymous,
        type: 'regular',
        allows_multiple_answers: poll.multiple,
      },
    };
  }

  #edit(body: Record<string, unknown>): unknown {
    const message = this.#find(body, 'message to edit not found');
    const text = body.parse_mode === 'HTML' ? parseHtml(String(body.text ?? '')) : String(body.text ?? '');
    const markup = body.reply_markup as { inline_keyboard?: FakeSent['buttons'] } | undefined;
    if (text === message.text && JSON.stringify(markup?.inline_keyboard) === JSON.stringify(message.buttons)) {
      fail(
        400,
        'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      );
    }
    message.text = text;
    message.html = String(body.text);
    message.edited = true;
    if (markup?.inline_keyboard) message.buttons = markup.inline_keyboard;
    else delete message.buttons;
    return { message_id: message.messageId, date: now(), chat: this.#chatJson(this.chats.get(message.chatId)!), text };
  }

  #find(body: Record<string, unknown>, notFound: string): FakeSent {
    const chat = this.#chat(body.chat_id);
    if (chat.botStatus === 'kicked') fail(403, 'Forbidden: bot was kicked from the group chat');
    const message = this.sent.find(
      (m) => m.chatId === chat.id && m.messageId === Number(body.message_id) && !m.deleted,
    );
    if (!message) fail(400, `Bad Request: ${notFound}`);
    return message!;
  }

  async #getUpdates(body: Record<string, unknown>): Promise<unknown> {
    if (this.webhook)
      fail(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    const offset = Number(body.offset ?? 0);
    // An offset confirms every update before it.
    if (offset > 0) this.#updates = this.#updates.filter((u) => u.update_id >= offset);
    const limit = Number(body.limit ?? 100);
    const allowed = body.allowed_updates as string[] | undefined;
    const visible = () => this.#updates.filter((u) => !allowed || Object.keys(u).some((k) => allowed.includes(k)));
    if (visible().length === 0 && Number(body.timeout ?? 0) > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Number(body.timeout) * 1000);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return visible().slice(0, limit);
  }

  #push(update: Record<string, unknown>): number {
    const update_id = this.#nextUpdate++;
    this.#updates.push({ ...update, update_id });
    for (const wake of this.#waiters.splice(0)) wake();
    this.#schedulePush(0);
    return update_id;
  }

  #schedulePush(ms: number): void {
    if (!this.webhook || this.#pushing || this.#pushTimer) return;
    this.#pushTimer = setTimeout(() => {
      this.#pushTimer = null;
      void this.#pushAll();
    }, ms);
  }

  /** Webhook delivery: one update at a time, in order; a failed one is sent again after a while. */
  async #pushAll(): Promise<void> {
    if (this.#pushing) return;
    this.#pushing = true;
    try {
      while (this.webhook && this.#updates.length > 0) {
        const update = this.#updates[0]!;
        const ok = await fetch(this.webhook.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(this.webhook.secret ? { 'x-telegram-bot-api-secret-token': this.webhook.secret } : {}),
          },
          body: JSON.stringify(update),
          signal: AbortSignal.timeout(this.webhookTimeoutMs),
        }).then(
          async (res) => {
            await res.arrayBuffer();
            this.webhookPushes[res.ok ? 'ok' : 'refused']++;
            return res.ok;
          },
          () => {
            this.webhookPushes.unanswered++;
            return false;
          },
        );
        if (!ok) {
          this.#pushing = false;
          this.#schedulePush(200);
          return;
        }
        this.#updates = this.#updates.filter((u) => u !== update);
      }
    } finally {
      this.#pushing = false;
    }
  }

  #message(chat: FakeChat, from: FakeUser, fields: Record<string, unknown>): number {
    const message_id = (fields.message_id as number | undefined) ?? this.#messageId(chat.id);
    this.written.set(`${chat.id}/${message_id}`, {
      from: from.id,
      ...(typeof fields.text === 'string' ? { text: fields.text } : {}),
      deleted: false,
    });
    this.#push({ message: { message_id, from, chat: this.#chatJson(chat), date: now(), ...fields } });
    return message_id;
  }

  #memberUpdate(
    kind: 'chat_member' | 'my_chat_member',
    chat: FakeChat,
    from: FakeUser,
    user: FakeUser,
    before: string,
    after: string,
  ): void {
    const member = (status: string) =>
      status === 'administrator'
        ? { status, user, can_be_edited: false, can_manage_chat: true }
        : { status, user, ...(status === 'kicked' ? { until_date: 0 } : {}) };
    this.#push({
      [kind]: {
        chat: this.#chatJson(chat),
        from,
        date: now(),
        old_chat_member: member(before),
        new_chat_member: member(after),
      },
    });
  }

  #chatJson(chat: FakeChat): Record<string, unknown> {
    if (chat.type === 'private')
      return {
        id: chat.id,
        type: 'private',
        first_name: chat.first_name,
        ...(chat.username ? { username: chat.username } : {}),
      };
    return {
      id: chat.id,
      type: chat.type,
      title: chat.title,
      ...(chat.is_forum ? { is_forum: true } : {}),
      ...(chat.type === 'channel' && chat.username ? { username: chat.username } : {}),
    };
  }

  #messageId(chatId: number): number {
    const next = (this.#nextMessage.get(chatId) ?? 0) + 1;
    this.#nextMessage.set(chatId, next);
    return next;
  }
}

class ApiError extends Error {
  readonly failure: ApiFailure;
  constructor(failure: ApiFailure) {
    super(failure.description);
    this.failure = failure;
  }
}

function fail(code: number, description: string, parameters?: ApiFailure['parameters']): never {
  throw new ApiError({ error_code: code, description, ...(parameters ? { parameters } : {}) });
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

/** Telegram's HTML parse mode: known tags only, balanced, entities decoded; else "can't parse entities". */
export function parseHtml(html: string): string {
  const stack: string[] = [];
  let text = '';
  const re = /<(\/?)([a-z-]+)((?:\s+[a-z-]+="[^"]*")*)\s*>|<|&(#\d+|#x[0-9a-f]+|lt|gt|amp|quot);|&|[^<&]+/gi;
  for (const match of html.matchAll(re)) {
    const [token, closing, tag] = match;
    if (tag !== undefined) {
      if (!ALLOWED_TAGS.has(tag.toLowerCase()))
        fail(400, `Bad Request: can't parse entities: Unsupported start tag "${tag}" at byte offset ${match.index}`);
      if (closing) {
        if (stack.pop() !== tag.toLowerCase())
          fail(
            400,
            `Bad Request: can't parse entities: Unmatched end tag at byte offset ${match.index}, expected "</${stack.at(-1) ?? ''}>", found "</${tag}>"`,
          );
      } else stack.push(tag.toLowerCase());
    } else if (token === '<' || token === '&') {
      fail(400, `Bad Request: can't parse entities: Unsupported start tag "" at byte offset ${match.index}`);
    } else if (match[4] !== undefined) {
      const entity = match[4];
      text += entity.startsWith('#x')
        ? String.fromCodePoint(Number.parseInt(entity.slice(2), 16))
        : entity.startsWith('#')
          ? String.fromCodePoint(Number(entity.slice(1)))
          : { lt: '<', gt: '>', amp: '&', quot: '"' }[entity.toLowerCase()];
    } else text += token;
  }
  if (stack.length > 0)
    fail(400, `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${stack.at(-1)}"`);
  return text;
}

const TOO_LARGE = Symbol('too large');

/**
 * The request's fields; TOO_LARGE for a body with a file above `uploadLimit`. A
 * body well past the limit is read to its end but not kept (a 51 MB upload is
 * not held in a test's memory).
 */
async function readBody(
  req: IncomingMessage,
  uploadLimit: number,
): Promise<Record<string, unknown> | typeof TOO_LARGE> {
  const chunks: Buffer[] = [];
  let length = 0;
  // Room for the multipart framing and the other fields around the file.
  const keepUpTo = uploadLimit + 64 * 1024;
  for await (const chunk of req) {
    length += (chunk as Buffer).length;
    if (length <= keepUpTo) chunks.push(chunk as Buffer);
  }
  if (length > keepUpTo) return TOO_LARGE;
  const bytes = Buffer.concat(chunks);
  const contentType = req.headers['content-type'] ?? '';
  // grammY uploads an InputFile as multipart/form-data: fields are strings (JSON for objects), files are parts.
  if (contentType.includes('multipart/form-data')) {
    const fields = await readMultipart(bytes, contentType);
    const parts = Object.values(fields).filter((v): v is UploadedPart => Buffer.isBuffer((v as UploadedPart)?.data));
    return parts.some((part) => part.data.length > uploadLimit) ? TOO_LARGE : fields;
  }
  const raw = bytes.toString('utf8');
  if (!raw) return {};
  if ((req.headers['content-type'] ?? '').includes('application/json'))
    return JSON.parse(raw) as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(raw));
}

async function readMultipart(bytes: Buffer, contentType: string): Promise<Record<string, unknown>> {
  const form = await new Request('http://fake/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: bytes,
  }).formData();
  const body: Record<string, unknown> = {};
  const parts: Record<string, UploadedPart> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') body[name] = value;
    else parts[name] = { fileName: value.name, data: Buffer.from(await value.arrayBuffer()) };
  }
  // A field that names an attached part ("attach://<id>") is that part.
  for (const [name, value] of Object.entries(body)) {
    const attached = typeof value === 'string' ? /^attach:\/\/(.+)$/.exec(value) : null;
    if (attached && parts[attached[1]!]) body[name] = parts[attached[1]!];
  }
  for (const [name, part] of Object.entries(parts)) if (!(name in body)) body[name] = part;
  return body;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
