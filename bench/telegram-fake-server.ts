// The fake Bot API in a process of its own, for the fan-out and report benchmarks: in the
// bot's process its clock would share the bot's event loop, and every pause of
// that loop would look like a burst of arrivals. Driven over IPC by the parent.

import { FakeBotApi, TELEGRAM_LIMITS } from '../tests/telegram/fake-bot-api.ts';

const api = await new FakeBotApi({ limits: TELEGRAM_LIMITS }).listen();

process.on('message', (raw) => {
  const message = raw as
    | { kind: 'setup'; groups: number; dms: number }
    | { kind: 'stats' }
    | { kind: 'uploads' }
    | { kind: 'close' };
  if (message.kind === 'setup') {
    const groups = Array.from({ length: message.groups }, () => api.group().id);
    const dms = Array.from({ length: message.dms }, (_, i) => {
      const chat = api.privateChat(`member${i}`);
      chat.started = true;
      return chat.id;
    });
    process.send!({ kind: 'setup', groups, dms });
  } else if (message.kind === 'stats') {
    process.send!({
      kind: 'stats',
      stats: api.stats,
      texts: api.sent.map((m) => m.text),
      times: api.acceptedTimes().map((s) => s.at),
    });
  } else if (message.kind === 'uploads') {
    // Files as the server received them (name, size, lines), for the export benchmark.
    const files = api.sent
      .filter((m) => m.upload)
      .map((m) => {
        // Lines as received, header included (CRLF line ends; the bench's names hold no line break).
        let rows = 0;
        for (let at = m.upload!.data.indexOf('\r\n'); at >= 0; at = m.upload!.data.indexOf('\r\n', at + 2)) rows++;
        return { fileName: m.upload!.fileName, size: m.upload!.data.length, rows };
      });
    process.send!({ kind: 'uploads', files });
  } else {
    void api.close().then(() => process.exit(0));
  }
});

process.send!({ kind: 'ready', url: api.url, token: api.token });
