// What the network tests share.

import type { World } from '../helpers/scenario.ts';

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
