// /report web, /report web revoke, /audit and a streamed /export in a real
// Matrix room (Synapse), with the report page on the bot's real HTTP server:
// the link and the audit log arrive in the coordinator's private room, never
// in the cohort's room; the page opens over HTTP until the revoke (then 403);
// the participation CSV is uploaded from a temporary file as an m.file that
// the coordinator downloads byte for byte.

import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReportWeb } from '../../src/features/reports/web.ts';
import { createMetrics } from '../../src/http/metrics.ts';
import { type HttpServer, startHttpServer } from '../../src/http/server.ts';
import { checkInAfterJoins } from '../helpers/checkin-seed.ts';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { download, homeserverUrl, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld, roomWithBot } from './world.ts';

describe.skipIf(!homeserverUrl)(
  `matrix /report web and /audit (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`,
  () => {
    let world: MatrixWorld;
    let closeStore: () => Promise<void>;
    let http: HttpServer;
    let base: string;
    let botUser: MatrixUser;
    let coord: MatrixUser;
    let bob: MatrixUser;
    let roomId: string;
    let dm: string;

    const saidIn = async (user: MatrixUser, room: string) =>
      (await user.botSaid(room, botUser.userId)).map((m) => m.body);

    beforeAll(async () => {
      [botUser, coord, bob] = await Promise.all([
        register('reportbot'),
        register('reportcoord'),
        register('reportbob'),
      ]);
      const opened = await openTestStore('postgres');
      closeStore = opened.close;
      world = new MatrixWorld(opened.store, botUser, [coord.userId], []);
      http = await startHttpServer({
        port: 0,
        host: '127.0.0.1',
        metrics: createMetrics({ defaultMetrics: false }),
        checks: { database: async () => {}, redis: async () => {} },
        reportWeb: createReportWeb({ features: world.bot.features, job: world.bot.job }),
      });
      base = `http://127.0.0.1:${http.port}`;
      world.services.reportWeb = { publicUrl: base, linkHours: 24 };
      await world.start();
      roomId = await roomWithBot(botUser, coord, [bob], 'Report room');
      await coord.say(roomId, '!cohort create Lagos');
      await waitFor('cohort', async () => (await saidIn(coord, roomId)).some((b) => /Cohort Lagos created/.test(b)));
      await bob.say(roomId, '!join');
      await waitFor('joined', async () => (await saidIn(coord, roomId)).some((b) => /Welcome to Lagos/.test(b)));
    }, 90_000);

    afterAll(async () => {
      await http?.close();
      await world?.stop();
      await closeStore?.();
    });

    it('sends the page link privately, serves the page, and a revoke makes it 403', async () => {
      await coord.say(roomId, '!report web');
      dm = await waitFor('coordinator dm', async () => world.adapter.rooms.dmWith(coord.userId));
      await coord.join(dm);
      const linkText = await waitFor('link', async () =>
        (await saidIn(coord, dm)).find((b) => /Your private report page for Lagos/.test(b)),
      );
      const link = new RegExp(`${base}/r/[\\w-]+/[\\w.-]+`).exec(linkText)?.[0];
      expect(link, linkText).toBeDefined();
      expect((await saidIn(coord, roomId)).join('\n')).not.toMatch(/\/r\/|127\.0\.0\.1/);

      const page = await fetch(link!);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Members over time');
      expect(html).toContain('report.web');

      await coord.say(roomId, '!report web revoke');
      await waitFor('revoked', async () =>
        (await saidIn(coord, roomId)).some((b) => /Every report page link of Lagos given out so far/.test(b)),
      );
      const refused = await fetch(link!);
      expect(refused.status).toBe(403);
      expect(await refused.text()).not.toContain('Lagos');
    }, 90_000);

    it('sends /audit privately with ids and field names only; a member is refused', async () => {
      await coord.say(roomId, '!audit');
      const audit = await waitFor('audit', async () =>
        (await saidIn(coord, dm)).find((b) => /Audit log of Lagos/.test(b)),
      );
      expect(audit).toMatch(/report\.web\.revoke · linkEpoch=1/);
      expect(audit).toMatch(/report\.web · hours=24, linkEpoch=0/);
      for (const line of audit.split('\n').filter((l) => / · /.test(l))) {
        expect(line).toMatch(/^[\d-]+ [\d:]+ · [^·]+ · [\w.]+( · \w+=[^,]*(, \w+=[^,]*)*)?$/);
      }
      expect(audit).not.toMatch(/\/r\/|http/);
      expect((await saidIn(coord, roomId)).join('\n')).not.toMatch(/linkEpoch|Audit log of/);

      await bob.say(roomId, '!audit');
      await waitFor('member refused', async () =>
        (await saidIn(bob, roomId)).some((b) => /Only a coordinator of this cohort can do that/.test(b)),
      );
      expect((await saidIn(coord, roomId)).join('\n')).not.toMatch(/linkEpoch/);
    }, 90_000);

    it('uploads the participation CSV from a temporary file as an m.file in private', async () => {
      const chat = (await world.store.chats.byPlatformId('matrix', roomId))!;
      const lagos = (await world.store.cohorts.liveFor(chat.id, ''))!;
      const members = await world.store.memberships.list(lagos.id);
      // Real time here (Synapse's clock): a check-in that came and closed just now.
      const checkIn = await checkInAfterJoins(world.store, lagos.id, 1, 10);
      // One of the two answered (the coordinator, who created the cohort, is a member of it too).
      expect(members).toHaveLength(2);
      const [answering, silent] = members as [(typeof members)[0], (typeof members)[0]];
      await world.store.checkins.saveAnswer(checkIn.id, answering.id, { answers: ['fine'], cursor: null });
      await world.store.checkins.close(checkIn.id, []);
      await new Promise((resolve) => setTimeout(resolve, 20));

      await coord.say(dm, '!export csv --what checkins');
      const file = await waitFor('participation file', async () =>
        (await coord.messages(dm)).find(
          (e) => e.content?.msgtype === 'm.file' && /-participation\.csv$/.test(e.content.filename),
        ),
      );
      expect(file.content.info.mimetype).toBe('text/csv; charset=utf-8');
      const data = await download(coord, file.content.url);
      expect(file.content.info.size).toBe(data.length);
      const text = data.toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = parse(text.slice(1)) as string[][];
      expect(rows[0]).toEqual(['checkin_date', 'checkin_id', 'member_id', 'name', 'answered']);
      expect(rows.slice(1).map((r) => [r[2], r[4]])).toEqual(
        expect.arrayContaining([
          [answering.id, 'yes'],
          [silent.id, 'no'],
        ]),
      );
      expect((await coord.messages(roomId)).some((e) => e.content?.msgtype === 'm.file')).toBe(false);
    }, 90_000);
  },
);
