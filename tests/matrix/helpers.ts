// Real Synapse for the Matrix tests: users registered through the client API
// (the test homeserver has open registration), a tiny client for what people
// do in Element (create rooms, invite, write, react, vote), and an in-memory
// adapter state store.

import { randomBytes } from 'node:crypto';
import type { AdapterStateStore } from '../../src/core/types.ts';

/** Raw Matrix JSON as the tests read it. */
// biome-ignore lint/suspicious/noExplicitAny: events are checked by the assertions, not by types.
export type Json = Record<string, any>;

export const homeserverUrl = process.env.MATRIX_TEST_HOMESERVER_URL?.replace(/\/+$/, '');
export const SKIP_REASON =
  'MATRIX_TEST_HOMESERVER_URL is unset: start Synapse with ../shared/tools/matrix-homeserver up and export its env';
if (!homeserverUrl) console.warn(`skipping the Matrix tests: ${SKIP_REASON}`);

export const run = randomBytes(3).toString('hex');

export class MatrixUser {
  readonly userId: string;
  readonly token: string;
  /** The homeserver this user is on (the shared test homeserver unless given). */
  readonly server: string | undefined;
  private txn = 0;
  constructor(userId: string, token: string, server = homeserverUrl) {
    this.userId = userId;
    this.token = token;
    this.server = server;
  }

  async api<T = Record<string, unknown>>(method: string, path: string, body?: unknown, version = 'v3'): Promise<T> {
    const res = await fetch(`${this.server}/_matrix/client/${version}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  }

  async createRoom(options: Record<string, unknown> = {}): Promise<string> {
    const { room_id } = await this.api<{ room_id: string }>('POST', '/createRoom', {
      preset: 'private_chat',
      ...options,
    });
    return room_id;
  }

  invite(roomId: string, userId: string): Promise<unknown> {
    return this.api('POST', `/rooms/${encodeURIComponent(roomId)}/invite`, { user_id: userId });
  }

  join(roomId: string): Promise<unknown> {
    return this.api('POST', `/join/${encodeURIComponent(roomId)}`, {});
  }

  kick(roomId: string, userId: string): Promise<unknown> {
    return this.api('POST', `/rooms/${encodeURIComponent(roomId)}/kick`, { user_id: userId });
  }

  async sendEvent(roomId: string, type: string, content: Record<string, unknown>): Promise<string> {
    const path = `/rooms/${encodeURIComponent(roomId)}/send/${encodeURIComponent(type)}/t${Date.now()}-${++this.txn}`;
    const { event_id } = await this.api<{ event_id: string }>('PUT', path, content);
    return event_id;
  }

  say(roomId: string, text: string, replyTo?: string): Promise<string> {
    return this.sendEvent(roomId, 'm.room.message', {
      msgtype: 'm.text',
      body: text,
      ...(replyTo ? { 'm.relates_to': { 'm.in_reply_to': { event_id: replyTo } } } : {}),
    });
  }

  react(roomId: string, eventId: string, key: string): Promise<string> {
    return this.sendEvent(roomId, 'm.reaction', {
      'm.relates_to': { rel_type: 'm.annotation', event_id: eventId, key },
    });
  }

  vote(roomId: string, pollId: string, answers: string[], stable = false): Promise<string> {
    return stable
      ? this.sendEvent(roomId, 'm.poll.response', {
          'm.selections': answers,
          'm.relates_to': { rel_type: 'm.reference', event_id: pollId },
        })
      : this.sendEvent(roomId, 'org.matrix.msc3381.poll.response', {
          'org.matrix.msc3381.poll.response': { answers },
          'm.relates_to': { rel_type: 'm.reference', event_id: pollId },
        });
  }

  async setPower(roomId: string, userId: string, level: number): Promise<void> {
    const path = `/rooms/${encodeURIComponent(roomId)}/state/m.room.power_levels/`;
    const current = await this.api<{ users?: Record<string, number> }>('GET', path);
    await this.api('PUT', path, { ...current, users: { ...current.users, [userId]: level } });
  }

  /** Messages in a room, oldest first. */
  async messages(roomId: string, limit = 100): Promise<Array<Json>> {
    const page = await this.api<{ chunk: Array<Json> }>(
      'GET',
      `/rooms/${encodeURIComponent(roomId)}/messages?dir=b&limit=${limit}`,
    );
    return page.chunk.reverse();
  }

  /** What the bot said in a room (m.notice bodies without Fluent's bidi marks; no edits), oldest first. */
  async botSaid(roomId: string, botId: string): Promise<Array<{ eventId: string; body: string }>> {
    const events = await this.messages(roomId);
    return events
      .filter((e) => e.sender === botId && e.type === 'm.room.message' && e.content?.msgtype === 'm.notice')
      .filter((e) => !e.content['m.relates_to']?.rel_type)
      .map((e) => ({ eventId: e.event_id as string, body: (e.content.body as string).replace(/[\u2068\u2069]/g, '') }));
  }

  async joinedRooms(): Promise<string[]> {
    return (await this.api<{ joined_rooms: string[] }>('GET', '/joined_rooms')).joined_rooms;
  }
}

/** What a user's client downloads for an mxc:// URL (authenticated media). */
export async function download(user: MatrixUser, mxc: string): Promise<Buffer> {
  const [server, id] = mxc.replace('mxc://', '').split('/');
  const res = await fetch(`${homeserverUrl}/_matrix/client/v1/media/download/${server}/${id}`, {
    headers: { authorization: `Bearer ${user.token}` },
  });
  if (res.status !== 200) throw new Error(`download ${mxc}: ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/** The password register() gives a user: `pw-<localpart>`. */
export function passwordOf(userId: string): string {
  return `pw-${userId.slice(1).split(':')[0]}`;
}

export async function register(name: string, server = homeserverUrl): Promise<MatrixUser> {
  const username = `${name}${run}${randomBytes(2).toString('hex')}`;
  const res = await fetch(`${server}/_matrix/client/v3/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: `pw-${username}`, auth: { type: 'm.login.dummy' } }),
  });
  const body = (await res.json()) as { user_id?: string; access_token?: string; error?: string };
  if (!res.ok || !body.access_token || !body.user_id) throw new Error(`register ${username}: ${JSON.stringify(body)}`);
  return new MatrixUser(body.user_id, body.access_token, server);
}

export function memoryState(): AdapterStateStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    async get(key) {
      return map.get(key) ?? null;
    },
    async set(key, value) {
      map.set(key, value);
    },
    async delete(key) {
      map.delete(key);
    },
    async deletePrefix(prefix) {
      for (const key of [...map.keys()]) if (key.startsWith(prefix)) map.delete(key);
    },
  };
}

export const quietLog = {
  info() {},
  warn() {},
  error(obj: object, msg?: string) {
    console.error(msg, obj);
  },
  debug() {},
};
