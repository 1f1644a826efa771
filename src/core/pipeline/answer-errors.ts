// The one place a failure is answered. A UserError becomes a localized answer
// (with the command's usage line when it is about how the command was
// written); anything else is logged and the person hears that something broke.

import type { Context } from '../context.ts';
import { AlreadyAnswered, DeliveryError, UsageError, UserError } from '../errors.ts';
import { htmlToPlain } from '../markup.ts';
import { firstWord, localizeArgs, usageOf } from '../router.ts';
import type { BotServices } from '../services.ts';
import type { Handler, Turn } from './compose.ts';

export function answerErrors(services: BotServices, handler: Handler): Handler {
  return async (ctx, turn) => {
    try {
      return await handler(ctx, turn);
    } catch (error) {
      const { event } = turn;
      // The command asked a question (a picker) and waits for its press: nothing more to say.
      if (error instanceof AlreadyAnswered) return 'user_error';
      if (error instanceof UserError) {
        const text = userErrorText(ctx, turn, error);
        if (event.kind === 'action') await ctx.adapter.ackAction(event, htmlToPlain(text));
        else await ctx.reply(text);
        return 'user_error';
      }
      // A group that became a supergroup: the pipeline (follow-migration.ts) answers in the new chat.
      if (error instanceof DeliveryError && error.failure.kind === 'migrated') throw error;
      if (error instanceof DeliveryError) {
        // The platform refused an answer (ctx.reply queues what can wait): the work itself is
        // done, so no "something went wrong" follows it; for the log, without a stack.
        services.log.warn({ eventId: event.id, failure: error.failure }, 'an answer could not be sent');
        return 'error';
      }
      services.telemetry.error('handler');
      services.log.error({ err: error, eventId: event.id, kind: event.kind }, 'handling an event failed');
      await answerInternalError(ctx, turn).catch(() => {});
      return 'error';
    }
  };
}

function userErrorText(ctx: Context, turn: Turn, error: UserError): string {
  const text = ctx.t(error.messageId, localizeArgs(ctx, error.args));
  const { command } = turn;
  if (!command || !(error instanceof UsageError || ARGUMENT_ERRORS.has(error.messageId))) return text;
  return `${text}\n${ctx.t('usage-line', { usage: usageOf(ctx, command.spec, firstWord(command.rest)) })}`;
}

async function answerInternalError(ctx: Context, { event }: Turn): Promise<void> {
  if (event.kind === 'action') await ctx.adapter.ackAction(event, htmlToPlain(ctx.t('error-internal')));
  else if (event.kind === 'message') await ctx.say('error-internal');
}

/** Errors about the arguments as typed (from the tokenizer): the answer shows the usage too. */
const ARGUMENT_ERRORS = new Set([
  'error-unclosed-quote',
  'error-quote-inside',
  'error-unknown-flag',
  'error-flag-needs-value',
  'error-missing-argument',
]);
