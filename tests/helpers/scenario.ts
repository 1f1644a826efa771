// A small language for feature tests over the fake adapter and a real database:
//   const world = await createWorld();
//   const group = world.group('Lagos editors', { admins: ['alice'] });
//   await group.as('alice').says('/cohort create "Lagos"');
//   group.expectBotSaid(/created/);

import pino from 'pino';
import { expect } from 'vitest';
import { dmChatId, FakeAdapter, type FakeMessage } from '../../adapters/fake/adapter.ts';
import type { Feature } from '../../src/core/feature.ts';
import { htmlToPlain } from '../../src/core/markup.ts';
import type { Store } from '../../src/core/store.ts';
import type { Capabilities, ChatRef, Sender } from '../../src/core/types.ts';
import type { Database } from '../../src/db/client.ts';
import { features } from '../../src/features/index.ts';
import { ManualClock } from '../../src/jobs/memory-scheduler.ts';
import { createLocalBot, type LocalBot } from '../../src/local.ts';
import { openTestStore, type TestDatabaseKind } from './db.ts';

/** What a person reads: markup rendered to text, Fluent's bidi isolation marks removed. */
export function readable(html: string): string {
  return htmlToPlain(html).replace(/[\u2068\u2069]/g, '');
}

export interface WorldOptions {
  db?: TestDatabaseKind;
  capabilities?: Partial<Capabilities>;
  /** Features added to the bot's own (a test's probe feature). */
  extraFeatures?: readonly Feature[];
  start?: Date;
}

let eventSeq = 0;

export async function createWorld(options: WorldOptions = {}): Promise<World> {
  const { store, db, close } = await openTestStore(options.db ?? 'postgres');
  const adapter = new FakeAdapter(options.capabilities ? { capabilities: options.capabilities } : {});
  const local = await createLocalBot({
    store,
    adapter,
    log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    ...(options.start ? { clock: new ManualClock(options.start) } : {}),
    ...(options.extraFeatures ? { features: [...features, ...options.extraFeatures] } : {}),
  });
  return new World(local, store, close, db);
}

export class World {
  readonly local: LocalBot;
  readonly store: Store;
  readonly adapter: FakeAdapter;
  /** The database under the store (to search every table, tests/helpers/traces.ts). */
  readonly db: Database;
  private readonly closeStore: () => Promise<void>;
  private readonly people = new Map<string, Sender>();

  constructor(local: LocalBot, store: Store, close: () => Promise<void>, db: Database) {
    this.local = local;
    this.store = store;
    this.db = db;
    this.adapter = local.adapter;
    this.closeStore = close;
  }

  /** A person; created on first mention with a name derived from the handle. */
  person(handle: string, details: Partial<Sender> = {}): Sender {
    let person = this.people.get(handle);
    if (!person) {
      person = {
        userId: `u-${handle}`,
        displayName: handle.charAt(0).toUpperCase() + handle.slice(1),
        username: handle,
        ...details,
      };
      this.people.set(handle, person);
    } else if (Object.keys(details).length > 0) {
      Object.assign(person, details);
    }
    return person;
  }

  group(title: string, options: { admins?: string[]; threadId?: string; chatId?: string } = {}): ChatHandle {
    const chat: ChatRef = {
      platform: 'fake',
      chatId: options.chatId ?? `g-${title.toLowerCase().replace(/\W+/g, '-')}`,
      kind: 'group',
      title,
      ...(options.threadId ? { threadId: options.threadId } : {}),
    };
    if (options.admins)
      this.adapter.setAdmins(
        chat.chatId,
        options.admins.map((h) => this.person(h).userId),
      );
    return new ChatHandle(this, chat);
  }

  /** The private chat between `handle` and the bot. */
  dm(handle: string): ChatHandle {
    const person = this.person(handle);
    return new ChatHandle(this, { platform: 'fake', chatId: dmChatId(person.userId), kind: 'private' }, handle);
  }

  nextEventId(): string {
    eventSeq += 1;
    return `e${eventSeq}-${Math.random().toString(36).slice(2, 8)}`;
  }

  /** Advance the virtual clock ("90m", "3h", "2d", or ms) and run what fell due. */
  async advance(by: string | number): Promise<number> {
    return this.local.advance(typeof by === 'number' ? by : parseSpan(by));
  }

  async close(): Promise<void> {
    await this.local.adapter.stop();
    await this.closeStore();
  }
}

export class ChatHandle {
  readonly world: World;
  readonly chat: ChatRef;
  private readonly owner: string | undefined;
  /** Messages before this index were already looked at by an expectation. */
  private cursor = 0;

  constructor(world: World, chat: ChatRef, owner?: string) {
    this.world = world;
    this.chat = chat;
    this.owner = owner;
  }

  /** Speak as someone (in a DM, only its owner speaks). */
  as(handle: string): Speaker {
    if (this.owner && handle !== this.owner) throw new Error(`${handle} cannot speak in ${this.owner}'s private chat`);
    return new Speaker(this, this.world.person(handle));
  }

  /** In a DM: its owner says something. */
  says(text: string): Promise<void> {
    if (!this.owner) throw new Error('in a group, use group.as(name).says(...)');
    return this.as(this.owner).says(text);
  }

  presses(label: RegExp | string, inMessage?: string): Promise<string | undefined> {
    if (!this.owner) throw new Error('in a group, use group.as(name).presses(...)');
    return this.as(this.owner).presses(label, inMessage);
  }

  /** Everything the bot posted here, oldest first, as people read it. */
  botMessages(): string[] {
    return this.messages().map((m) => readable(m.html));
  }

  messages(): FakeMessage[] {
    return this.world.adapter.inChat(this.chat.chatId, this.chat.threadId);
  }

  /** The bot's newest message here. */
  lastBotMessage(): string {
    const all = this.botMessages();
    return all[all.length - 1] ?? '';
  }

  /** Assert that the bot said something matching since the last action in this chat; returns it. */
  expectBotSaid(pattern: RegExp | string): string {
    const fresh = this.botMessages().slice(this.cursor);
    const found = fresh.find((text) => (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)));
    expect(
      found,
      `bot should have said ${pattern} in ${this.chat.chatId}; it said:\n${fresh.join('\n---\n') || '(nothing)'}`,
    ).toBeDefined();
    return found!;
  }

  /** Assert that the bot said nothing here since the last action. */
  expectSilence(): void {
    expect(this.botMessages().slice(this.cursor)).toEqual([]);
  }

  markRead(): void {
    this.cursor = this.messages().length;
  }
}

export class Speaker {
  private readonly handle: ChatHandle;
  readonly person: Sender;

  constructor(handle: ChatHandle, person: Sender) {
    this.handle = handle;
    this.person = person;
  }

  async says(text: string): Promise<void> {
    this.handle.markRead();
    const world = this.handle.world;
    await world.adapter.push({
      kind: 'message',
      id: world.nextEventId(),
      messageId: world.nextEventId(),
      chat: this.handle.chat,
      sender: { ...this.person },
      text,
    });
    await world.local.outbox.settled();
  }

  /**
   * Press the newest button whose label matches (in the newest message whose
   * text contains `inMessage`, when given); returns the toast shown, if any.
   */
  async presses(label: RegExp | string, inMessage?: string): Promise<string | undefined> {
    const match = (text: string) => (typeof label === 'string' ? text.includes(label) : label.test(text));
    const message = [...this.handle.messages()]
      .reverse()
      .filter((m) => inMessage === undefined || readable(m.html).includes(inMessage))
      .find((m) => m.buttons?.flat().some((b) => match(readable(b.label))));
    if (!message) throw new Error(`no button matching ${label} in ${this.handle.chat.chatId}`);
    const button = message.buttons!.flat().find((b) => match(readable(b.label)))!;
    return this.pressData(button.data, message.messageId);
  }

  /** Send raw button data (for stale and forged presses). */
  async pressData(data: string, messageId?: string): Promise<string | undefined> {
    this.handle.markRead();
    const world = this.handle.world;
    const ackId = world.nextEventId();
    await world.adapter.push({
      kind: 'action',
      id: world.nextEventId(),
      chat: this.handle.chat,
      sender: { ...this.person },
      data,
      ackId,
      ...(messageId ? { messageId } : {}),
    });
    await world.local.outbox.settled();
    return world.adapter.acks.find((a) => a.ackId === ackId)?.text;
  }

  /** Vote in the newest native poll here (option indexes; none = retract), as the platform reports it. */
  async votes(...optionIds: number[]): Promise<void> {
    this.handle.markRead();
    const world = this.handle.world;
    const poll = world.adapter.polls.filter((p) => p.chatId === this.handle.chat.chatId).at(-1);
    if (!poll) throw new Error(`no poll in ${this.handle.chat.chatId}`);
    // Like Telegram's poll_answer: no chat, only the poll id.
    await world.adapter.push({
      kind: 'poll_vote',
      id: world.nextEventId(),
      sender: { ...this.person },
      pollId: poll.pollId,
      optionIds,
    });
    await world.local.outbox.settled();
  }

  /** The platform reports that this person joined the group. */
  async joins(): Promise<void> {
    await this.memberEvent('joined');
  }

  async leaves(): Promise<void> {
    await this.memberEvent('left');
  }

  private async memberEvent(change: 'joined' | 'left'): Promise<void> {
    this.handle.markRead();
    const world = this.handle.world;
    await world.adapter.push({
      kind: 'member',
      id: world.nextEventId(),
      chat: this.handle.chat,
      sender: { ...this.person },
      member: { ...this.person },
      change,
    });
    await world.local.outbox.settled();
  }
}

function parseSpan(span: string): number {
  const match = /^(\d+)\s*(ms|s|m|h|d|w)$/.exec(span.trim());
  if (!match) throw new Error(`bad span ${span}`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[match[2] as 'ms'];
  return Number(match[1]) * unit;
}
