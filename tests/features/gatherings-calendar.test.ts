// Gatherings in people's calendars: the .ics file with an answer and on
// request, and the cohort's feed served over HTTP under a secret that a
// coordinator can rotate; both read back by an independent parser (node-ical)
// for the TZID and the times, across Europe's clock change of 28 March 2027.

import nodeIcal, { type VEvent } from 'node-ical';
import { afterEach, describe, expect, it } from 'vitest';
import { dmChatId } from '../../adapters/fake/adapter.ts';
import { calendarFeedOf } from '../../src/core/feature-hooks.ts';
import { createMetrics } from '../../src/http/metrics.ts';
import { type HttpServer, startHttpServer } from '../../src/http/server.ts';
import { createWorld, type World } from '../helpers/scenario.ts';

const START = new Date('2027-03-01T09:00:00Z'); // Monday 10:00 in Madrid

async function madrid(world: World) {
  const group = world.group('Taller', { admins: ['alice'] });
  await group.as('alice').says('/cohort create Taller --timezone Europe/Madrid');
  for (const handle of ['bob', 'carol']) {
    await group.as(handle).says('/join');
    await world.dm(handle).says('/start');
  }
  await world.dm('alice').says('/start');
  return group;
}

function events(ics: string): VEvent[] {
  return Object.values(nodeIcal.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === 'VEVENT');
}

/** node-ical gives a property with parameters (URL;VALUE=URI) as { params, val }. */
function propertyText(property: unknown): string {
  return typeof property === 'object' && property !== null && 'val' in property
    ? String(property.val)
    : String(property);
}

function filesOf(world: World, handle: string) {
  return world.adapter.uploadsIn(dmChatId(world.person(handle).userId));
}

describe('gatherings: calendar', { timeout: 120_000 }, () => {
  let world: World;
  let server: HttpServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
    await world.close();
  });

  it('sends the .ics with "going" and on request, with the TZID, the times across the clock change and the join link', async () => {
    world = await createWorld({ start: START });
    const group = await madrid(world);
    await group
      .as('alice')
      .says(
        '/gathering create "Edit-a-thon" --at 2027-03-28 10:00 --until 13:00 --place "Biblioteca" --online "https://meet.example.org/x?a=1&b=2"',
      );
    await group.as('bob').presses('Going');
    const [file, ...more] = filesOf(world, 'bob');
    expect(more).toEqual([]);
    expect(file).toMatchObject({ fileName: 'gathering-1.ics', mimeType: 'text/calendar; charset=utf-8' });
    const [event] = events(file!.data.toString('utf8'));
    // 10:00 on the morning clocks go forward in Madrid is 08:00 UTC (CEST, +2).
    expect(event!.start.toISOString()).toBe('2027-03-28T08:00:00.000Z');
    expect(event!.start.tz).toBe('Europe/Madrid');
    expect(event!.end?.toISOString()).toBe('2027-03-28T11:00:00.000Z');
    expect(String(event!.summary)).toBe('Edit-a-thon');
    expect(String(event!.location)).toBe('Biblioteca');
    expect(propertyText(event!.url)).toBe('https://meet.example.org/x?a=1&b=2');
    expect(String(event!.description)).toContain('Join online: https://meet.example.org/x?a=1&b=2');

    // Another answer of the same kind sends no second file; "not going" none either.
    await group.as('bob').presses('Maybe');
    await group.as('bob').presses('Not going');
    expect(filesOf(world, 'bob')).toHaveLength(1);

    // On request: the file goes in private, the group only hears where it went.
    await group.as('carol').says('/gathering ics 1');
    group.expectBotSaid(/I sent you “Edit-a-thon” for your calendar in private/);
    expect(filesOf(world, 'carol')).toHaveLength(1);
    await group.as('carol').says('/gathering ics 7');
    group.expectBotSaid(/There is no gathering #7/);
    // Someone the bot may not write to first gets a clear answer, not a file in the group.
    await group.as('zed').says('/join');
    await group.as('zed').says('/gathering ics 1');
    group.expectBotSaid(/cannot send you a file in private/);
    expect(world.adapter.uploadsIn(group.chat.chatId)).toEqual([]);
    // In the private chat too, where the file comes anyway.
    await world.dm('carol').says('/gathering ics 1');
    expect(filesOf(world, 'carol')).toHaveLength(2);
  });

  it('serves the cohort feed under a secret only coordinators read, follows edits and cancels, and stops at a reset', async () => {
    world = await createWorld({ start: START });
    world.local.services.publicUrl = 'https://bot.example.org';
    const group = await madrid(world);
    await group.as('alice').says('/gathering create "Edit-a-thon" --at 2027-03-28 10:00 --until 13:00');
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      metrics: createMetrics({ defaultMetrics: false }),
      checks: { database: async () => {}, redis: async () => {} },
      calendarFeed: (token) => calendarFeedOf(world.local.bot.features, token, world.local.bot.job),
    });
    const fetchFeed = (path: string) => fetch(`http://127.0.0.1:${server!.port}${path}`);

    await group.as('bob').says('/gathering feed');
    group.expectBotSaid(/Only a coordinator/);
    await group.as('alice').says('/gathering feed');
    const link = /webcal:\/\/bot\.example\.org\/calendar\/([\w-]+)\.ics/.exec(world.dm('alice').lastBotMessage());
    expect(link).not.toBeNull();
    const token = link![1]!;
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(world.dm('alice').lastBotMessage()).toContain(`https://bot.example.org/calendar/${token}.ics`);
    // The secret never shows in the group.
    expect(group.botMessages().join('\n')).not.toContain(token);

    const response = await fetchFeed(`/calendar/${token}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const [first] = events(await response.text());
    expect(first!.start.toISOString()).toBe('2027-03-28T08:00:00.000Z');
    expect(first!.start.tz).toBe('Europe/Madrid');

    // Moved to the day before the change: 10:00 is then 09:00 UTC (CET, +1), and the copy is newer.
    world.local.clock.advance(60_000);
    await group.as('alice').says('/gathering edit 1 --at 2027-03-27 10:00');
    const [moved] = events(await (await fetchFeed(`/calendar/${token}.ics`)).text());
    expect(moved!.start.toISOString()).toBe('2027-03-27T09:00:00.000Z');
    expect(Number(moved!.sequence)).toBeGreaterThan(Number(first!.sequence));

    await group.as('alice').says('/gathering cancel 1');
    await group.as('alice').presses('Yes, cancel it');
    const [cancelled] = events(await (await fetchFeed(`/calendar/${token}.ics`)).text());
    expect(cancelled!.status).toBe('CANCELLED');

    // A reset ends the old link at once.
    await group.as('alice').says('/gathering feed reset');
    const fresh = /webcal:\/\/bot\.example\.org\/calendar\/([\w-]+)\.ics/.exec(world.dm('alice').lastBotMessage())![1]!;
    expect(fresh).not.toBe(token);
    expect((await fetchFeed(`/calendar/${token}.ics`)).status).toBe(404);
    expect((await fetchFeed(`/calendar/${fresh}.ics`)).status).toBe(200);
    expect((await fetchFeed('/calendar/not-a-token.ics')).status).toBe(404);
    expect((await fetchFeed(`/calendar/${fresh}`)).status).toBe(404);
  });

  it('says so when the operator set no public address', async () => {
    world = await createWorld({ start: START });
    const group = await madrid(world);
    await group.as('alice').says('/gathering feed');
    expect(world.dm('alice').lastBotMessage()).toMatch(/no public address set \(PUBLIC_URL\)/);
  });
});
