// Errors that cross the adapter boundary, and errors a user should read.

/**
 * How a send failed, in the core's terms. Adapters map platform errors to it so
 * that the send queue can decide: wait, give up and mark unreachable, move the
 * chat, or retry.
 */
export type DeliveryFailure =
  | { kind: 'rate_limited'; retryAfterMs: number }
  /** Blocked, kicked, deactivated, chat deleted: retrying will not help. */
  | { kind: 'unreachable'; reason: string }
  /** Telegram group upgraded to a supergroup: resend once to the new id. */
  | { kind: 'migrated'; newChatId: string }
  /** The forum topic is gone: resend to the general topic. */
  | { kind: 'thread_gone' }
  /** A network hiccup or a 5xx: retry with backoff. */
  | { kind: 'transient'; reason: string }
  /** The request itself is wrong (bad markup, message too long): retrying will not help. */
  | {
      kind: 'rejected';
      reason: string;
      /** Refused for its size: the platform's largest upload in bytes (Telegram 50 MB, Synapse's max_upload_size). */
      limitBytes?: number;
    };

export class DeliveryError extends Error {
  readonly failure: DeliveryFailure;
  constructor(failure: DeliveryFailure, message?: string) {
    super(message ?? `delivery failed: ${failure.kind}`);
    this.name = 'DeliveryError';
    this.failure = failure;
  }
}

/**
 * A failure whose explanation belongs to the user: `messageId` is a Fluent key
 * (with `args`) shown to them, `message` is for the log.
 */
export class UserError extends Error {
  readonly messageId: string;
  readonly args: Record<string, string | number>;
  constructor(messageId: string, args: Record<string, string | number> = {}, logMessage?: string) {
    super(logMessage ?? messageId);
    this.name = 'UserError';
    this.messageId = messageId;
    this.args = args;
  }
}

/**
 * The command already answered (it asked a question with buttons, such as
 * "which of these people?") and stops here: nothing more is said.
 */
export class AlreadyAnswered extends UserError {
  constructor() {
    super('done'); // never shown: the answer was the question
    this.name = 'AlreadyAnswered';
  }
}

/** A UserError about how the command was written: the answer adds the usage line. */
export class UsageError extends UserError {
  constructor(messageId: string, args: Record<string, string | number> = {}) {
    super(messageId, args);
    this.name = 'UsageError';
  }
}

/**
 * A problem the person running the bot can fix: a wrong setting, a database,
 * Redis or chat platform that does not answer or refuses the bot. Thrown at
 * start by config, database, Redis and platform code; main.ts prints
 * `cohort-bot: <userLine>` on stderr and exits 1, without a stack.
 * `userLine` is one line without secrets; `message` is the log line (by
 * default the same), and `cause` the underlying error.
 */
/**
 * An inbound update the adapter cannot read (a shape no platform sends, a
 * field missing): trying again cannot help, so the inbound queue sets it
 * aside at once instead of holding its chat for a minute of retries.
 */
export class UnreadableUpdate extends Error {
  override readonly name = 'UnreadableUpdate';
}

export class OperatorError extends Error {
  readonly userLine: string;
  constructor(userLine: string, options: { logLine?: string; cause?: unknown } = {}) {
    super(options.logLine ?? userLine, 'cause' in options ? { cause: options.cause } : undefined);
    this.name = 'OperatorError';
    this.userLine = userLine;
  }
}
