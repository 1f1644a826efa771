// Localized words for the values features print: roles, statuses, yes/no.
// Fluent cannot pass a variable to a term, so the word is looked up here and
// inserted as ready markup.

import type { Context } from '../../core/context.ts';
import { Markup } from '../../core/i18n.ts';

export function roleLabel(ctx: Context, role: string): Markup {
  return new Markup(ctx.t('role-name', { role }));
}

export function statusLabel(ctx: Context, status: string): Markup {
  return new Markup(ctx.t('status-name', { status }));
}

export function yesNoLabel(ctx: Context, value: boolean): Markup {
  return new Markup(ctx.t(value ? 'value-yes' : 'value-no'));
}
