// An in-process chat platform for feature tests, the playground and the
// adapter contract suite. It behaves like a strict platform where it matters:
// it refuses DMs to people who never wrote to the bot (like Telegram), rejects
// over-long texts and button data, and can be told to fail the next sends.

import { readFile } from 'node:fs/promises';
import { DeliveryError, type DeliveryFailure } from '../../src/core/errors.ts';
import type {
  ActionEvent,
  Button,
  Capabilities,
  ChatAdapter,
  ChatRef,
  ExpectReply,
  InboundEvent,
  InboundHandler,
  OutboundFile,
  OutboundImage,
  OutboundMessage,
  OutboundPoll,
  SendOptions,
  SentMessage,
  SentPoll,
} from '../../src/core/types.ts';

export interface FakeMessage {
  messageId: string;
  chatId: string;
  threadId?: string;
  html: string;
  buttons?: Button[][];
  /** The message asked for a free-text answer as a reply (OutboundMessage.expectReply). */
  expectReply?: ExpectReply;
  replyToMessageId?: string;
  idempotencyKey?: string;
  edited?: boolean;
  deleted?: boolean;
}

export interface FakePoll {
  messageId: string;
  pollId: string;
  chatId: string;
  threadId?: string;
  question: string;
  options: string[];
  allowsMultiple: boolean;
  closed: boolean;
}

/** A picture or a file the bot sent (sendImage, sendFile). */
export interface FakeUpload {
  messageId: string;
  chatId: string;
  kind: 'image' | 'file';
  data: Buffer;
  fileName: string;
  caption: string;
  altText?: string;
  mimeType: string;
  /** Where the file was on disk when it was sent (OutboundFile `path`), for files not sent as bytes. */
  path?: string;
}

export interface FakeAck {
  ackId?: string;
  userId: string;
  text?: string;
}

export const fakeCapabilities: Capabilities = {
  buttons: true,
  polls: false,
  edits: true,
  dmWithoutContact: false,
  maxTextLength: 4096,
  maxButtonDataBytes: 64,
};

export class FakeAdapter implements ChatAdapter {
  readonly platform = 'fake' as const;
  readonly capabilities: Capabilities;
  readonly botUsername: string;
  readonly messages: FakeMessage[] = [];
  readonly acks: FakeAck[] = [];
  readonly polls: FakePoll[] = [];
  /** Pictures and files, in order (kept apart from text messages). */
  readonly uploads: FakeUpload[] = [];
  /** Files larger than this are refused with the limit, as a platform does (null: no limit). */
  maxUploadBytes: number | null = null;
  private handler: InboundHandler | null = null;
  private nextId = 1;
  private readonly admins = new Map<string, Set<string>>();
  /** Users who opened a private chat with the bot (the bot may DM them). */
  private readonly contacts = new Set<string>();
  private readonly failures: Array<{ chatId?: string; failure: DeliveryFailure }> = [];
  /** Chats the bot is not in (kicked, deleted): sends fail permanently. */
  readonly goneChats = new Set<string>();
  /** People's messages the bot deleted (deleteMessage), in order. */
  readonly deletions: Array<{ chatId: string; messageId: string }> = [];
  /** Chats where the bot may not delete people's messages (not an admin there). */
  readonly noDeleteRights = new Set<string>();

  constructor(options: { capabilities?: Partial<Capabilities>; botUsername?: string } = {}) {
    this.capabilities = { ...fakeCapabilities, ...options.capabilities };
    this.botUsername = options.botUsername ?? 'cohortbot';
  }

  async start(handler: InboundHandler): Promise<void> {
    this.handler = handler;
  }

  async stop(): Promise<void> {
    this.handler = null;
  }

  /** Push an event as the platform would; resolves when the bot handled it. */
  async push(event: InboundEvent): Promise<void> {
    if (!this.handler) throw new Error('fake adapter: not started');
    if (event.kind === 'message' && event.chat.kind === 'private') this.contacts.add(event.sender.userId);
    await this.handler(event);
  }

  setAdmins(chatId: string, userIds: string[]): void {
    this.admins.set(chatId, new Set(userIds));
  }

  /** Make the next send (to `chatId`, or to any chat) fail with this failure. */
  failNext(failure: DeliveryFailure, chatId?: string): void {
    this.failures.push({ chatId, failure });
  }

  async send(chat: ChatRef, message: OutboundMessage, options: SendOptions = {}): Promise<SentMessage> {
    this.throwIfFailing(chat.chatId);
    if (message.html.length > this.capabilities.maxTextLength) {
      throw new DeliveryError({ kind: 'rejected', reason: 'message is too long' });
    }
    for (const button of message.buttons?.flat() ?? []) {
      if (Buffer.byteLength(button.data) > this.capabilities.maxButtonDataBytes) {
        throw new DeliveryError({ kind: 'rejected', reason: 'button data is too long' });
      }
    }
    checkMarkup(message.html);
    if (options.idempotencyKey) {
      // Like Matrix transaction ids: the same key is the same message.
      const earlier = this.messages.find((m) => m.idempotencyKey === options.idempotencyKey);
      if (earlier) return { messageId: earlier.messageId };
    }
    const record: FakeMessage = {
      messageId: String(this.nextId++),
      chatId: chat.chatId,
      html: message.html,
      ...(chat.threadId ? { threadId: chat.threadId } : {}),
      ...(message.buttons ? { buttons: message.buttons } : {}),
      ...(message.expectReply ? { expectReply: message.expectReply } : {}),
      ...(options.replyToMessageId ? { replyToMessageId: options.replyToMessageId } : {}),
      ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
    };
    this.messages.push(record);
    return { messageId: record.messageId };
  }

  async edit(chat: ChatRef, messageId: string, message: OutboundMessage): Promise<void> {
    this.throwIfFailing(chat.chatId);
    const record = this.find(chat, messageId);
    record.html = message.html;
    record.edited = true;
    if (message.buttons) record.buttons = message.buttons;
    else delete record.buttons;
  }

  async delete(chat: ChatRef, messageId: string): Promise<void> {
    this.throwIfFailing(chat.chatId);
    this.find(chat, messageId).deleted = true;
  }

  async deleteMessage(chat: ChatRef, messageId: string): Promise<boolean> {
    if (this.noDeleteRights.has(chat.chatId)) return false;
    this.deletions.push({ chatId: chat.chatId, messageId });
    return true;
  }

  async sendPoll(chat: ChatRef, poll: OutboundPoll): Promise<SentPoll> {
    if (!this.capabilities.polls) throw new DeliveryError({ kind: 'rejected', reason: 'polls are not supported' });
    this.throwIfFailing(chat.chatId);
    // Like Telegram: 2 to 10 options of at most 100 characters, a question of at most 300.
    if (poll.options.length < 2 || poll.options.length > 10 || poll.question.length > 300) {
      throw new DeliveryError({ kind: 'rejected', reason: 'poll must have 2-10 options and a short question' });
    }
    const messageId = String(this.nextId++);
    const record: FakePoll = {
      messageId,
      pollId: `poll-${messageId}`,
      chatId: chat.chatId,
      ...(chat.threadId ? { threadId: chat.threadId } : {}),
      question: poll.question,
      options: poll.options.map((o) => o.slice(0, 100)),
      allowsMultiple: poll.allowsMultiple ?? false,
      closed: false,
    };
    this.polls.push(record);
    return { messageId, pollId: record.pollId };
  }

  async sendImage(chat: ChatRef, image: OutboundImage): Promise<SentMessage> {
    this.throwIfFailing(chat.chatId);
    // Like Telegram: a photo caption holds at most 1024 characters.
    if (image.caption.length > 1024) throw new DeliveryError({ kind: 'rejected', reason: 'caption is too long' });
    return this.upload(chat, {
      kind: 'image',
      data: image.png,
      fileName: image.fileName,
      caption: image.caption,
      altText: image.altText,
      mimeType: 'image/png',
    });
  }

  async sendFile(chat: ChatRef, file: OutboundFile): Promise<SentMessage> {
    this.throwIfFailing(chat.chatId);
    // Like a platform's upload limit (Telegram 50 MB for bots, Synapse's max_upload_size).
    const size = 'data' in file ? file.data.length : file.size;
    if (this.maxUploadBytes !== null && size > this.maxUploadBytes) {
      throw new DeliveryError({ kind: 'rejected', reason: 'file too large', limitBytes: this.maxUploadBytes });
    }
    // A file on disk is read when it is sent (the caller removes it afterwards): tests and the
    // playground see its bytes like any other upload.
    return this.upload(chat, {
      kind: 'file',
      data: 'data' in file ? file.data : await readFile(file.path),
      ...('path' in file ? { path: file.path } : {}),
      fileName: file.fileName,
      caption: file.caption ?? '',
      mimeType: file.mimeType,
    });
  }

  /** Pictures and files the bot sent to a chat, oldest first. */
  uploadsIn(chatId: string): FakeUpload[] {
    return this.uploads.filter((u) => u.chatId === chatId);
  }

  private upload(chat: ChatRef, record: Omit<FakeUpload, 'messageId' | 'chatId'>): SentMessage {
    const messageId = String(this.nextId++);
    this.uploads.push({ messageId, chatId: chat.chatId, ...record });
    return { messageId };
  }

  async closePoll(chat: ChatRef, messageId: string): Promise<void> {
    const poll = this.polls.find((p) => p.chatId === chat.chatId && p.messageId === messageId);
    if (!poll) throw new DeliveryError({ kind: 'rejected', reason: 'poll not found' });
    poll.closed = true;
  }

  async openDm(userId: string): Promise<ChatRef | null> {
    if (!this.capabilities.dmWithoutContact && !this.contacts.has(userId)) return null;
    return { platform: 'fake', chatId: dmChatId(userId), kind: 'private' };
  }

  async ackAction(event: ActionEvent, text?: string): Promise<void> {
    this.acks.push({
      userId: event.sender.userId,
      ...(event.ackId ? { ackId: event.ackId } : {}),
      ...(text ? { text } : {}),
    });
  }

  async chatAdmins(chat: ChatRef): Promise<string[]> {
    return [...(this.admins.get(chat.chatId) ?? [])];
  }

  deepLink(payload: string): string | null {
    return `https://fake.chat/${this.botUsername}?start=${encodeURIComponent(payload)}`;
  }

  /** /forgetme: the bot may no longer write first to them; their private chat is the one to delete. */
  async forgetUser(userId: string): Promise<string[]> {
    this.contacts.delete(userId);
    return [dmChatId(userId)];
  }

  /** Messages the bot left in a chat (not deleted), oldest first. */
  inChat(chatId: string, threadId?: string): FakeMessage[] {
    return this.messages.filter(
      (m) => m.chatId === chatId && !m.deleted && (threadId === undefined || m.threadId === threadId),
    );
  }

  private find(chat: ChatRef, messageId: string): FakeMessage {
    const record = this.messages.find((m) => m.chatId === chat.chatId && m.messageId === messageId && !m.deleted);
    if (!record) throw new DeliveryError({ kind: 'rejected', reason: 'message to edit not found' });
    return record;
  }

  private throwIfFailing(chatId: string): void {
    if (this.goneChats.has(chatId)) throw new DeliveryError({ kind: 'unreachable', reason: 'bot is not in the chat' });
    const at = this.failures.findIndex((f) => f.chatId === undefined || f.chatId === chatId);
    if (at >= 0) {
      const [next] = this.failures.splice(at, 1);
      throw new DeliveryError(next!.failure);
    }
  }
}

export function dmChatId(userId: string): string {
  return `dm-${userId}`;
}

const ALLOWED_TAGS = /^<\/?(b|i|code|pre|a(\s+href="[^"<>]*")?)>$/;

/** Reject markup a real platform would refuse to parse (unknown tags, a bare "<" or "&"). */
function checkMarkup(html: string): void {
  for (const tag of html.match(/<[^>]*>?/g) ?? []) {
    if (!ALLOWED_TAGS.test(tag)) throw new DeliveryError({ kind: 'rejected', reason: `cannot parse entities: ${tag}` });
  }
  if (/&(?!(amp|lt|gt|quot);)/.test(html)) {
    throw new DeliveryError({ kind: 'rejected', reason: 'cannot parse entities: bare &' });
  }
}
