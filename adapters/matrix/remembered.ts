// Facts about rooms that the sync states only once (a room's encryption, the
// room that replaced it after an upgrade). After a restart the sync carries
// no state for rooms that did not change, so the adapter keeps them in its
// state (AdapterState, one JSON object per key).

import type { StateStorageProvider } from './storage.ts';

export class RememberedRooms {
  private readonly storage: StateStorageProvider;
  private readonly key: string;
  private readonly values = new Map<string, string>();
  /** Writes one after the other, so that none overwrites a newer list. */
  private saved: Promise<void> = Promise.resolve();

  constructor(storage: StateStorageProvider, key: string) {
    this.storage = storage;
    this.key = key;
  }

  async load(): Promise<ReadonlyMap<string, string>> {
    const stored = (await this.storage.getJson<Record<string, string>>(this.key)) ?? {};
    for (const [roomId, value] of Object.entries(stored)) if (typeof value === 'string') this.values.set(roomId, value);
    return this.values;
  }

  get(roomId: string): string | undefined {
    return this.values.get(roomId);
  }

  set(roomId: string, value: string): Promise<void> {
    if (this.values.get(roomId) === value) return this.saved;
    this.values.set(roomId, value);
    const snapshot = Object.fromEntries(this.values);
    this.saved = this.saved.catch(() => undefined).then(() => this.storage.setJson(this.key, snapshot));
    return this.saved;
  }
}
