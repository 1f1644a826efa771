// Writing to a cohort's coordinators from a job, in private: what names or
// singles out a member (someone still waiting for a mentor, who declined)
// is theirs to read, not the group's (docs/privacy.md). Coordinators are
// those with the role and the administrators of the cohort's chat.

import { effectiveRole } from '../../core/permissions.ts';
import type { BotServices } from '../../core/services.ts';
import type { Cohort } from '../../core/store.ts';
import type { OutboundMessage } from '../../core/types.ts';
import { tellMember } from './tell-member.ts';

/** Returns how many coordinators it reached in private (0: none could be written to). */
export async function tellCoordinators(
  services: BotServices,
  cohort: Cohort,
  key: string,
  message: (locale: string) => OutboundMessage,
): Promise<number> {
  const group = await services.store.chats.byId(cohort.chatId);
  if (!group) return 0;
  const admins = new Set(
    await services.adapterFor(group.platform).chatAdmins({
      platform: group.platform,
      chatId: group.platformChatId,
      kind: 'group',
      ...(cohort.threadId ? { threadId: cohort.threadId } : {}),
    }),
  );
  const members = await services.store.memberships.list(cohort.id, { status: ['active', 'paused'] });
  let told = 0;
  for (const member of members) {
    if (effectiveRole(member, admins.has(member.account.platformUserId)) !== 'coordinator') continue;
    const sent = await tellMember(services, cohort, member, `${key}-${member.id}`, async (locale) => message(locale), {
      inGroup: false,
    });
    if (sent) told++;
  }
  return told;
}
