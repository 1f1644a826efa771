// The core's entry point: one inbound event in, answers out. De-duplicates by
// event id, keeps events of one chat in order, builds the Context, and hands
// the event to the command router, a button handler or the features' hooks.

import { splitCommandLine } from './commands/tokenize.ts';
import { Context } from './context.ts';
import type { ActionHandler, Feature, JobHandler } from './feature.ts';
import { UserError } from './errors.ts';
import { htmlToPlain } from './markup.ts';
import { CommandRegistry, localizeArgs, runCommand } from './router.ts';
import type { BotServices } from './services.ts';
import type { Outcome } from './telemetry.ts';
import type { ActionEvent, ChatAdapter, InboundEvent } from './types.ts';
import type { JobData } from './jobs.ts';

export interface Bot {
  readonly registry: CommandRegistry;
  readonly features: readonly Feature[];
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
  const chains = new Map<string, Promise<void>>();

  async function dispatch(event: InboundEvent, adapter: ChatAdapter): Promise<Outcome> {
    const { store } = services;
    if (await store.inbound.has(event.chat.platform, event.id)) return 'duplicate';
    const ctx = await buildContext(services, event, adapter, registry);
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

  async function route(ctx: Context, event: InboundEvent): Promise<Outcome> {
    if (event.kind === 'action') return handleAction(ctx, event);
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

  async function handleAction(ctx: Context, event: ActionEvent): Promise<Outcome> {
    const [tokenId, choice] = splitOnce(event.data, ':');
    const token = tokenId ? await services.store.actionTokens.byId(tokenId) : null;
    const handler = token ? actions.get(token.kind) : undefined;
    const stale = !token || !handler || token.usedAt !== null || token.expiresAt <= services.clock.now();
    if (stale || token.chatId !== ctx.chatRow.id) {
      await ctx.adapter.ackAction(event, htmlToPlain(ctx.t('action-stale')));
      return 'user_error';
    }
    if (token.accountId && token.accountId !== ctx.account.id) {
      await ctx.adapter.ackAction(event, htmlToPlain(ctx.t('action-not-yours')));
      return 'user_error';
    }
    const toast = await handler(ctx, token, choice);
    await ctx.adapter.ackAction(event, toast === undefined ? undefined : htmlToPlain(toast));
    return 'ok';
  }

  return {
    registry,
    features,
    handle(event, adapter) {
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
    },
    jobHandlers() {
      return new Map([...jobs].map(([name, handler]) => [name, (data: JobData) => handler(data, services)]));
    },
  };
}

async function buildContext(
  services: BotServices,
  event: InboundEvent,
  adapter: ChatAdapter,
  commands: CommandRegistry,
): Promise<Context> {
  const { store } = services;
  const chatRow = await store.chats.upsert({
    platform: event.chat.platform,
    platformChatId: event.chat.chatId,
    kind: event.chat.kind,
    title: event.chat.title ?? null,
  });
  let account = await store.accounts.upsert({
    platform: event.chat.platform,
    platformUserId: event.sender.userId,
    displayName: event.sender.displayName,
    username: event.sender.username ?? null,
    localeHint: event.sender.languageHint ?? null,
  });
  if (account.unreachableAt && event.chat.kind === 'private') {
    // They wrote to us in private, so we can write to them again.
    account = await store.accounts.update(account.id, { unreachableAt: null });
  }
  if (chatRow.unreachableAt) await store.chats.markUnreachable(chatRow.id, null);
  const cohort = await store.cohorts.liveFor(chatRow.id, event.chat.threadId ?? '');
  const membership = cohort ? await store.memberships.get(cohort.id, account.id) : null;
  return new Context({ services, adapter, event, chatRow, account, cohort, membership, commands });
}

async function answerUserError(ctx: Context, event: InboundEvent, error: UserError): Promise<void> {
  const text = ctx.t(error.messageId, localizeArgs(ctx, error.args));
  if (event.kind === 'action') await ctx.adapter.ackAction(event, htmlToPlain(text));
  else await ctx.reply(text);
}

async function answerInternalError(ctx: Context, event: InboundEvent): Promise<void> {
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
