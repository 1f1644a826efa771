// A bot restart in a feature test: a new bot and a new fake adapter on the
// same database. What survives is what was stored; the old world's adapter is
// stopped, its store stays open (the original world closes it).

import pino from 'pino';
import { FakeAdapter } from '../../adapters/fake/adapter.ts';
import { ManualClock } from '../../src/jobs/memory-scheduler.ts';
import { createLocalBot } from '../../src/local.ts';
import { World } from './scenario.ts';

export async function restarted(world: World, at: Date, options: { samePlatform?: boolean } = {}): Promise<World> {
  await world.local.adapter.stop();
  const local = await createLocalBot({
    store: world.store,
    // samePlatform: the platform remembers what it knew (its chats, who may be written to).
    adapter: options.samePlatform ? world.local.adapter : new FakeAdapter(),
    log: pino({ level: 'silent' }),
    clock: new ManualClock(at),
  });
  return new World(local, world.store, async () => {}, world.db);
}
