// Logging in with user and password: the token is kept in the adapter state and
// reused on the next start (one device, so transaction ids stay valid).

import { describe, expect, it } from 'vitest';
import { createMatrixAdapter } from '../../adapters/matrix/index.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, memoryState, passwordOf, quietLog, register, SKIP_REASON } from './helpers.ts';

describe.skipIf(!homeserverUrl)(`matrix login (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  it('logs in with a password once, keeps the token and reuses it', async () => {
    const bot = await register('loginbot');
    const state = memoryState();
    const make = () =>
      createMatrixAdapter({
        homeserverUrl: homeserverUrl!,
        auth: { kind: 'password', userId: bot.userId, password: passwordOf(bot.userId) },
        allowedInviters: 'own-server',
        coordinatorPowerLevel: 50,
        state,
        log: quietLog,
        dataDir: '/tmp',
        syncTimeoutMs: 500,
      });
    const first = make();
    await first.start(async () => {});
    expect(first.userId).toBe(bot.userId);
    expect(first.botUsername).toBe(bot.userId.slice(1).split(':')[0]);
    const saved = JSON.parse(state.map.get('matrix:login')!) as { accessToken: string };
    expect(saved.accessToken.length).toBeGreaterThan(10);
    await waitFor('first sync', async () => state.map.has('matrix:sync_token'));
    await first.stop();

    const second = make();
    await second.start(async () => {});
    await second.stop();
    expect(JSON.parse(state.map.get('matrix:login')!)).toEqual(saved);
    const devices = await bot.api<{ devices: unknown[] }>('GET', '/devices');
    // The registration's device and the bot's one login.
    expect(devices.devices).toHaveLength(2);
  });

  it('refuses to start with a wrong password, saying why', async () => {
    const bot = await register('loginbot');
    const adapter = createMatrixAdapter({
      homeserverUrl: homeserverUrl!,
      auth: { kind: 'password', userId: bot.userId, password: 'wrong' },
      allowedInviters: 'own-server',
      coordinatorPowerLevel: 50,
      state: memoryState(),
      log: quietLog,
      dataDir: '/tmp',
    });
    await expect(adapter.start(async () => {})).rejects.toThrow(/login as .* failed/);
  });
});
