// Whom `/survey send --to` reaches: the cohort (default), a gathering's
// participants (those marked present, else those who said they were going;
// read from the store, the gatherings feature is not imported), or the
// members of a role (mentor, coordinator, member). Active members only.

import { UserError } from '../../core/errors.ts';
import type { Cohort, MemberWithAccount, Role, Store } from '../../core/store.ts';

const ROLES: readonly Role[] = ['member', 'mentor', 'coordinator'];

export async function audienceOf(store: Store, cohort: Cohort, to: string): Promise<MemberWithAccount[]> {
  const active = await store.memberships.list(cohort.id, { status: ['active'] });
  const value = to.trim().toLowerCase();
  if (value === 'cohort') return active;
  const gathering = /^gathering:#?(\d{1,6})$/.exec(value);
  if (gathering) {
    const g = await store.gatherings.byNumber(cohort.id, Number(gathering[1]));
    if (!g) throw new UserError('survey-error-no-gathering', { id: gathering[1]! });
    const rsvps = await store.gatherings.rsvps(g.id);
    const present = rsvps.filter((r) => r.attendedAt !== null);
    const chosen = new Set(
      (present.length > 0 ? present : rsvps.filter((r) => r.answer === 'going')).map((r) => r.membershipId),
    );
    return active.filter((m) => chosen.has(m.id));
  }
  const role = /^role:(\w+)$/.exec(value);
  if (role && (ROLES as readonly string[]).includes(role[1]!)) return active.filter((m) => m.role === role[1]);
  throw new UserError('survey-error-audience-to', { value: to.slice(0, 30) });
}
