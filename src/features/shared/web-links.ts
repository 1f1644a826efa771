// Signed links to the bot's web pages (a cohort's report page, a network's
// page of shared items): an HMAC-SHA256 over the page's kind, the id of what it
// shows (a cohort, a network), its link generation, an expiry and the reader's
// language. The id is in the path, not in the token, so a token moved to
// another cohort's or network's path fails its signature, and the kind is
// signed too, so a report link does not open a network page of the same id.
// Revoking bumps the generation: every link signed before is refused.

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Store } from '../../core/store.ts';

/** Where the generated secret is kept when REPORT_LINK_SECRET is unset (one per database, so every process agrees). */
const SECRET_KEY = 'reports/link-secret';

/** What a link opens: "report-page" (a cohort's report) or "network-page" (a network's shared items). */
export type LinkKind = 'report-page' | 'network-page';

export interface LinkClaims {
  /** The cohort (report page) or network (network page) in the path. */
  subjectId: string;
  epoch: number;
  /** Seconds since the epoch. */
  expires: number;
  locale: string;
}

/** The configured secret, or the one this database keeps (created on first use). */
export async function linkSecret(store: Store, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const kept = await store.adapterState.get(SECRET_KEY);
  if (kept) return kept;
  await store.adapterState.set(SECRET_KEY, randomBytes(32).toString('base64url'));
  // Read back: when two processes raced, both use the value that was written last.
  return (await store.adapterState.get(SECRET_KEY))!;
}

function signature(secret: string, kind: LinkKind, c: LinkClaims): Buffer {
  return createHmac('sha256', secret).update(`${kind}\n${c.subjectId}\n${c.epoch}\n${c.expires}\n${c.locale}`).digest();
}

/** The token that goes after the subject's id in the page's path. */
export function signLink(secret: string, kind: LinkKind, claims: LinkClaims): string {
  return `${claims.epoch}.${claims.expires}.${claims.locale}.${signature(secret, kind, claims).toString('base64url')}`;
}

/** A token valid `linkHours` from `now`, signed with the configured (or kept) secret. */
export async function freshToken(
  store: Store,
  config: { linkSecret?: string | undefined; linkHours: number },
  kind: LinkKind,
  claims: Omit<LinkClaims, 'expires'>,
  now: Date,
): Promise<string> {
  const expires = Math.floor(now.getTime() / 1000) + config.linkHours * 3600;
  return signLink(await linkSecret(store, config.linkSecret), kind, { ...claims, expires });
}

const TOKEN = /^(\d{1,9})\.(\d{1,12})\.([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)\.([A-Za-z0-9_-]{43})$/;

/**
 * The claims of a token for this subject, or null when it is malformed or its
 * signature does not match (the caller checks expiry and generation).
 */
export function readLink(secret: string, kind: LinkKind, subjectId: string, token: string): LinkClaims | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const claims: LinkClaims = { subjectId, epoch: Number(match[1]), expires: Number(match[2]), locale: match[3]! };
  const given = Buffer.from(match[4]!, 'base64url');
  const expected = signature(secret, kind, claims);
  return given.length === expected.length && timingSafeEqual(given, expected) ? claims : null;
}

/**
 * The language a token claims, unchecked: only for the words of the page that
 * refuses it (a forged one changes nothing but the language of the refusal).
 */
export function claimedLocale(token: string): string | undefined {
  return TOKEN.exec(token)?.[3];
}
