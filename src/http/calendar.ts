// Calendar feeds over HTTP: GET /calendar/<token>.ics answers the iCalendar
// text a feature makes for that secret token (core/feature-hooks
// calendarFeedOf), so calendar apps subscribe with https:// or webcal://.
// An unknown or rotated token is a plain 404: it says nothing about cohorts.

import type { Hono } from 'hono';

export type CalendarFeed = (token: string) => Promise<string | null>;

export const CALENDAR_PATH = '/calendar';

export function mountCalendarFeed(app: Hono, feed: CalendarFeed): void {
  app.get(`${CALENDAR_PATH}/:file`, async (c) => {
    const match = /^([\w-]{20,64})\.ics$/.exec(c.req.param('file'));
    const body = match ? await feed(match[1]!) : null;
    if (body === null) return c.json({ error: 'not found' }, 404);
    return c.body(body, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      // Calendar apps poll; edits and cancels must show on the next poll, and the secret stays out of caches.
      'cache-control': 'private, no-store',
      'content-disposition': 'inline; filename="gatherings.ics"',
    });
  });
}
