// The Telegram adapter's public face: main.ts calls createTelegramAdapter and,
// in webhook mode, mounts adapter.route(app) on the HTTP server.

import { TelegramAdapter, type TelegramAdapterOptions } from './adapter.ts';

export { TelegramAdapter, type TelegramAdapterOptions, telegramCapabilities } from './adapter.ts';
export { buildCommandMenus, type CommandInfo, type CommandMenu } from './commands.ts';
export { failureOf } from './errors.ts';
export { type Limits, telegramLimits } from './limiter.ts';
export { ALLOWED_UPDATES, type UpdateQueue } from './updates.ts';

export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  return new TelegramAdapter(options);
}
