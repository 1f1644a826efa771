// Pictures and files over the Telegram adapter and the fake Bot API over real
// HTTP: a chart goes as sendPhoto with the PNG uploaded as multipart, an
// export as sendDocument keeping its name and bytes.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TelegramAdapter } from '../../adapters/telegram/index.ts';
import { DeliveryError } from '../../src/core/errors.ts';
import type { ChatRef } from '../../src/core/types.ts';
import { chartPng } from '../../src/features/shared/report-output/render.ts';
import { FakeBotApi, type FakeChat } from './fake-bot-api.ts';
import { pollingAdapter } from './helpers.ts';

let api: FakeBotApi;
let adapter: TelegramAdapter;

const ref = (chat: FakeChat): ChatRef => ({
  platform: 'telegram',
  chatId: String(chat.id),
  kind: chat.type === 'private' ? 'private' : 'group',
});

const spec = {
  title: 'Check-ins: who answered',
  data: { values: [{ week: '2027-01-11', rate: 71 }] },
  mark: 'bar',
  encoding: { x: { field: 'week', type: 'ordinal' }, y: { field: 'rate', type: 'quantitative' } },
};

/** A private chat where the person wrote to the bot first (Telegram: only then may the bot write). */
function talking(handle: string): FakeChat {
  const chat = api.privateChat(handle);
  api.say(handle, chat, '/start');
  return chat;
}

beforeEach(async () => {
  api = await new FakeBotApi().listen();
  adapter = pollingAdapter(api);
  await adapter.start(async () => {});
});
afterEach(async () => {
  await adapter.stop();
  await api.close();
});

describe('telegram adapter: pictures and files', () => {
  it('sends a chart as a photo with its caption, the PNG arriving byte for byte', async () => {
    const png = await chartPng(spec, 'en');
    const chat = talking('alice');
    await adapter.sendImage(ref(chat), { png, caption: 'Check-ins: who answered', altText: '71%', fileName: 'c.png' });
    const [sent] = api.inChat(chat.id).filter((m) => m.upload);
    expect(sent!.upload).toMatchObject({ kind: 'photo', fileName: 'c.png', caption: 'Check-ins: who answered' });
    expect(sent!.upload!.data.equals(png)).toBe(true);
  });

  it('sends an export as a document with its file name', async () => {
    const chat = talking('alice');
    const data = Buffer.from('\uFEFFweek,rate\r\n2027-01-11,71\r\n', 'utf8');
    await adapter.sendFile(ref(chat), {
      data,
      fileName: 'checkins.csv',
      mimeType: 'text/csv',
      caption: 'checkins.csv',
    });
    const [sent] = api.inChat(chat.id).filter((m) => m.upload);
    expect(sent!.upload).toMatchObject({ kind: 'document', fileName: 'checkins.csv' });
    expect(sent!.upload!.data.equals(data)).toBe(true);
  });

  it('reports a photo Telegram refuses as a rejected delivery', async () => {
    const chat = talking('alice');
    const error = await adapter
      .sendImage(ref(chat), { png: Buffer.from('not a png'), caption: 'x', altText: 'x', fileName: 'x.png' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).failure.kind).toBe('rejected');
    expect(api.inChat(chat.id).filter((m) => m.upload)).toEqual([]);
  });
});
