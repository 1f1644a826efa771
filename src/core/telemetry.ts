// What the core reports about its own work. src/http/metrics.ts turns it into
// Prometheus series; tests and the playground pass `noTelemetry`.

export type Outcome = 'ok' | 'user_error' | 'error' | 'duplicate' | 'ignored';

export interface Telemetry {
  /** One inbound event handled (or skipped as a duplicate), with how long it took. */
  eventHandled(platform: string, kind: string, outcome: Outcome, seconds: number): void;
  /** One command run; `command` is the registered name or "unknown". */
  commandRun(command: string, outcome: Outcome): void;
  /** An error that a log line also reports. */
  error(where: string): void;
}

export const noTelemetry: Telemetry = {
  eventHandled() {},
  commandRun() {},
  error() {},
};
