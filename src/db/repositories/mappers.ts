// Prisma rows -> the core's plain records. Explicit field lists, so that a
// column added to the schema never leaks into the core by accident, and the
// string columns are narrowed to the core's unions in one place.

import type {
  Account,
  ActionToken,
  AuditEntry,
  Chat,
  Cohort,
  CohortStatus,
  Delivery,
  DeliveryStatus,
  Membership,
  MembershipStatus,
  Role,
} from '../../core/store.ts';
import type { ChatKind, OutboundMessage, Platform } from '../../core/types.ts';
import type * as Rows from '../generated/client.ts';

export function toAccount(row: Rows.Account): Account {
  return {
    id: row.id,
    platform: row.platform as Platform,
    platformUserId: row.platformUserId,
    displayName: row.displayName,
    username: row.username,
    locale: row.locale,
    localeHint: row.localeHint,
    timezone: row.timezone,
    unreachableAt: row.unreachableAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toChat(row: Rows.Chat): Chat {
  return {
    id: row.id,
    platform: row.platform as Platform,
    platformChatId: row.platformChatId,
    kind: row.kind as ChatKind,
    title: row.title,
    unreachableAt: row.unreachableAt,
  };
}

export function toCohort(row: Rows.Cohort): Cohort {
  return {
    id: row.id,
    chatId: row.chatId,
    threadId: row.threadId,
    name: row.name,
    languages: row.languages,
    region: row.region,
    themes: row.themes,
    timezone: row.timezone,
    locale: row.locale,
    status: row.status as CohortStatus,
    pausedUntil: row.pausedUntil,
    namesInGroup: row.namesInGroup,
    smallestGroup: row.smallestGroup,
    joinCode: row.joinCode,
    createdAt: row.createdAt,
    archivedAt: row.archivedAt,
  };
}

export function toMembership(row: Rows.Membership): Membership {
  return {
    id: row.id,
    cohortId: row.cohortId,
    accountId: row.accountId,
    role: row.role as Role,
    status: row.status as MembershipStatus,
    languages: row.languages,
    region: row.region,
    topics: row.topics,
    timezone: row.timezone,
    mentoringCapacity: row.mentoringCapacity,
    wantsMentor: row.wantsMentor,
    about: row.about,
    stage: row.stage,
    preferences: row.preferences ?? [],
    avoid: row.avoid ?? [],
    joinedAt: row.joinedAt,
    updatedAt: row.updatedAt,
  };
}

export function toAuditEntry(row: Rows.AuditEntry): AuditEntry {
  return {
    id: row.id,
    cohortId: row.cohortId,
    chatId: row.chatId,
    actorAccountId: row.actorAccountId,
    action: row.action,
    details: asRecord(row.details),
    createdAt: row.createdAt,
  };
}

export function toActionToken(row: Rows.ActionToken): ActionToken {
  return {
    id: row.id,
    kind: row.kind,
    accountId: row.accountId,
    chatId: row.chatId,
    payload: asRecord(row.payload),
    expiresAt: row.expiresAt,
    usedAt: row.usedAt,
  };
}

export function toDelivery(row: Rows.Delivery): Delivery {
  return {
    idempotencyKey: row.idempotencyKey,
    platform: row.platform as Platform,
    platformChatId: row.platformChatId,
    threadId: row.threadId,
    recipientAccountId: row.recipientAccountId,
    message: row.message === null ? null : (row.message as unknown as OutboundMessage),
    status: row.status as DeliveryStatus,
    platformMessageId: row.platformMessageId,
    attempts: row.attempts,
    partsSent: row.partsSent,
    lastError: row.lastError,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  };
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
