// The bot's side of the features' hooks and events: it knows every feature
// (a feature knows none), so it runs a hook or a subscriber on each of them,
// in the order of src/features/index.ts.

import type { EveryFeature } from './context.ts';
import type { DomainEvent } from './events.ts';
import type { Feature } from './feature.ts';
import type { JobContext, Publisher } from './job-context.ts';
import type { ReportSection } from './report.ts';

type Subscriber = (event: DomainEvent, job: JobContext) => Promise<void>;

/** Publishing: every subscriber in feature order, awaited; a failure is logged and the others still run. */
export function publisherFor(features: readonly Feature[]): Publisher {
  return async (event: DomainEvent, job: JobContext) => {
    for (const feature of features) {
      // The subscriber under an event's type takes that event (EventSubscribers says so).
      const subscriber = feature.on?.[event.type] as Subscriber | undefined;
      if (!subscriber) continue;
      try {
        await subscriber(event, job);
      } catch (error) {
        job.services.telemetry.error('event');
        job.log.error({ err: error, event: event.type, feature: feature.name }, 'an event subscriber failed');
      }
    }
  };
}

/** What the account feature asks of every feature. */
export function everyFeature(features: readonly Feature[], job: JobContext): EveryFeature {
  return {
    async startPayload(ctx, payload) {
      for (const feature of features) {
        if (await feature.onStartPayload?.(ctx, payload)) return true;
      }
      return false;
    },
    async describeMyData(ctx, account) {
      const parts: string[][] = [];
      for (const feature of features) {
        const lines = await feature.describeMyData?.(ctx, account);
        if (lines && lines.length > 0) parts.push(lines);
      }
      return parts;
    },
    async forget(account) {
      for (const feature of features) await feature.forget?.(account, job);
    },
    async report(request) {
      // The parts read different tables: their queries run at once (a report waits for the
      // slowest, not the sum); the sections keep the features' order.
      const parts = await Promise.all(features.map(async (feature) => (await feature.report?.(request, job)) ?? []));
      return parts.flat().filter((section: ReportSection) => !request.only || request.only.includes(section.id));
    },
  };
}

/** The calendar feed a token opens, from the first feature that knows it (the HTTP server serves it). */
export async function calendarFeedOf(
  features: readonly Feature[],
  token: string,
  job: JobContext,
): Promise<string | null> {
  for (const feature of features) {
    const feed = await feature.calendarFeed?.(token, job);
    if (feed !== null && feed !== undefined) return feed;
  }
  return null;
}
