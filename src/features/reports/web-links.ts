// Signed links to a cohort's report page: an HMAC-SHA256 over the cohort id,
// the cohort's link generation, an expiry and the reader's language. The
// cohort id is in the path, not in the token, so a token moved to another
// cohort's path fails its signature. `/report web revoke` bumps the
// generation: every link signed before is refused.

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Store } from '../../core/store.ts';

/** Where the generated secret is kept when REPORT_LINK_SECRET is unset (one per database, so every process agrees). */
const SECRET_KEY = 'reports/link-secret';

export interface LinkClaims {
  cohortId: string;
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

function signature(secret: string, c: LinkClaims): Buffer {
  return createHmac('sha256', secret)
    .update(`report-page\n${c.cohortId}\n${c.epoch}\n${c.expires}\n${c.locale}`)
    .digest();
}

/** The token that goes after the cohort id in the page's path. */
export function signLink(secret: string, claims: LinkClaims): string {
  return `${claims.epoch}.${claims.expires}.${claims.locale}.${signature(secret, claims).toString('base64url')}`;
}

/**
 * The claims of a token for this cohort, or null when it is malformed or its
 * signature does not match (the caller checks expiry and generation).
 */
export function readLink(secret: string, cohortId: string, token: string): LinkClaims | null {
  const match = /^(\d{1,9})\.(\d{1,12})\.([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const claims: LinkClaims = { cohortId, epoch: Number(match[1]), expires: Number(match[2]), locale: match[3]! };
  const given = Buffer.from(match[4]!, 'base64url');
  const expected = signature(secret, claims);
  return given.length === expected.length && timingSafeEqual(given, expected) ? claims : null;
}
