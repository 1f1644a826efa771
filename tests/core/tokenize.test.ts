import { describe, expect, it } from 'vitest';
import { closest, parseArgs, splitCommandLine, tokenize } from '../../src/core/commands/tokenize.ts';
import { UserError } from '../../src/core/errors.ts';

describe('command lines', () => {
  it('recognises /cmd, !cmd and /cmd@thisbot, and ignores commands for other bots', () => {
    expect(splitCommandLine('/Cohort create x', 'cohortbot')).toEqual({ name: 'cohort', rest: 'create x' });
    expect(splitCommandLine('!join', 'cohortbot')).toEqual({ name: 'join', rest: '' });
    expect(splitCommandLine('/join@CohortBot', 'cohortbot')).toEqual({ name: 'join', rest: '' });
    expect(splitCommandLine('/join@otherbot', 'cohortbot')).toBeNull();
    expect(splitCommandLine('hello /join', 'cohortbot')).toBeNull();
    expect(splitCommandLine('/ nothing')).toBeNull();
  });

  it('groups quoted words in several scripts and honours escapes', () => {
    expect(tokenize('create "Lagos editors" --region «West Africa» “x y” \\"q')).toEqual([
      'create',
      'Lagos editors',
      '--region',
      'West Africa',
      'x y',
      '"q',
    ]);
    expect(tokenize('  ')).toEqual([]);
    expect(tokenize('""')).toEqual(['']);
  });

  it('refuses an unclosed quote with a user-facing error', () => {
    expect(() => tokenize('create "Lagos')).toThrow(UserError);
    try {
      tokenize('create «Lagos');
    } catch (error) {
      expect((error as UserError).messageId).toBe('error-unclosed-quote');
      expect((error as UserError).args.quote).toBe('»');
    }
  });

  it('refuses a double quote inside quoted text or left inside a word, rather than mangling the text', () => {
    for (const line of ['create "Lagos "North" editors"', 'create "Lagos" editors"', '--question What"s next']) {
      expect(() => tokenize(line), line).toThrow(expect.objectContaining({ messageId: 'error-quote-inside' }));
    }
    // Escaped, or an apostrophe in a word: kept.
    expect(tokenize('create "Lagos \\"North\\" editors" don\'t')).toEqual(['create', 'Lagos "North" editors', "don't"]);
  });

  it('parses --flag=value, --flag value and boolean flags, and refuses unknown ones', () => {
    const parsed = parseArgs(['x', '--region=West', '--themes', 'a,b', '--all', 'y'], {
      region: 'value',
      themes: 'value',
      all: 'boolean',
    });
    expect(parsed.positional).toEqual(['x', 'y']);
    expect(Object.fromEntries(parsed.flags)).toEqual({ region: 'West', themes: 'a,b', all: true });
    expect(() => parseArgs(['--colour=red'], {})).toThrow(expect.objectContaining({ messageId: 'error-unknown-flag' }));
    expect(() => parseArgs(['--region'], { region: 'value' })).toThrow(
      expect.objectContaining({ messageId: 'error-flag-needs-value' }),
    );
  });

  it('suggests the closest command for a typo, and nothing for noise', () => {
    const names = ['cohort', 'join', 'leave', 'members', 'profile', 'help'];
    expect(closest('cohrt', names)).toBe('cohort');
    expect(closest('memebrs', names)).toBe('members');
    expect(closest('prof', names)).toBe('profile');
    expect(closest('xyzzy', names)).toBeNull();
  });
});

describe('timezones', () => {
  it('accepts Area/City names in any case and known aliases, and refuses offsets and abbreviations', async () => {
    const { parseTimezone } = await import('../../src/core/validate.ts');
    expect(parseTimezone('europe/berlin')).toBe('Europe/Berlin');
    expect(parseTimezone('UTC')).toBe('UTC');
    expect(parseTimezone('Asia/Calcutta')).toMatch(/^Asia\/(Calcutta|Kolkata)$/);
    for (const bad of ['+05:00', 'EST', 'GMT+3', 'Mars/Olympus', '']) {
      expect(() => parseTimezone(bad), bad).toThrow(expect.objectContaining({ messageId: 'error-bad-timezone' }));
    }
  });
});
