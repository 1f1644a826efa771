// Which language to write to a person in, and which languages the bot speaks.
// The one negotiation every path uses (commands, jobs, refused button presses):
// the person's own setting, else what their app says, else a guess from the
// context (their cohort's language), else the bot's default.

import { UserError } from './errors.ts';
import type { Translator } from './i18n.ts';
import { parseLanguageTag } from './validate.ts';

/** What a person told us about their language (an Account, or a sender not yet recorded). */
export interface LanguagePreferences {
  locale?: string | null;
  localeHint?: string | null;
}

export function negotiateLocale(
  services: { i18n: Translator; defaults: { locale: string } },
  person: LanguagePreferences | null | undefined,
  guess?: string | null,
): string {
  return services.i18n.negotiate([person?.locale, person?.localeHint, guess], services.defaults.locale);
}

/** A language the bot speaks, from what someone typed ("es", "Arabic" is refused, "ar-EG" is "ar"). */
export function botLanguage(i18n: Translator, input: string): string {
  const tag = parseLanguageTag(input);
  const locale = i18n.negotiate([tag], '');
  if (!locale || !i18n.has(locale) || (locale === 'en' && !tag.toLowerCase().startsWith('en'))) {
    throw new UserError('error-unsupported-language', { value: tag, available: i18n.locales.join(', ') });
  }
  return locale;
}
