// People and chats as the bot knows them: a platform account and a chat row.

import type { ChatKind, Platform } from '../types.ts';

export interface Account {
  id: string;
  platform: Platform;
  platformUserId: string;
  displayName: string;
  username: string | null;
  locale: string | null;
  localeHint: string | null;
  timezone: string | null;
  unreachableAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Chat {
  id: string;
  platform: Platform;
  platformChatId: string;
  kind: ChatKind;
  title: string | null;
  unreachableAt: Date | null;
}

export interface AccountInput {
  platform: Platform;
  platformUserId: string;
  displayName: string;
  username?: string | null;
  localeHint?: string | null;
  /** When a new account is first seen: the bot's clock (the playground's is virtual); the database's now when absent. */
  createdAt?: Date;
}

export interface AccountRepository {
  /** Create the account or refresh its name, username and language hint. */
  upsert(input: AccountInput): Promise<Account>;
  byId(id: string): Promise<Account | null>;
  byPlatformId(platform: Platform, platformUserId: string): Promise<Account | null>;
  /** Find by @username (without the @) among accounts of a platform, case-insensitive. */
  byUsername(platform: Platform, username: string): Promise<Account | null>;
  update(id: string, patch: Partial<Pick<Account, 'locale' | 'timezone' | 'unreachableAt'>>): Promise<Account>;
  /**
   * Delete everything held on this person (/forgetme): the account and what
   * hangs off it (memberships, profile, answers, reflections, pairings), their
   * buttons and others' buttons about them, deliveries to them, about them, or
   * not yet sent and naming them, their membership ids in others' lists;
   * audit entries keep the action but lose the actor. Their private chats go
   * with ChatRepository.forgetPrivate.
   */
  forget(id: string): Promise<void>;
}

export interface ChatInput {
  platform: Platform;
  platformChatId: string;
  kind: ChatKind;
  title?: string | null;
}

export interface ChatRepository {
  upsert(input: ChatInput): Promise<Chat>;
  /**
   * Several private chats at once (a job writing to a burst of people): rows
   * that exist are kept as they are, missing ones are created; same order as given.
   */
  upsertPrivate(platform: Platform, platformChatIds: string[]): Promise<Chat[]>;
  byId(id: string): Promise<Chat | null>;
  byPlatformId(platform: Platform, platformChatId: string): Promise<Chat | null>;
  markUnreachable(id: string, at: Date | null): Promise<void>;
  /** /forgetme: delete these private chats' rows, their deliveries and buttons (never a chat that holds a cohort). */
  forgetPrivate(platform: Platform, platformChatIds: string[]): Promise<void>;
  /**
   * Telegram group -> supergroup: the chat keeps its row and cohorts, with a new platform id.
   * When the new id's row holds the cohorts already, an empty row of the old id (created by a
   * late event from it) is deleted instead.
   */
  movePlatformId(platform: Platform, from: string, to: string): Promise<void>;
}
