// Splitting a command line into its name, arguments and --flags. Quotes of
// several scripts group words ("…", '…', “…”, «…», „…“, 「…」); a backslash
// escapes the next character.

import { UsageError, UserError } from '../errors.ts';

export interface CommandLine {
  /** Lower-cased command name without prefix or @botname. */
  name: string;
  /** Everything after the name, untouched (for free-text commands). */
  rest: string;
}

const OPENING_QUOTES: Record<string, string> = {
  '"': '"',
  "'": "'",
  '“': '”',
  '„': '“',
  '«': '»',
  '‹': '›',
  '「': '」',
  '『': '』',
};

/**
 * Recognise "/name args" or "!name args" (Matrix clients keep "/" for
 * themselves). "/name@otherbot" is for another bot: null.
 */
export function splitCommandLine(text: string, botUsername?: string): CommandLine | null {
  const match = /^[/!]([\p{L}\p{N}_-]{1,64})(?:@([A-Za-z0-9_]{1,64}))?(?=\s|$)/u.exec(text.trimStart());
  if (!match) return null;
  const [head, name, mention] = match;
  if (mention && botUsername && mention.toLowerCase() !== botUsername.toLowerCase()) return null;
  return { name: name!.toLowerCase(), rest: text.trimStart().slice(head.length).trim() };
}

/** Split arguments into words, honouring quotes and backslash escapes. */
export function tokenize(input: string, options: { strictQuotes?: boolean } = {}): string[] {
  const strictQuotes = options.strictQuotes ?? true;
  const tokens: string[] = [];
  let current = '';
  let inToken = false;
  let closing: string | null = null;
  const chars = [...input];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\\' && i + 1 < chars.length) {
      current += chars[++i];
      inToken = true;
    } else if (closing !== null) {
      if (ch !== closing) current += ch;
      else if (strictQuotes && i + 1 < chars.length && !/\s/u.test(chars[i + 1]!)) {
        // A quote inside quoted text ("What is "X"?") would cut the text short and glue the rest
        // on: refused, with how to write it, rather than stored mangled.
        throw new UserError('error-quote-inside', { quote: closing });
      } else closing = null;
    } else if (OPENING_QUOTES[ch] && (!inToken || isFlagAssignment(current))) {
      // A quote opens a token, or the value of "--flag=": --name="Two words".
      // Inside a word it is an apostrophe (don't) and stays.
      closing = OPENING_QUOTES[ch];
      inToken = true;
    } else if (strictQuotes && ch === '"' && inToken) {
      // A straight double quote is never an apostrophe: inside a word it is one left over from
      // quoted text ("Lagos" editors"), and keeping it would store the text mangled.
      throw new UserError('error-quote-inside', { quote: ch });
    } else if (/\s/u.test(ch)) {
      if (inToken) tokens.push(current);
      current = '';
      inToken = false;
    } else {
      current += ch;
      inToken = true;
    }
  }
  if (closing !== null) throw new UserError('error-unclosed-quote', { quote: closing });
  if (inToken) tokens.push(current);
  return tokens;
}

function isFlagAssignment(current: string): boolean {
  return /^(?:--|—)[\p{L}\p{N}_-]+=$/u.test(current);
}

export type FlagKind = 'value' | 'boolean';

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
  /**
   * The arguments as typed (after the command and subcommand words), for free
   * text where quotes and line breaks matter. Set by the router.
   */
  raw?: string;
}

/**
 * Separate --flags from positional words. `--name=value` and `--name value`
 * set a value flag; boolean flags take no value. Unknown flags are an error
 * that names them, so a typo never passes silently.
 */
export function parseArgs(tokens: string[], flagSpec: Record<string, FlagKind> = {}): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const flag = /^(?:--|—)([\p{L}\p{N}_-]+)(?:=(.*))?$/su.exec(token);
    if (!flag) {
      positional.push(token);
      continue;
    }
    const name = flag[1]!.toLowerCase();
    const kind = flagSpec[name];
    if (!kind) throw new UserError('error-unknown-flag', { flag: `--${name}` });
    if (kind === 'boolean') {
      flags.set(name, true);
    } else if (flag[2] !== undefined) {
      flags.set(name, flag[2]);
    } else if (i + 1 < tokens.length && !tokens[i + 1]!.startsWith('--')) {
      flags.set(name, tokens[++i]!);
    } else {
      throw new UserError('error-flag-needs-value', { flag: `--${name}` });
    }
  }
  return { positional, flags };
}

/**
 * For commands that take no words: "/cohort pause 2w" (meant --until 2w) must
 * not pass as a pause without an end.
 */
export function expectNoWords(args: ParsedArgs): void {
  if (args.positional.length > 0) throw new UsageError('error-unexpected-words', { words: args.positional.join(' ') });
}

/**
 * Edit distance where swapping two neighbouring letters counts as one edit
 * (optimal string alignment), for "did you mean": "/hepl" is one typo from "/help".
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The candidate closest to `word`, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = candidate.startsWith(word) && word.length >= 2 ? 0.5 : editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : null;
}
