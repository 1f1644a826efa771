// Localized words for the values features print: roles, statuses, yes/no.
// Fluent cannot pass a variable to a term, so the word is looked up here and
// inserted as ready markup.

import type { Context } from '../../core/context.ts';
import { Markup } from '../../core/i18n.ts';
import { languageNames, listOf } from '../../core/words.ts';

export function roleLabel(ctx: Context, role: string): Markup {
  return new Markup(ctx.t('role-name', { role }));
}

export function statusLabel(ctx: Context, status: string): Markup {
  return new Markup(ctx.t('status-name', { status }));
}

export function yesNoLabel(ctx: Context, value: boolean): Markup {
  return new Markup(ctx.t(value ? 'value-yes' : 'value-no'));
}

/** A profile field's name ("languages" -> "idiomas"), never the code. */
export function fieldLabel(ctx: Context, field: string): Markup {
  return new Markup(ctx.t(`field-${field}`));
}

/** A stage of experience in words. */
export function stageLabel(ctx: Context, stage: string): Markup {
  return new Markup(ctx.t('stage-name', { stage }));
}

/** Who may read a reflection, in words ("me" -> "only you"). */
export function visibilityLabel(ctx: Context, visibility: string): Markup {
  return new Markup(ctx.t('visibility-name', { visibility }));
}

/** Language codes as a list of names in the reader's language ("ar, es" -> "árabe y español"). */
export function languagesLabel(ctx: Context, codes: readonly string[]): Markup | string {
  return codes.length === 0 ? ctx.t('value-none') : listOf(ctx.locale, languageNames(ctx.locale, codes));
}
