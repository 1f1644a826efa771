// Shared by the network tests.

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
