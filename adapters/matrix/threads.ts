// Which thread an event is in. A client without threads (or a reply written
// from the main timeline) answers a message in a thread with a plain reply,
// without the m.thread relation; the bot's answer to that still belongs in
// the thread. The bot knows the threads of its own recent messages; others
// are read from the server.

import { failureOf } from './errors.ts';

/** How many of its own messages' threads the bot remembers. */
const REMEMBERED = 2000;

export interface ThreadClient {
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's own signature.
  doRequest(method: string, path: string, qs?: any, body?: any): Promise<any>;
}

export class ThreadRoots {
  private readonly client: ThreadClient;
  /** Event id -> thread root, or null for "in no thread". Insertion order is age. */
  private readonly known = new Map<string, string | null>();
  /** Event id -> its sender, for events read from the server. */
  private readonly senders = new Map<string, string>();

  constructor(client: ThreadClient) {
    this.client = client;
  }

  /** The bot sent an event with this content: remember its thread, if any. */
  sent(eventId: string, content: Record<string, unknown>): void {
    this.remember(eventId, threadRootIn(content) ?? null);
  }

  /** The root of the thread an event is in, or undefined (no thread, or it cannot be read). */
  async rootOf(roomId: string, eventId: string): Promise<string | undefined> {
    const known = this.known.get(eventId);
    if (known !== undefined) return known ?? undefined;
    return (await this.read(roomId, eventId))?.root;
  }

  /** Who sent an event (a command written as a reply names that person), or undefined when it cannot be read. */
  async senderOf(roomId: string, eventId: string): Promise<string | undefined> {
    return this.senders.get(eventId) ?? (await this.read(roomId, eventId))?.sender;
  }

  private async read(roomId: string, eventId: string): Promise<{ root?: string; sender?: string } | undefined> {
    try {
      const path = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/event/${encodeURIComponent(eventId)}`;
      const event = (await this.client.doRequest('GET', path)) as {
        content?: Record<string, unknown>;
        sender?: unknown;
      };
      const root = threadRootIn(event.content);
      this.remember(eventId, root ?? null);
      const sender = typeof event.sender === 'string' ? event.sender : undefined;
      if (sender) this.senders.set(eventId, sender);
      if (this.senders.size > REMEMBERED) this.senders.delete(this.senders.keys().next().value!);
      return { ...(root ? { root } : {}), ...(sender ? { sender } : {}) };
    } catch (err) {
      // Network trouble fails the batch (it comes again); a redacted or unknown event is in no thread.
      if (failureOf(err).kind === 'transient') throw err;
      return undefined;
    }
  }

  private remember(eventId: string, root: string | null): void {
    this.known.set(eventId, root);
    if (this.known.size > REMEMBERED) this.known.delete(this.known.keys().next().value!);
  }
}

/** The root of the thread a content's m.relates_to puts it in (m.thread), if any. */
export function threadRootIn(content: Record<string, unknown> | undefined): string | undefined {
  const relates = content?.['m.relates_to'] as { rel_type?: string; event_id?: string } | undefined;
  return relates?.rel_type === 'm.thread' && typeof relates.event_id === 'string' ? relates.event_id : undefined;
}
