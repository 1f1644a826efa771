// Shared by the network tests.

import { createNetworkWeb } from '../../src/features/network/web.ts';
import { createMetrics } from '../../src/http/metrics.ts';
import { type HttpServer, startHttpServer } from '../../src/http/server.ts';
import type { ChatHandle, World } from '../helpers/scenario.ts';

/** The code in the newest invite the bot sent to this person privately. */
export function inviteCode(world: World, handle: string): string {
  const text = world
    .dm(handle)
    .botMessages()
    .findLast((m) => m.includes('One-time code'));
  const code = /net-[\w-]+/.exec(text ?? '')?.[0];
  if (!code) throw new Error(`no invite code in ${handle}'s private chat`);
  return code;
}

/** `coordinator` creates network `name` in `home` (unless it exists), and each other cohort joins with a fresh code. */
export async function linkCohorts(
  world: World,
  home: ChatHandle,
  coordinator: string,
  name: string,
  others: ReadonlyArray<readonly [ChatHandle, string]>,
  options: { create?: boolean } = {},
): Promise<void> {
  if (options.create !== false) await home.as(coordinator).says(`/network create "${name}"`);
  for (const [group, theirCoordinator] of others) {
    await home.as(coordinator).says('/network invite');
    await group.as(theirCoordinator).says(`/network join ${inviteCode(world, coordinator)}`);
  }
}

/** `handle` writes a reflection and shares it (their newest item) with or without their name, in English or French. */
export async function shareNewest(world: World, handle: string, text: string, named: boolean): Promise<void> {
  const dm = world.dm(handle);
  await dm.says(`/reflect ${text}`);
  await dm.says('/share');
  await dm.presses(/^(Share|Partager) 1$/);
  await dm.presses(
    named ? /^(Share with my name|Partager avec mon nom)$/ : /^(Share without my name|Partager sans mon nom)$/,
  );
}

/** A real HTTP server on a free local port serving the networks' pages of this world's bot. */
export function networkPageServer(world: World): Promise<HttpServer> {
  return startHttpServer({
    port: 0,
    host: '127.0.0.1',
    metrics: createMetrics(),
    checks: { database: async () => {}, redis: async () => {} },
    networkWeb: createNetworkWeb({ job: world.local.bot.job }),
  });
}
