// The core's entry point: one inbound event in, answers out. De-duplicates by
// event id, keeps events of one chat in order, builds the Context, and hands
// the event to the command router, a button handler or the features' hooks.

import { splitCommandLine } from './commands/tokenize.ts';
import { Context, cohortOfChat, type EveryFeature } from './context.ts';
import { UserError } from './errors.ts';
import type { ActionHandler, Feature, JobHandler } from './feature.ts';
import { everyFeature, publisherFor } from './feature-hooks.ts';
import { JobContext } from './job-context.ts';
import type { JobData } from './jobs.ts';
import { negotiateLocale } from './locale.ts';
import { cleanDisplayName, htmlToPlain } from './markup.ts';
import { accountInput } from './people.ts';
import { locateVote, pollTokenId, voteChoice } from './polls.ts';
import { CommandRegistry, localizeArgs, runCommand } from './router.ts';
import type { BotServices } from './services.ts';
import type { Account } from './store.ts';
import type { Outcome } from './telemetry.ts';
import type { ActionEvent, ChatAdapter, InboundEvent, PollVoteEvent, RoutedEvent } from './types.ts';

export interface Bot {
  readonly registry: CommandRegistry;
  readonly features: readonly Feature[];
  /** The context jobs, event subscribers and start hooks get. */
  readonly job: JobContext;
  /** Handle one event. Resolves when it was handled (or skipped as a duplicate). */
  handle(event: InboundEvent, adapter: ChatAdapter): Promise<void>;
  /** Job handlers by name, for the job worker. */
  jobHandlers(): Map<string, (data: JobData) => Promise<void>>;
}

export function createBot(services: BotServices, features: readonly Feature[]): Bot {
  const registry = new CommandRegistry();
  const actions = new Map<string, ActionHandler>();
  const jobs = new Map<string, JobHandler>();
  for (const feature of features) {
    for (const command of feature.commands ?? []) registry.add(command);
    for (const [kind, handler] of Object.entries(feature.actions ?? {})) addOnce(actions, kind, handler, 'action');
    for (const [name, handler] of Object.entries(feature.jobs ?? {})) addOnce(jobs, name, handler, 'job');
  }
  const job = new JobContext({ services, publish: publisherFor(features) });
  const hooks = everyFeature(features, job);
  const chains = new Map<string, Promise<void>>();

  async function dispatch(event: RoutedEvent, adapter: ChatAdapter): Promise<Outcome> {
    const { store } = services;
    if (await store.inbound.has(event.chat.platform, event.id)) return 'duplicate';
    if (event.kind === 'action') {
      // A stale, forged or someone else's press is answered before anything is
      // recorded: it must not create an account (e.g. of someone who just
      // deleted theirs) or a chat.
      const refusal = await refuseAction(event);
      if (refusal) {
        await adapter.ackAction(event, refusal);
        await store.inbound.firstSeen(event.chat.platform, event.id);
        return 'user_error';
      }
    }
    const ctx = await buildContext(services, event, adapter, registry, job, hooks);
    let outcome: Outcome = 'ok';
    try {
      outcome = await route(ctx, event);
    } catch (error) {
      if (error instanceof UserError) {
        await answerUserError(ctx, event, error);
        await store.inbound.firstSeen(event.chat.platform, event.id);
        return 'user_error';
      }
      outcome = 'error';
      services.telemetry.error('handler');
      services.log.error({ err: error, eventId: event.id, kind: event.kind }, 'handling an event failed');
      await answerInternalError(ctx, event).catch(() => {});
    }
    // Recorded after handling: a crash in the middle means the platform's
    // redelivery is handled again (at least once), never dropped.
    await store.inbound.firstSeen(event.chat.platform, event.id);
    return outcome;
  }

  async function route(ctx: Context, event: RoutedEvent): Promise<Outcome> {
    if (event.kind === 'action') return handleAction(ctx, event);
    if (event.kind === 'poll_vote') return handlePollVote(ctx, event);
    if (event.kind === 'chat') {
      if (event.change === 'migrated' && event.newChatId) {
        // Telegram group -> supergroup: the chat keeps its row and cohorts under the new id.
        await services.store.chats.movePlatformId(event.chat.platform, event.chat.chatId, event.newChatId);
      }
      for (const feature of features) await feature.onChat?.(ctx, event);
      return 'ok';
    }
    if (event.kind === 'member') {
      for (const feature of features) await feature.onMember?.(ctx, event);
      return 'ok';
    }
    const line = splitCommandLine(event.text, ctx.adapter.botUsername);
    if (line) {
      const command = await runCommand(registry, ctx, line);
      services.telemetry.commandRun(command, command === 'unknown' ? 'user_error' : 'ok');
      return 'ok';
    }
    for (const feature of features) {
      if (await feature.onMessage?.(ctx, event)) return 'ok';
    }
    if (!ctx.isGroup) await ctx.say('private-not-understood');
    return 'ignored';
  }

  /** Why a button press is refused (a toast for the presser), or null when it may run. */
  async function refuseAction(event: ActionEvent): Promise<string | null> {
    const { store, i18n, clock } = services;
    const account = await store.accounts.byPlatformId(event.chat.platform, event.sender.userId);
    // Someone not recorded yet (or who set nothing) is answered in their app's language.
    const locale = negotiateLocale(services, account, event.sender.languageHint);
    const say = (id: string) => htmlToPlain(i18n.t(locale, id));
    const [tokenId] = splitOnce(event.data, ':');
    const token = tokenId ? await store.actionTokens.byId(tokenId) : null;
    const chat = await store.chats.byPlatformId(event.chat.platform, event.chat.chatId);
    if (!token || !actions.has(token.kind) || token.usedAt !== null || token.expiresAt <= clock.now()) {
      return say('action-stale');
    }
    if (!chat || token.chatId !== chat.id) return say('action-stale');
    if (token.accountId && token.accountId !== account?.id) return say('action-not-yours');
    return null;
  }

  async function handleAction(ctx: Context, event: ActionEvent): Promise<Outcome> {
    const [tokenId, choice] = splitOnce(event.data, ':');
    // refuseAction() checked the token; read it again for the handler.
    const token = await services.store.actionTokens.byId(tokenId);
    const handler = token ? actions.get(token.kind) : undefined;
    if (!token || !handler) {
      await ctx.adapter.ackAction(event, htmlToPlain(ctx.t('action-stale')));
      return 'user_error';
    }
    const toast = await handler(ctx, token, choice);
    await ctx.adapter.ackAction(event, toast === undefined ? undefined : htmlToPlain(toast));
    return 'ok';
  }

  async function handlePollVote(ctx: Context, event: PollVoteEvent): Promise<Outcome> {
    const token = await services.store.actionTokens.byId(pollTokenId(ctx.chat.platform, event.pollId));
    const handler = token ? actions.get(token.kind) : undefined;
    if (!token || !handler || token.expiresAt <= services.clock.now()) return 'ignored';
    await handler(ctx, token, voteChoice(event.optionIds));
    return 'ok';
  }

  function enqueue(event: RoutedEvent, adapter: ChatAdapter): Promise<void> {
    const key = `${event.chat.platform}:${event.chat.chatId}`;
    const started = performance.now();
    const run = (chains.get(key) ?? Promise.resolve()).then(async () => {
      const outcome = await dispatch(event, adapter);
      services.telemetry.eventHandled(event.chat.platform, event.kind, outcome, (performance.now() - started) / 1000);
    });
    const tail = run.catch(() => {});
    chains.set(key, tail);
    void tail.then(() => {
      if (chains.get(key) === tail) chains.delete(key);
    });
    return run;
  }

  return {
    registry,
    features,
    job,
    async handle(event, adapter) {
      if (event.kind !== 'poll_vote') return enqueue(event, adapter);
      const located = await locateVote(services.store, adapter.platform, event);
      if (located) await enqueue(located, adapter);
    },
    jobHandlers() {
      return new Map([...jobs].map(([name, handler]) => [name, (data: JobData) => handler(data, job)]));
    },
  };
}

async function buildContext(
  services: BotServices,
  event: RoutedEvent,
  adapter: ChatAdapter,
  commands: CommandRegistry,
  job: JobContext,
  hooks: EveryFeature,
): Promise<Context> {
  const { store } = services;
  const chatRow = await store.chats.upsert({
    platform: event.chat.platform,
    platformChatId: event.chat.chatId,
    kind: event.chat.kind,
    // Titles come from the platform, and are as untrusted as names.
    title: event.chat.title ? cleanDisplayName(event.chat.title, '', 128) || null : null,
  });
  let account = await store.accounts.upsert(accountInput(event.chat.platform, event.sender));
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
    everyFeature: hooks,
    ...(homeLocale ? { homeLocale } : {}),
  });
}

/**
 * The language of the cohort someone most recently joined, used in private when
 * they chose no language and their app tells none (the design's order: their
 * setting, the platform's hint, the cohort's). Looked up only when needed.
 */
async function homeLocaleOf(services: BotServices, account: Account): Promise<string | undefined> {
  if (account.locale || account.localeHint) return undefined;
  const memberships = await services.store.memberships.forAccount(account.id);
  const live = memberships.filter((m) => m.status !== 'left' && m.cohort.status !== 'archived');
  return live.at(-1)?.cohort.locale;
}

async function answerUserError(ctx: Context, event: RoutedEvent, error: UserError): Promise<void> {
  const text = ctx.t(error.messageId, localizeArgs(ctx, error.args));
  if (event.kind === 'action') await ctx.adapter.ackAction(event, htmlToPlain(text));
  else await ctx.reply(text);
}

async function answerInternalError(ctx: Context, event: RoutedEvent): Promise<void> {
  if (event.kind === 'action') await ctx.adapter.ackAction(event, htmlToPlain(ctx.t('error-internal')));
  else if (event.kind === 'message') await ctx.say('error-internal');
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function addOnce<T>(map: Map<string, T>, key: string, value: T, what: string): void {
  if (map.has(key)) throw new Error(`${what} "${key}" is registered by two features`);
  map.set(key, value);
}
