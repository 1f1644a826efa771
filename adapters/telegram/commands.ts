// The command menus Telegram shows when someone types "/": one per language
// and per scope (private chats, groups). Built from the core's command list and
// its translations by the caller (main.ts), so this adapter needs no i18n; set at start.

import type { Api } from 'grammy';
import type { BotCommand, BotCommandScope, LanguageCode } from 'grammy/types';
import { errorText } from './errors.ts';
import type { Log } from './updates.ts';

export interface CommandInfo {
  name: string;
  where: 'group' | 'private' | 'any';
  hidden?: boolean;
}

export interface CommandMenu {
  scope: 'private' | 'group';
  /** Two-letter language code; '' is the default menu for every other language. */
  language: string;
  commands: BotCommand[];
}

/**
 * Menus for every language and scope. `describe(locale, command)` returns the
 * plain-text summary (e.g. from Fluent `cmd-<name>-summary`).
 */
export function buildCommandMenus(
  commands: readonly CommandInfo[],
  locales: readonly string[],
  describe: (locale: string, command: string) => string,
  defaultLocale = 'en',
): CommandMenu[] {
  const menus: CommandMenu[] = [];
  for (const scope of ['private', 'group'] as const) {
    const listed = commands.filter((c) => !c.hidden && (c.where === 'any' || c.where === scope));
    // Telegram takes two-letter codes only: pt-BR's menu is the "pt" one.
    const byLanguage = new Map(locales.map((l) => [l.split('-')[0]!.toLowerCase(), l] as const));
    for (const language of ['', ...byLanguage.keys()]) {
      const locale = byLanguage.get(language) ?? defaultLocale;
      menus.push({
        scope,
        language,
        commands: listed.slice(0, 100).map((c) => ({
          command: c.name,
          // Telegram: 1-256 characters, plain text.
          description:
            describe(locale, c.name)
              .replace(/[\u2068\u2069]/g, '')
              .slice(0, 256) || c.name,
        })),
      });
    }
  }
  return menus;
}

export function scopeOf(menu: CommandMenu): BotCommandScope {
  return { type: menu.scope === 'private' ? 'all_private_chats' : 'all_group_chats' };
}

/** Set the menus at start; a menu Telegram refuses is logged, not fatal. */
export async function setCommandMenus(api: Api, menus: readonly CommandMenu[], log: Log): Promise<void> {
  for (const menu of menus) {
    try {
      await api.setMyCommands(menu.commands, {
        scope: scopeOf(menu),
        ...(menu.language ? { language_code: menu.language as LanguageCode } : {}),
      });
    } catch (err) {
      log.warn({ err: errorText(err), language: menu.language }, 'telegram: could not set commands');
    }
  }
}
