// The core's entry point: one inbound event in, answers out. The features'
// commands, buttons and jobs are registered here; each event then runs through
// the pipeline in pipeline/: in order per chat -> measured -> de-duplicated ->
// stale buttons refused -> Context built -> routed (command, button, poll
// vote, chat, member or message hooks), with failures answered around it.
// A channel post (no person behind it) goes to the features' onChannelPost.

import type { ContextInit } from './context.ts';
import { UserError } from './errors.ts';
import type { ActionHandler, Feature, JobHandler } from './feature.ts';
import { everyFeature, publisherFor } from './feature-hooks.ts';
import { JobContext } from './job-context.ts';
import type { JobData } from './jobs.ts';
import { cleanInbound } from './markup.ts';
import { answerErrors } from './pipeline/answer-errors.ts';
import { withContext } from './pipeline/build-context.ts';
import { compose } from './pipeline/compose.ts';
import { skipDuplicates } from './pipeline/dedupe.ts';
import { followMigration } from './pipeline/follow-migration.ts';
import { measured } from './pipeline/measure.ts';
import { inChatOrder } from './pipeline/order.ts';
import { refuseStaleActions } from './pipeline/refuse-action.ts';
import { route } from './pipeline/route.ts';
import { locateVote, pollTokenId } from './polls.ts';
import { CommandRegistry, runCommand } from './router.ts';
import type { BotServices } from './services.ts';
import type {
  AdapterEvent,
  ChannelPostEvent,
  ChatAdapter,
  ChatRef,
  InboundEvent,
  PollTotalsEvent,
  RoutedEvent,
  Sender,
} from './types.ts';

export interface Bot {
  readonly registry: CommandRegistry;
  readonly features: readonly Feature[];
  /** The context jobs, event subscribers and start hooks get. */
  readonly job: JobContext;
  /** Handle one event. Resolves when it was handled (or skipped as a duplicate). */
  handle(event: AdapterEvent, adapter: ChatAdapter): Promise<void>;
  /** Job handlers by name, for the job worker. */
  jobHandlers(): Map<string, (data: JobData) => Promise<void>>;
}

export function createBot(services: BotServices, features: readonly Feature[]): Bot {
  const registry = new CommandRegistry();
  const actions = new Map<string, ActionHandler>();
  const jobs = new Map<string, JobHandler>();
  const totals = new Map<string, NonNullable<Feature['pollTotals']>[string]>();
  for (const feature of features) {
    for (const [kind, handler] of Object.entries(feature.pollTotals ?? {}))
      addOnce(totals, kind, handler, 'poll totals');
    for (const command of feature.commands ?? []) registry.add(command);
    for (const [kind, handler] of Object.entries(feature.actions ?? {})) addOnce(actions, kind, handler, 'action');
    for (const [name, handler] of Object.entries(feature.jobs ?? {})) addOnce(jobs, name, handler, 'job');
  }
  const job = new JobContext({ services, publish: publisherFor(features) });
  const hooks = everyFeature(features, job);
  // A command line run again from a button or a link, with the caller's context.
  const runLine: ContextInit['runLine'] = async (ctx, line, options) => {
    const spec = registry.get(line.name);
    if (!spec) throw new UserError('start-link-expired');
    await runCommand(ctx, spec, line, options);
  };
  // One event's way through the bot; each step is a file in pipeline/.
  const handleTurn = compose(
    [inChatOrder(), measured(services), skipDuplicates(services), refuseStaleActions(services, actions)],
    followMigration(
      services,
      withContext(
        { services, commands: registry, job, everyFeature: hooks, runLine },
        answerErrors(services, route(services, { features, commands: registry, actions })),
      ),
    ),
  );
  /** Anonymous poll totals go to the handler of the poll's kind; polls that are not ours (or long gone) are ignored. */
  const handleTotals = async (event: PollTotalsEvent, adapter: ChatAdapter): Promise<void> => {
    const token = await services.store.actionTokens.byId(pollTokenId(adapter.platform, event.pollId));
    const handler = token ? totals.get(token.kind) : undefined;
    if (!token || !handler) return;
    await handler(job, token, event);
  };
  const enqueue = async (event: RoutedEvent, adapter: ChatAdapter): Promise<void> => {
    await handleTurn({ event, adapter, receivedAt: performance.now() });
  };

  return {
    registry,
    features,
    job,
    async handle(raw, adapter) {
      // Totals of an anonymous poll: nobody sent them and no chat holds them, so no Context either.
      if (raw.kind === 'poll_totals') return handleTotals(raw, adapter);
      // The one place inbound text is cleaned of what no store accepts (NUL, lone surrogates).
      const event = cleanEvent(raw);
      if (event.kind === 'channel_post') return channelPost(services, features, job, event, adapter);
      if (event.kind !== 'poll_vote') return enqueue(event, adapter);
      const located = await locateVote(services.store, adapter.platform, event);
      if (located) await enqueue(located, adapter);
    },
    jobHandlers() {
      return new Map([...jobs].map(([name, handler]) => [name, (data: JobData) => handler(data, job)]));
    },
  };
}

/**
 * A channel post: no person, so no Context and no commands; each feature's
 * onChannelPost in turn until one takes it. Once only (the platform may send
 * it again); a failure is logged, and the post is not tried again.
 */
async function channelPost(
  services: BotServices,
  features: readonly Feature[],
  job: JobContext,
  post: ChannelPostEvent,
  adapter: ChatAdapter,
): Promise<void> {
  if (await services.store.inbound.has(post.chat.platform, post.id)) return;
  try {
    for (const feature of features) if (await feature.onChannelPost?.(post, job, adapter)) break;
  } catch (error) {
    services.log.error({ err: error, chat: post.chat.chatId }, 'a channel post failed');
  }
  await services.store.inbound.firstSeen(post.chat.platform, post.id);
}

function addOnce<T>(map: Map<string, T>, key: string, value: T, what: string): void {
  if (map.has(key)) throw new Error(`${what} "${key}" is registered by two features`);
  map.set(key, value);
}

/** The event with its texts (message, button data, names, chat title) cleaned by cleanInbound. */
export function cleanEvent<E extends InboundEvent>(event: E): E {
  const sender = (person: Sender): Sender => ({
    ...person,
    displayName: cleanInbound(person.displayName),
    ...(person.username !== undefined ? { username: cleanInbound(person.username) } : {}),
  });
  const chat = (ref: ChatRef): ChatRef => (ref.title !== undefined ? { ...ref, title: cleanInbound(ref.title) } : ref);
  const out = { ...event, sender: sender(event.sender), ...(event.chat ? { chat: chat(event.chat) } : {}) };
  if (out.kind === 'message') out.text = cleanInbound(out.text);
  if (out.kind === 'action') out.data = cleanInbound(out.data);
  if (out.kind === 'member') out.member = sender(out.member);
  return out;
}
