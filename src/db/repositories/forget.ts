// /forgetme in the database: everything that names, points at or was written
// by one person goes, in one transaction (docs/privacy.md, "What the bot
// stores, and forgetting"). The account row's delete cascades to memberships,
// and from them to check-in answers, reflections, mentorships and peer-group
// places; what has no foreign key to the person is found here by their ids,
// names and platform id.

import { htmlToPlain } from '../../core/markup.ts';
import type { OutboundMessage } from '../../core/types.ts';
import type { Tx } from './context.ts';

/** Fluent's isolation marks around inserted values: not part of a name. */
const ISOLATES = /[\u2066-\u2069]/g;

export async function forgetAccount(tx: Tx, accountId: string): Promise<void> {
  const account = await tx.account.findUnique({
    where: { id: accountId },
    include: { memberships: { select: { id: true } } },
  });
  if (!account) return;
  const membershipIds = account.memberships.map((m) => m.id);
  const ids = [accountId, ...membershipIds];

  // Buttons: their own, and anyone's whose payload points at them (a mentor's
  // prompt about them, a coordinator's preview that lists them).
  await tx.actionToken.deleteMany({ where: { accountId } });
  await tx.$executeRaw`
    DELETE FROM "ActionToken"
    WHERE EXISTS (SELECT 1 FROM unnest(${ids}::text[]) AS id WHERE strpos("payload"::text, id) > 0)`;

  // The ledger: messages to them, messages about them (keys carry their
  // membership id: "peer-met-<group>-<membership>-group"), and group messages
  // not sent yet whose text names them (sent ones keep no text).
  await tx.delivery.deleteMany({
    where: {
      OR: [{ recipientAccountId: accountId }, ...ids.map((id) => ({ idempotencyKey: { contains: id } }))],
    },
  });
  const names = [account.platformUserId, account.displayName, ...(account.username ? [account.username] : [])]
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  const unsent = await tx.delivery.findMany({
    where: { status: 'pending' },
    select: { idempotencyKey: true, message: true },
  });
  const naming = unsent.filter((row) => {
    const text = readableText(row.message as unknown as OutboundMessage | null);
    return names.some((name) => text.includes(name));
  });
  if (naming.length > 0) {
    await tx.delivery.deleteMany({ where: { idempotencyKey: { in: naming.map((row) => row.idempotencyKey) } } });
  }

  // Lists of membership ids that others' rows keep: whom someone avoids, who
  // was on a break when a check-in closed.
  if (membershipIds.length > 0) {
    await tx.$executeRaw`
      UPDATE "Membership"
      SET "avoid" = ARRAY(SELECT a FROM unnest("avoid") AS a WHERE a <> ALL(${membershipIds}::text[]))
      WHERE "avoid" && ${membershipIds}::text[]`;
    await tx.$executeRaw`
      UPDATE "CheckIn"
      SET "excused" = ARRAY(SELECT e FROM unnest("excused") AS e WHERE e <> ALL(${membershipIds}::text[]))
      WHERE "excused" && ${membershipIds}::text[]`;
  }

  // The audit log keeps what was done, not who did it.
  await tx.auditEntry.updateMany({ where: { actorAccountId: accountId }, data: { actorAccountId: null } });
  await tx.account.deleteMany({ where: { id: accountId } });
}

/**
 * A person's private chats with the bot: their rows, what was sent there and
 * the buttons in them. A chat that holds a cohort is not a private chat and stays.
 */
export async function forgetPrivateChats(tx: Tx, platform: string, platformChatIds: string[]): Promise<void> {
  if (platformChatIds.length === 0) return;
  const chats = await tx.chat.findMany({
    where: { platform, platformChatId: { in: platformChatIds }, cohorts: { none: {} } },
    select: { id: true, platformChatId: true },
  });
  if (chats.length === 0) return;
  await tx.actionToken.deleteMany({ where: { chatId: { in: chats.map((c) => c.id) } } });
  await tx.delivery.deleteMany({ where: { platform, platformChatId: { in: chats.map((c) => c.platformChatId) } } });
  await tx.chat.deleteMany({ where: { id: { in: chats.map((c) => c.id) } } });
}

/** What a reader would see of a stored message: its text and button labels, markup removed. */
function readableText(message: OutboundMessage | null): string {
  if (!message) return '';
  const labels = (message.buttons ?? []).flat().map((b) => b.label);
  return htmlToPlain([message.html, ...labels].join('\n')).replace(ISOLATES, '');
}
