// Pictures and files over the Matrix adapter on a real Synapse: uploaded to
// the media repository, then an m.image (body: the alt text) or an m.file
// that a person's client downloads byte for byte.

import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatrixAdapter } from '../../adapters/matrix/index.ts';
import type { ChatAdapter, ChatRef } from '../../src/core/types.ts';
import { chartPng } from '../../src/features/shared/report-output/render.ts';
import { waitFor } from '../helpers/wait.ts';
import {
  download,
  homeserverUrl,
  type Json,
  type MatrixUser,
  memoryState,
  quietLog,
  register,
  SKIP_REASON,
} from './helpers.ts';

describe.skipIf(!homeserverUrl)(`matrix pictures and files (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  let adapter: ChatAdapter & { rooms: { dmWith(userId: string): string | undefined } };
  let bot: MatrixUser;
  let alice: MatrixUser;
  let dm: ChatRef;

  beforeAll(async () => {
    bot = await register('bot');
    alice = await register('alice');
    adapter = createMatrixAdapter({
      homeserverUrl: homeserverUrl!,
      auth: { kind: 'accessToken', accessToken: bot.token },
      allowedInviters: 'own-server',
      coordinatorPowerLevel: 50,
      state: memoryState(),
      log: quietLog,
      dataDir: '/tmp',
      syncTimeoutMs: 1000,
    }) as typeof adapter;
    await adapter.start(async () => {});
    const roomId = await alice.createRoom({ is_direct: true, invite: [bot.userId], preset: 'trusted_private_chat' });
    await waitFor('dm recorded', async () => adapter.rooms.dmWith(alice.userId) === roomId);
    dm = { platform: 'matrix', chatId: roomId, kind: 'private' };
  }, 60_000);

  afterAll(async () => {
    await adapter?.stop();
  });

  it('posts a chart as m.image with its alt text as body and its size, downloadable as the same PNG', async () => {
    const png = await chartPng(
      {
        title: 'Members over time',
        data: { values: [{ week: '2027-01-04', people: 7 }] },
        mark: 'bar',
        encoding: { x: { field: 'week', type: 'ordinal' }, y: { field: 'people', type: 'quantitative' } },
      },
      'en',
    );
    const altText = 'Members over time\nNow: 6 active, 1 on a break, 1 left.';
    const sent = await adapter.sendImage!(dm, { png, caption: 'Members over time', altText, fileName: 'members.png' });
    const event = (await alice.messages(dm.chatId)).find((e: Json) => e.event_id === sent.messageId)!;
    expect(event.content).toMatchObject({
      msgtype: 'm.image',
      body: altText,
      filename: 'members.png',
      info: { mimetype: 'image/png', size: png.length, w: png.readUInt32BE(16), h: png.readUInt32BE(20) },
    });
    expect(event.content.url).toMatch(/^mxc:\/\//);
    expect((await download(alice, event.content.url)).equals(png)).toBe(true);
  });

  it('posts an export as m.file with its name', async () => {
    const data = Buffer.from('\uFEFFweek,rate\r\n2027-01-11,71\r\n', 'utf8');
    const sent = await adapter.sendFile!(dm, {
      data,
      fileName: 'checkins.csv',
      mimeType: 'text/csv',
      caption: 'checkins.csv',
    });
    const event = (await alice.messages(dm.chatId)).find((e: Json) => e.event_id === sent.messageId)!;
    expect(event.content).toMatchObject({
      msgtype: 'm.file',
      filename: 'checkins.csv',
      info: { mimetype: 'text/csv' },
    });
    expect((await download(alice, event.content.url)).equals(data)).toBe(true);
  });

  it('streams a file on disk into the media repository (a big export, never in memory)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'matrix-upload-'));
    try {
      // ~3 MiB of CSV rows: bigger than a stream's chunk, so the upload is really piped.
      const row = '2027-01-11,k1,m1,Name,yes\r\n';
      const data = Buffer.from(`\uFEFF${row.repeat(120_000)}`, 'utf8');
      const path = join(dir, 'participation.csv');
      writeFileSync(path, data);
      const sent = await adapter.sendFile!(dm, {
        path,
        size: data.length,
        fileName: 'participation.csv',
        mimeType: 'text/csv; charset=utf-8',
      });
      const event = (await alice.messages(dm.chatId)).find((e: Json) => e.event_id === sent.messageId)!;
      expect(event.content).toMatchObject({
        msgtype: 'm.file',
        filename: 'participation.csv',
        info: { mimetype: 'text/csv; charset=utf-8', size: data.length },
      });
      expect((await download(alice, event.content.url)).equals(data)).toBe(true);

      // A file that vanished before the send: a delivery error, not a crash or a hung request.
      await expect(
        adapter.sendFile!(dm, { path: join(dir, 'gone.csv'), size: 10, fileName: 'gone.csv', mimeType: 'text/csv' }),
      ).rejects.toMatchObject({ name: 'DeliveryError' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('refuses a file above the homeserver’s max_upload_size before uploading it, with the limit', async () => {
    // What the homeserver says it takes (Synapse's max_upload_size), as a client reads it.
    const res = await fetch(`${homeserverUrl}/_matrix/client/v1/media/config`, {
      headers: { authorization: `Bearer ${alice.token}` },
    });
    const limit = ((await res.json()) as { 'm.upload.size': number })['m.upload.size'];
    expect(limit).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), 'matrix-upload-'));
    try {
      // A sparse file one byte above the limit: nothing is read, nothing is sent.
      const path = join(dir, 'participation.csv');
      writeFileSync(path, '');
      truncateSync(path, limit + 1);
      const before = (await alice.messages(dm.chatId)).length;
      await expect(
        adapter.sendFile!(dm, { path, size: limit + 1, fileName: 'participation.csv', mimeType: 'text/csv' }),
      ).rejects.toMatchObject({ name: 'DeliveryError', failure: { kind: 'rejected', limitBytes: limit } });
      expect((await alice.messages(dm.chatId)).length).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
