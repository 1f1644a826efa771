// Prometheus series for operators: what came in, what went out, what failed.
// Each process has its own Registry (no global state, so tests can make many).

import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { Telemetry } from '../core/telemetry.ts';
import type { JobHooks } from '../jobs/hooks.ts';

export interface Metrics {
  registry: Registry;
  updates: Counter<'platform' | 'kind' | 'outcome'>;
  commands: Counter<'command' | 'outcome'>;
  jobs: Counter<'queue' | 'outcome'>;
  sends: Counter<'platform' | 'outcome'>;
  errors: Counter<'where'>;
  updateSeconds: Histogram<'platform' | 'kind'>;
  jobSeconds: Histogram<'queue'>;
  sendSeconds: Histogram<'platform'>;
}

export interface MetricsOptions {
  /** Process metrics (CPU, memory, event loop lag, handles); on by default. */
  defaultMetrics?: boolean;
  /** Labels on every series, e.g. { role: 'worker' } when roles run as separate processes. */
  defaultLabels?: Record<string, string>;
}

// Chat work is fast or it is waiting on a platform; buckets from 5 ms to 30 s.
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.defaultLabels) registry.setDefaultLabels(options.defaultLabels);
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    updates: new Counter({
      name: 'updates_total',
      help: 'Inbound events handled, by platform, kind and outcome (duplicate = skipped redelivery).',
      labelNames: ['platform', 'kind', 'outcome'],
      registers,
    }),
    commands: new Counter({
      name: 'commands_total',
      help: 'Commands run, by command name ("unknown" for unrecognised) and outcome.',
      labelNames: ['command', 'outcome'],
      registers,
    }),
    jobs: new Counter({
      name: 'jobs_total',
      help: 'Job runs, by queue and outcome (delayed = waiting out a rate limit; unknown = no handler).',
      labelNames: ['queue', 'outcome'],
      registers,
    }),
    sends: new Counter({
      name: 'sends_total',
      help: 'Outbound sends, by platform and outcome (retry = transient failure, will be retried).',
      labelNames: ['platform', 'outcome'],
      registers,
    }),
    errors: new Counter({
      name: 'errors_total',
      help: 'Errors also reported in the log, by where they happened.',
      labelNames: ['where'],
      registers,
    }),
    updateSeconds: new Histogram({
      name: 'update_seconds',
      help: 'Time to handle one inbound event.',
      labelNames: ['platform', 'kind'],
      buckets: BUCKETS,
      registers,
    }),
    jobSeconds: new Histogram({
      name: 'job_seconds',
      help: 'Time to run one job.',
      labelNames: ['queue'],
      buckets: BUCKETS,
      registers,
    }),
    sendSeconds: new Histogram({
      name: 'send_seconds',
      help: 'Time for one send, including the ledger round trips.',
      labelNames: ['platform'],
      buckets: BUCKETS,
      registers,
    }),
  };
}

/** The core's Telemetry, counted into these series. */
export function telemetry(metrics: Metrics): Telemetry {
  return {
    eventHandled(platform, kind, outcome, seconds) {
      metrics.updates.inc({ platform, kind, outcome });
      metrics.updateSeconds.observe({ platform, kind }, seconds);
    },
    commandRun(command, outcome) {
      metrics.commands.inc({ command, outcome });
    },
    error(where) {
      metrics.errors.inc({ where });
    },
  };
}

/** The hooks the send and job workers report to. */
export function jobHooks(metrics: Metrics): JobHooks {
  return {
    send(platform, outcome, seconds) {
      metrics.sends.inc({ platform, outcome });
      metrics.sendSeconds.observe({ platform }, seconds);
    },
    job(queue, outcome, seconds) {
      metrics.jobs.inc({ queue, outcome });
      metrics.jobSeconds.observe({ queue }, seconds);
    },
    error(where) {
      metrics.errors.inc({ where });
    },
  };
}
