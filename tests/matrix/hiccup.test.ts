// The homeserver goes away for a few seconds (a proxy in front of Synapse
// answers 502 and drops long polls): the bot keeps trying, and when it is back
// it answers what came in meanwhile, once.

import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryDelay } from '../../adapters/matrix/sync.ts';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld } from './world.ts';

describe.skipIf(!homeserverUrl)(`matrix homeserver hiccup (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  let proxy: Server;
  let down = false;
  let world: MatrixWorld;
  let closeStore: () => Promise<void>;
  let botUser: MatrixUser;
  let coord: MatrixUser;

  beforeAll(async () => {
    const target = new URL(homeserverUrl!);
    proxy = createServer((req, res) => {
      if (down) {
        res.writeHead(502, { 'content-type': 'application/json' }).end('{"errcode":"M_UNKNOWN","error":"bad gateway"}');
        return;
      }
      const upstream = request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    [botUser, coord] = await Promise.all([register('hiccupbot'), register('hiccupcoord')]);
    const opened = await openTestStore('postgres');
    closeStore = opened.close;
    world = new MatrixWorld(opened.store, botUser, 'own-server', []);
    world.url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    await world.start();
  }, 60_000);

  afterAll(async () => {
    await world?.stop();
    await closeStore?.();
    proxy?.closeAllConnections();
    await new Promise((resolve) => proxy?.close(resolve));
  });

  it('catches up after the homeserver was unreachable, answering once', async () => {
    const roomId = await coord.createRoom({ name: 'Hiccup' });
    await coord.invite(roomId, botUser.userId);
    const said = async () => (await coord.botSaid(roomId, botUser.userId)).map((m) => m.body);
    const syncFailures = () => world.logs.filter((l) => /sync failed/.test(l.msg ?? '')).length;
    await waitFor('hello', async () => (await said()).length === 1);

    down = true;
    proxy.closeAllConnections();
    const failuresBefore = syncFailures();
    const command = await coord.say(roomId, '!cohort create "Hiccup cohort"');
    // The bot kept trying while it could not reach the homeserver, and so never saw the command.
    await waitFor('a sync to fail while the homeserver is away', () => syncFailures() > failuresBefore);
    expect(world.timesHandled(command)).toBe(0);
    expect(await said()).toHaveLength(1);
    // /readyz shows the platform degraded, with why.
    // (The reason is what the last sync failed with: a 502 or a dropped connection.)
    expect(world.adapter.unhealthy()).toMatch(/502|fetch failed|sync/);

    down = false;
    await waitFor('answer after the hiccup', async () => (await said()).some((b) => /Hiccup cohort created/.test(b)), {
      timeoutMs: 30_000,
    });
    // A later message handled means the command's batch is behind us: had it been handed in twice, it is done by now.
    const later = await coord.say(roomId, 'thanks, bot');
    await world.waitHandled('the later message', later);
    expect((await said()).filter((b) => /created/.test(b))).toHaveLength(1);
    // Recovery is logged once the homeserver answers, and the platform is healthy again.
    expect(world.logs.some((l) => /sync recovered/.test(l.msg ?? ''))).toBe(true);
    expect(world.adapter.unhealthy()).toBeNull();
  }, 60_000);

  it('waits at most 10 s between sync retries, so a homeserver that is back is noticed soon', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
  });
});
