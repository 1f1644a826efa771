// The audit log for coordinators: who did what in a cohort (role changes,
// pairings, exports, survey sends, ...), as the entries were recorded: ids
// and field names, never message text (core/store/audit.ts). /audit shows it
// in private; the report page shows the same rows.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { escapeHtml } from '../../core/markup.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import type { AuditEntry, Cohort, Store } from '../../core/store.ts';
import { midnightIn } from '../../core/validate.ts';

/** Entries shown at most (newest first). */
export const AUDIT_LIMIT = 50;

export interface AuditRow {
  /** "2027-01-05 14:03" in the reader's timezone. */
  when: string;
  /** The actor's display name in this cohort, or their account id once they left it (or "—": the bot or the web page). */
  who: string;
  action: string;
  /** "field=value" pairs of ids and settings. */
  details: string;
}

const stamp = (at: Date, timezone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: timezone, dateStyle: 'short', timeStyle: 'short' }).format(at);

function detailText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

/** The cohort's latest entries as plain-text rows (the caller escapes them for its markup). */
export async function auditRows(store: Store, cohort: Cohort, timezone: string, since?: Date): Promise<AuditRow[]> {
  const entries: AuditEntry[] = await store.audit.list({
    cohortId: cohort.id,
    limit: AUDIT_LIMIT,
    ...(since ? { since } : {}),
  });
  const names = new Map((await store.memberships.list(cohort.id)).map((m) => [m.accountId, m.account.displayName]));
  return entries.map((e) => ({
    when: stamp(e.createdAt, timezone),
    who: e.actorAccountId ? (names.get(e.actorAccountId) ?? e.actorAccountId) : '—',
    action: e.action,
    details: detailText(e.details),
  }));
}

function sinceOf(args: ParsedArgs, cohort: Cohort, now: Date): Date | undefined {
  const flag = args.flags.get('since');
  if (flag === undefined) return undefined;
  const value = flag === true ? '' : flag.trim();
  const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? midnightIn(value, cohort.timezone) : null;
  if (!at) throw new UserError('report-error-since', { value: value.slice(0, 40) });
  if (at > now) throw new UserError('report-error-since-future', { value });
  return at;
}

/** /audit [--since 2027-01-01]: the cohort's audit log, in private. */
export async function auditCommand(ctx: Context, args: ParsedArgs): Promise<void> {
  if (!ctx.cohort) throw new UserError('error-no-cohort-here');
  const cohort = ctx.cohort;
  if (args.positional.length > 0) throw new UserError('audit-error-word', { word: args.positional[0]!.slice(0, 40) });
  const since = sinceOf(args, cohort, ctx.services.clock.now());
  await replyPrivately(ctx, async () => {
    const rows = await auditRows(ctx.store, cohort, ctx.timezone, since);
    if (rows.length === 0) return ctx.t('audit-empty', { cohort: cohort.name });
    const lines = rows.map(
      (r) =>
        `${escapeHtml(r.when)} · ${escapeHtml(r.who)} · <code>${escapeHtml(r.action)}</code>${r.details ? ` · ${escapeHtml(r.details)}` : ''}`,
    );
    return [ctx.t('audit-header', { cohort: cohort.name, count: rows.length }), '', ...lines].join('\n');
  });
}
