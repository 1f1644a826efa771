// The profile fields people set with /profile set <field> <value>, each with
// its own cleaning and check.

import { UsageError, UserError } from '../../core/errors.ts';
import { cleanList, cleanUserText } from '../../core/markup.ts';
import { STAGES } from '../../core/stages.ts';
import type { Profile } from '../../core/store.ts';
import { parseIntInRange, parseLanguageList, parseTimezone, parseYesNo } from '../../core/validate.ts';

export const PROFILE_LIMITS = {
  region: 80,
  topic: 40,
  topics: 15,
  languages: 10,
  about: 500,
  capacity: 20,
  preference: 40,
  preferences: 5,
};

function parseStage(raw: string): string {
  const stage = raw.trim().toLowerCase();
  if (!(STAGES as readonly string[]).includes(stage))
    throw new UserError('error-bad-stage', { value: raw.slice(0, 30), stages: STAGES.join(', ') });
  return stage;
}

/** Preference tags are compared as written, so they are kept lower-case and without spaces. */
function parsePreferences(raw: string): string[] {
  const tags = cleanList(raw, {
    maxLength: PROFILE_LIMITS.preference,
    maxItems: PROFILE_LIMITS.preferences,
    field: 'field-preferences',
  }).map((tag) => tag.toLowerCase().replace(/\s+/g, '-'));
  return [...new Set(tags)];
}

interface FieldSpec {
  parse(raw: string): Partial<Profile>;
  clear: Partial<Profile>;
  /** Free text: read as typed (quotes, line breaks), not as words. */
  freeText?: boolean;
}

export const PROFILE_FIELDS: Record<string, FieldSpec> = {
  languages: {
    parse: (raw) => ({ languages: parseLanguageList(raw, PROFILE_LIMITS.languages) }),
    clear: { languages: [] },
  },
  region: {
    parse: (raw) => ({ region: cleanUserText(raw, { maxLength: PROFILE_LIMITS.region, field: 'field-region' }) }),
    clear: { region: null },
  },
  topics: {
    parse: (raw) => ({
      topics: cleanList(raw, {
        maxLength: PROFILE_LIMITS.topic,
        maxItems: PROFILE_LIMITS.topics,
        field: 'field-topics',
      }),
    }),
    clear: { topics: [] },
  },
  timezone: { parse: (raw) => ({ timezone: parseTimezone(raw) }), clear: { timezone: null } },
  capacity: {
    parse: (raw) => ({ mentoringCapacity: parseIntInRange(raw, 0, PROFILE_LIMITS.capacity, 'field-capacity') }),
    clear: { mentoringCapacity: 0 },
  },
  'wants-mentor': {
    parse: (raw) => ({ wantsMentor: parseYesNo(raw, 'field-wants-mentor') }),
    clear: { wantsMentor: false },
  },
  stage: { parse: (raw) => ({ stage: parseStage(raw) }), clear: { stage: null } },
  preferences: { parse: (raw) => ({ preferences: parsePreferences(raw) }), clear: { preferences: [] } },
  about: {
    parse: (raw) => ({
      about: cleanUserText(raw, { maxLength: PROFILE_LIMITS.about, multiline: true, field: 'field-about' }),
    }),
    clear: { about: null },
    freeText: true,
  },
};

export function fieldSpec(word: string | undefined): { name: string; spec: FieldSpec } {
  const name = word?.toLowerCase() ?? '';
  const spec = PROFILE_FIELDS[name];
  if (!spec) {
    throw new UsageError(word ? 'error-bad-profile-field' : 'error-missing-argument', {
      value: (word ?? '').slice(0, 30),
      argument: 'field',
      fields: Object.keys(PROFILE_FIELDS).join(', '),
    });
  }
  return { name, spec };
}
