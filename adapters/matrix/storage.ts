// matrix-bot-sdk's IStorageProvider on the core's durable AdapterStateStore,
// so that the sync token, the filter and the login token survive restarts and
// live with the rest of the bot's data. Every key is "matrix:<name>".

import type { IFilterInfo, IStorageProvider } from 'matrix-bot-sdk';
import type { AdapterStateStore } from '../../src/core/types.ts';

export class StateStorageProvider implements IStorageProvider {
  private readonly state: AdapterStateStore;
  constructor(state: AdapterStateStore) {
    this.state = state;
  }

  static key(name: string): string {
    return `matrix:${name}`;
  }

  get(name: string): Promise<string | null> {
    return this.state.get(StateStorageProvider.key(name));
  }

  set(name: string, value: string): Promise<void> {
    return this.state.set(StateStorageProvider.key(name), value);
  }

  delete(name: string): Promise<void> {
    return this.state.delete(StateStorageProvider.key(name));
  }

  async getJson<T>(name: string): Promise<T | null> {
    const raw = await this.get(name);
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return null;
    }
  }

  setJson(name: string, value: unknown): Promise<void> {
    return this.set(name, JSON.stringify(value));
  }

  async setSyncToken(token: string | null): Promise<void> {
    if (token === null) await this.delete('sync_token');
    else await this.set('sync_token', token);
  }

  getSyncToken(): Promise<string | null> {
    return this.get('sync_token');
  }

  async setFilter(filter: IFilterInfo): Promise<void> {
    await this.setJson('filter', filter);
  }

  async getFilter(): Promise<IFilterInfo> {
    return (await this.getJson<IFilterInfo>('filter')) as IFilterInfo;
  }

  async storeValue(key: string, value: string): Promise<void> {
    await this.set(`kv:${key}`, value);
  }

  async readValue(key: string): Promise<string | null> {
    return this.get(`kv:${key}`);
  }
}
