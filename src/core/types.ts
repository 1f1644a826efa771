// The contract between the core and the chat adapters. Adapters translate
// platform events into InboundEvent and carry out what ChatAdapter asks; they
// import only this module (and errors.ts) from the core.

export type Platform = 'telegram' | 'matrix' | 'fake';

export type ChatKind = 'private' | 'group';

/** Where a message lives: a chat, and optionally a forum topic / thread in it. */
export interface ChatRef {
  platform: Platform;
  chatId: string;
  /** Forum topic (Telegram message_thread_id) or thread root (Matrix); absent for the whole chat. */
  threadId?: string;
  kind: ChatKind;
  title?: string;
}

/** Who sent an event, as the platform describes them. */
export interface Sender {
  userId: string;
  displayName: string;
  username?: string;
  /** BCP 47-ish language hint from the platform (Telegram language_code). */
  languageHint?: string;
}

interface EventBase {
  /** Stable id for de-duplication (Telegram update_id, Matrix event_id). */
  id: string;
  chat: ChatRef;
  sender: Sender;
  /** When the platform says the event happened. */
  at?: Date;
}

/** A text message. Commands arrive as messages: the core parses them. */
export interface MessageEvent extends EventBase {
  kind: 'message';
  messageId: string;
  text: string;
  /** Id of the message this one replies to, if any. */
  replyToMessageId?: string;
  /**
   * Who wrote the message this one replies to, when the platform says (Telegram
   * does) and it is a person: a command may name them by replying to them.
   */
  replyToSender?: Sender;
  /** The platform reports an edit of an earlier message (same messageId). */
  edited?: boolean;
}

/** A button press (Telegram callback query) or its equivalent (Matrix reaction / numbered reply). */
export interface ActionEvent extends EventBase {
  kind: 'action';
  /** What the button carried: an ActionToken id, optionally followed by ":" and a choice. */
  data: string;
  /** Handle to acknowledge the press (Telegram callback_query id). */
  ackId?: string;
  messageId?: string;
}

/** Someone joined or left a chat, or their platform role changed. */
export interface MemberEvent extends EventBase {
  kind: 'member';
  change: 'joined' | 'left' | 'promoted' | 'demoted';
  /** The person concerned (sender is who did it; often the same person). */
  member: Sender;
  /** True when the member concerned is the bot itself (added to or removed from a chat). */
  isBot?: boolean;
}

/**
 * A vote in a native poll (Telegram poll_answer, Matrix m.poll.response).
 * Platforms do not always say where the poll is (Telegram's poll_answer has no
 * chat): the core finds it from the poll id, so `chat` is optional here.
 */
export interface PollVoteEvent extends Omit<EventBase, 'chat'> {
  kind: 'poll_vote';
  chat?: ChatRef;
  pollId: string;
  /** Indexes of the chosen options; empty when the vote was retracted. */
  optionIds: number[];
}

/** Something happened to the chat itself. */
export interface ChatEvent extends EventBase {
  kind: 'chat';
  /**
   * migrated: a Telegram group became a supergroup with `newChatId`.
   * encrypted: the room is end-to-end encrypted and the bot cannot read it.
   */
  change: 'migrated' | 'encrypted';
  newChatId?: string;
}

/**
 * A post in a broadcast channel (Telegram channel_post): the channel speaks,
 * no person does (Telegram names no sender; `sender` is the channel itself,
 * Telegram's sender_chat). It never reaches the commands or a Context, so no
 * account is made for it: core/bot.ts hands it to Feature.onChannelPost.
 */
export interface ChannelPostEvent extends EventBase {
  kind: 'channel_post';
  messageId: string;
  text: string;
}

/**
 * The totals of an anonymous native poll (Telegram `poll` updates of a poll
 * sent with is_anonymous): votes per option, and nobody behind them. There is
 * no chat and no sender; the core finds the poll's handler by the poll id.
 */
export interface PollTotalsEvent {
  kind: 'poll_totals';
  id: string;
  pollId: string;
  /** Votes per option, in the poll's order. */
  counts: number[];
  /** How many people voted (an option count may hold the same person twice in a multiple-answer poll). */
  voters: number;
  closed: boolean;
  at?: Date;
}

/** An event from someone, in a chat (a poll vote's chat may be found by the core). */
export type InboundEvent = MessageEvent | ActionEvent | MemberEvent | PollVoteEvent | ChatEvent | ChannelPostEvent;

/** Whatever an adapter hands the core: events from people, and anonymous polls' totals (from nobody). */
export type AdapterEvent = InboundEvent | PollTotalsEvent;

/** An event once the core knows its chat (a poll vote is placed by its poll). */
export type RoutedEvent = Exclude<InboundEvent, PollVoteEvent | ChannelPostEvent> | (PollVoteEvent & { chat: ChatRef });

/** A native poll. Texts are plain (platforms show poll texts without markup). */
export interface OutboundPoll {
  question: string;
  options: string[];
  allowsMultiple?: boolean;
  /**
   * Nobody, not even the bot, learns who voted what; the adapter reports only
   * totals (PollTotalsEvent). Only where `capabilities.anonymousPolls`.
   */
  anonymous?: boolean;
}

export interface SentPoll extends SentMessage {
  pollId: string;
}

/** A button: a label and the data it sends back in an ActionEvent. */
export interface Button {
  label: string;
  data: string;
  /** Anyone in the chat may press it (an RSVP, a poll), not only the person the message answers. */
  anyone?: boolean;
}

/**
 * An outbound message. `html` is a small markup subset that every adapter can
 * render: <b>, <i>, <code>, <a href="...">, and line breaks. Every string that
 * came from a user is escaped before it is put in (see core/markup.ts).
 */
export interface OutboundMessage {
  html: string;
  /** Rows of buttons. Adapters without buttons get them as numbered options. */
  buttons?: Button[][];
  /**
   * The message asks for a free-text answer given as a reply to it. Telegram
   * opens the reply field (force_reply), which matters in groups: with privacy
   * mode on, the bot sees only commands and replies to its own messages.
   * Platforms without such a thing ignore it; so does Telegram on a message
   * with buttons (a message has one reply markup). Where options are numbered
   * (Matrix), a reply to such a message is text even when it is a number: its
   * options are chosen by a bare number or a reaction.
   */
  expectReply?: ExpectReply;
  /**
   * The platform message this answers, when the answer went through the send
   * queue (a reply that had to wait): sent as a reply to it (Telegram's quote,
   * Matrix's in_reply_to), as a direct answer is, so people see what it answers.
   */
  replyTo?: string;
}

export interface ExpectReply {
  /** Platform user id of the person who should answer; absent: anyone in the chat. */
  from?: string;
  /** A short hint shown in the empty reply field, as plain text (Telegram: at most 64 characters). */
  placeholder?: string;
}

export interface SendOptions {
  replyToMessageId?: string;
  /** The ledger key; Matrix reuses it as the transaction id so a retry is not a second post. */
  idempotencyKey?: string;
  /**
   * A direct answer: a key naming it (the event it answers and its number), the
   * same when the event is handled again after a crash. Matrix derives the
   * transaction id from it, so the answer is not posted twice.
   */
  replyKey?: string;
  /** A direct answer: the platform user id of the person it answers (numbered options bind to them). */
  answering?: string;
}

export interface SentMessage {
  messageId: string;
}

/** A picture (a report's chart): PNG bytes, a short caption, and the text a screen reader says instead. */
export interface OutboundImage {
  png: Buffer;
  /** Plain text shown under the picture (Telegram: at most 1024 characters). */
  caption: string;
  /** What the picture shows, for people who cannot see it (Matrix `body`; Telegram has none: the caption says it). */
  altText: string;
  /** File name without a path ("members.png"). */
  fileName: string;
}

/**
 * A file to download (an export): its content, a file name and its media type.
 * The content is either bytes in memory (`data`: small files) or a file on
 * disk (`path`, `size` in bytes: a big export written there as a stream),
 * which the adapter uploads as a stream, never holding it in memory. The
 * caller removes the file once the send resolved or failed.
 */
export type OutboundFile = ({ data: Buffer } | { path: string; size: number }) & {
  fileName: string;
  /** "text/csv; charset=utf-8", "application/json". */
  mimeType: string;
  /** Plain text shown with the file. */
  caption?: string;
};

/**
 * What differs between platforms. One place (core/fit.ts) adapts messages to it.
 * Threads and forum topics need no flag: an adapter that has them puts a
 * threadId in the ChatRefs it reports, and one that has none never does.
 */
export interface Capabilities {
  buttons: boolean;
  /** Telegram sendPoll; Matrix MSC3381 polls. */
  polls: boolean;
  /**
   * Native polls that hide the voters from everyone, the bot included, and
   * report totals (Telegram is_anonymous polls and `poll` updates). Matrix
   * MSC3381 polls are not anonymous: every vote is a room event with its sender.
   */
  anonymousPolls?: boolean;
  edits: boolean;
  /** Whether the bot may DM someone who never wrote to it (Telegram: no). */
  dmWithoutContact: boolean;
  /** Longest text one message may carry (Telegram 4096). */
  maxTextLength: number;
  /** Longest button data (Telegram 64 bytes). */
  maxButtonDataBytes: number;
}

export type InboundHandler = (event: AdapterEvent) => Promise<void>;

/** Durable key-value state for an adapter (sync tokens, login tokens); main.ts passes the database's. */
export interface AdapterStateStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** Delete every key that starts with `prefix` (what an adapter kept about one room, for /forgetme). */
  deletePrefix(prefix: string): Promise<void>;
}

/** What the core asks of a platform. Errors are thrown as DeliveryError (core/errors.ts). */
export interface ChatAdapter {
  readonly platform: Platform;
  readonly capabilities: Capabilities;
  /** The bot's own username, to recognise "/cmd@botname". */
  readonly botUsername?: string;
  start(handler: InboundHandler): Promise<void>;
  stop(): Promise<void>;
  send(chat: ChatRef, message: OutboundMessage, options?: SendOptions): Promise<SentMessage>;
  edit(chat: ChatRef, messageId: string, message: OutboundMessage): Promise<void>;
  delete(chat: ChatRef, messageId: string): Promise<void>;
  /**
   * Delete someone else's message from a group (a private command typed
   * there). Best effort: resolves false, without throwing, where the bot may
   * not delete it (no admin rights on Telegram, too low a power level on
   * Matrix); absent where the platform has no such thing.
   */
  deleteMessage?(chat: ChatRef, messageId: string): Promise<boolean>;
  /**
   * React to a message with an emoji (an acknowledgement that posts nothing);
   * resolves false, without throwing, where the reaction was refused. Absent
   * where the platform has none.
   */
  react?(chat: ChatRef, messageId: string, emoji: string): Promise<boolean>;
  /**
   * Answer a press by opening a link (Telegram answerCallbackQuery with `url`,
   * allowed for the bot's own t.me/<bot>?start= links): true when the platform
   * took it, so nothing needs to be posted. Absent where presses cannot open links.
   */
  openLinkOnPress?(event: ActionEvent, url: string): Promise<boolean>;
  /**
   * Take the buttons off a message once its question was answered (Telegram
   * editMessageReplyMarkup), so nobody presses a stale one. Best effort: resolves
   * without throwing. Absent where buttons are text (Matrix numbered options).
   */
  clearButtons?(chat: ChatRef, messageId: string): Promise<void>;
  /** Why the platform is not answering right now (a homeserver that is down), or null while it is fine. */
  unhealthy?(): string | null;
  /** The private chat with a user, or null when the platform does not allow the bot to start one. */
  openDm(userId: string): Promise<ChatRef | null>;
  /** Answer a button press (a toast on Telegram); `text` is shown to the presser. */
  ackAction(event: ActionEvent, text?: string): Promise<void>;
  /** Post a native, non-anonymous poll (only where capabilities.polls). */
  sendPoll?(chat: ChatRef, poll: OutboundPoll, options?: SendOptions): Promise<SentPoll>;
  /** Post a picture; absent where the platform or adapter has none (the core falls back to text). */
  sendImage?(chat: ChatRef, image: OutboundImage, options?: SendOptions): Promise<SentMessage>;
  /**
   * Post several pictures as one album (Telegram sendMediaGroup, 2 to 10 per
   * album); absent where the platform has no albums: the core sends them one by
   * one with `sendImage`. Resolves with one message per picture.
   */
  sendImages?(chat: ChatRef, images: OutboundImage[], options?: SendOptions): Promise<SentMessage[]>;
  /** Post a file to download; absent where the platform or adapter has none (the core falls back to text). */
  sendFile?(chat: ChatRef, file: OutboundFile, options?: SendOptions): Promise<SentMessage>;
  /** Close a poll so no more votes come in. */
  closePoll?(chat: ChatRef, messageId: string): Promise<void>;
  /** Platform user ids of the chat's administrators (they are coordinators by default). */
  chatAdmins(chat: ChatRef): Promise<string[]>;
  /**
   * Spaces (Matrix): a room that groups other rooms. `createSpace` makes one,
   * private, inviting `invite` (user ids, with the power to manage it);
   * `linkToSpace` adds a room to it (m.space.child, and m.space.parent in the
   * room where the bot may) or takes it out. Absent where the platform has none.
   */
  createSpace?(name: string, invite: string[]): Promise<string>;
  linkToSpace?(spaceId: string, roomId: string, linked: boolean): Promise<void>;
  /** A link that opens a DM with the bot carrying `payload` (Telegram t.me deep link); null where none exists. */
  deepLink(payload: string): string | null;
  /**
   * /forgetme: drop everything the adapter keeps about a person (state keyed by
   * their user id, their private chats' mappings, queued updates from them) and
   * leave their private chats where the platform has such a thing. Returns the
   * chat ids of the private chats it had with them, so the core deletes their
   * rows too. Called after the goodbye was sent.
   */
  forgetUser?(userId: string): Promise<string[]>;
}

// A platform's send limits shared by every process of the bot (the Redis
// implementation is src/jobs/send-budget.ts). The adapter takes a slot right
// before each request leaves, so nothing it awaits (a database read, its own
// pacing) sits between the slot and the send, and it tells the budget when the
// platform still answered "too many", so that every process backs off together.
export interface SendBudget {
  /**
   * Resolves when a send to this chat may go (its slot taken, the chat marked
   * in flight), or throws a rate_limited DeliveryError to wait longer. Call
   * the function it gives once the platform answered (or the request failed).
   * `maxWaitMs`: how long to wait here before throwing (a direct reply waits
   * longer than a queued send, which can go back to its queue).
   */
  take(chat: Pick<ChatRef, 'platform' | 'chatId' | 'kind'>, maxWaitMs?: number): Promise<() => Promise<void>>;
  /** The platform answered "too many": nothing more to this chat (null: to any chat) for retryAfterMs. */
  block(platform: ChatRef['platform'], chatId: string | null, retryAfterMs: number): Promise<void>;
}
