// What the send and job workers report about their work. src/http/metrics.ts
// turns it into Prometheus series; tests pass `noJobHooks`.

/** How one send ended, as an operator would want it counted. */
export type SendOutcome =
  | 'sent'
  | 'already_sent'
  | 'already_failed'
  | 'rate_limited'
  | 'unreachable'
  | 'rejected'
  | 'retry'
  | 'missing';

/** How one job run ended. `delayed`: moved back to wait (rate limit); `unknown`: no handler for its name. */
export type JobOutcome = 'ok' | 'error' | 'delayed' | 'unknown';

export interface JobHooks {
  /** One call to a platform's send (or a decision not to call it), with how long it took. */
  send(platform: string, outcome: SendOutcome, seconds: number): void;
  /** One job run on a queue. */
  job(queue: string, outcome: JobOutcome, seconds: number): void;
  /** An error that a log line also reports. */
  error(where: string): void;
}

export const noJobHooks: JobHooks = {
  send() {},
  job() {},
  error() {},
};
