// The step that gives a turn its Context: the chat and the sender upserted,
// the chat's (or forum topic's) live cohort, the sender's membership, and the
// language to answer in.

import type { CommandCatalog } from '../commands/catalog.ts';
import { Context, type ContextInit, cohortOfChat, type EveryFeature } from '../context.ts';
import type { JobContext } from '../job-context.ts';
import { cleanDisplayName } from '../markup.ts';
import { accountInput } from '../people.ts';
import type { BotServices } from '../services.ts';
import type { Account } from '../store.ts';
import type { Outcome } from '../telemetry.ts';
import type { Handler, Turn } from './compose.ts';

/** The pipeline's last step: build the Context, then hand the turn to `handler`. */
export function withContext(shared: SharedParts, handler: Handler): (turn: Turn) => Promise<Outcome> {
  return async (turn) => handler(await buildContext(shared, turn), turn);
}

/** What every turn's Context shares: the services, the command catalog, the job context and the features' hooks. */
export interface SharedParts {
  services: BotServices;
  commands: CommandCatalog;
  job: JobContext;
  everyFeature: EveryFeature;
  runLine: ContextInit['runLine'];
}

async function buildContext(shared: SharedParts, turn: Turn): Promise<Context> {
  const { services, commands, job, everyFeature, runLine } = shared;
  const { store } = services;
  const { event, adapter } = turn;
  const chatRow = await store.chats.upsert({
    platform: event.chat.platform,
    platformChatId: event.chat.chatId,
    kind: event.chat.kind,
    // Titles come from the platform, and are as untrusted as names.
    title: event.chat.title ? cleanDisplayName(event.chat.title, '', 128) || null : null,
  });
  let account = await store.accounts.upsert({
    ...accountInput(event.chat.platform, event.sender),
    createdAt: services.clock.now(),
  });
  if (account.unreachableAt && event.chat.kind === 'private') {
    // They wrote to us in private, so we can write to them again.
    account = await store.accounts.update(account.id, { unreachableAt: null });
  }
  if (chatRow.unreachableAt) await store.chats.markUnreachable(chatRow.id, null);
  const cohort = await cohortOfChat(store, chatRow.id, event.chat.threadId ?? '');
  const membership = cohort ? await store.memberships.get(cohort.id, account.id) : null;
  const homeLocale = event.chat.kind === 'private' ? await homeLocaleOf(services, account) : undefined;
  return new Context({
    services,
    adapter,
    event,
    chatRow,
    account,
    cohort,
    membership,
    commands,
    job,
    everyFeature,
    runLine,
    ...(homeLocale ? { homeLocale } : {}),
  });
}

/**
 * The language of the first cohort someone joined, used in private when they
 * chose no language and their app tells none (the order: their setting, the
 * platform's hint, their first cohort's, the default). The first, not the
 * latest: joining another cohort must not switch someone's private chat to
 * its language without them choosing it (/language). Left memberships count
 * too, so leaving does not switch it either. Looked up only when needed.
 */
async function homeLocaleOf(services: BotServices, account: Account): Promise<string | undefined> {
  if (account.locale || account.localeHint) return undefined;
  const memberships = await services.store.memberships.forAccount(account.id);
  const first = [...memberships].sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime())[0];
  return first?.cohort.locale;
}
