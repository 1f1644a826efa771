// The Matrix adapter's pure parts: error mapping, option numbers, invite rules,
// reply fallbacks, poll contents, and the loader that works without the crypto module.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../../adapters/matrix/errors.ts';
import { withMentionIds } from '../../adapters/matrix/inbound.ts';
import {
  bangCommands,
  editContent,
  noticeContent,
  optionNumber,
  pollSelections,
  pollStartContent,
  stripReplyFallback,
} from '../../adapters/matrix/render.ts';
import { inviterAllowed, Rooms } from '../../adapters/matrix/rooms.ts';
import { loadMatrixSdk } from '../../adapters/matrix/sdk.ts';
import type { Json } from './helpers.ts';

describe('matrix errors', () => {
  it('maps M_LIMIT_EXCEEDED, forbidden, server and network errors', () => {
    expect(failureOf({ errcode: 'M_LIMIT_EXCEEDED', statusCode: 429, retryAfterMs: 1234 })).toEqual({
      kind: 'rate_limited',
      retryAfterMs: 1234,
    });
    expect(failureOf({ body: { errcode: 'M_LIMIT_EXCEEDED', retry_after_ms: 50 }, statusCode: 429 })).toEqual({
      kind: 'rate_limited',
      retryAfterMs: 50,
    });
    expect(failureOf({ errcode: 'M_FORBIDDEN', statusCode: 403 }).kind).toBe('unreachable');
    expect(failureOf({ errcode: 'M_UNKNOWN', statusCode: 502 }).kind).toBe('transient');
    expect(failureOf(new TypeError('fetch failed')).kind).toBe('transient');
    expect(failureOf({ errcode: 'M_BAD_JSON', statusCode: 400 }).kind).toBe('rejected');
  });
});

describe('matrix options and content', () => {
  it('reads keycaps and typed numbers as option numbers', () => {
    expect(optionNumber('1️⃣')).toBe(1);
    expect(optionNumber('3⃣')).toBe(3);
    expect(optionNumber('🔟')).toBe(10);
    expect(optionNumber(' 2 ')).toBe(2);
    expect(optionNumber('2.')).toBe(2);
    expect(optionNumber('0')).toBeNull();
    expect(optionNumber('2 please')).toBeNull();
    expect(optionNumber('👍')).toBeNull();
  });

  it('turns mention pills into user ids', () => {
    expect(
      withMentionIds(
        '!role Ada Lovelace coordinator',
        '!role <a href="https://matrix.to/#/@ada:example.org">Ada Lovelace</a> coordinator',
      ),
    ).toBe('!role @ada:example.org coordinator');
    expect(withMentionIds('!role @ada:x coordinator', undefined)).toBe('!role @ada:x coordinator');
  });

  it('drops the reply fallback of older clients', () => {
    expect(stripReplyFallback('> <@bot:x> Choose\n> 1. A\n\n2')).toBe('2');
    expect(stripReplyFallback('plain')).toBe('plain');
  });

  it('sends notices with HTML and a plain body, replies and mentions', () => {
    const c = noticeContent('<b>Hi</b> &lt;x&gt; <a href="https://matrix.to/#/@ada:example.org">Ada</a>\nbye', '$e');
    expect(c).toMatchObject({
      msgtype: 'm.notice',
      body: 'Hi <x> Ada\nbye',
      format: 'org.matrix.custom.html',
      formatted_body: '<b>Hi</b> &lt;x&gt; <a href="https://matrix.to/#/@ada:example.org">Ada</a><br>bye',
      'm.mentions': { user_ids: ['@ada:example.org'] },
      'm.relates_to': { 'm.in_reply_to': { event_id: '$e' } },
    });
    expect(editContent('$e', 'new')).toMatchObject({
      'm.new_content': { body: 'new' },
      'm.relates_to': { rel_type: 'm.replace', event_id: '$e' },
    });
  });

  it('shows commands as !command on Matrix (Element takes /command for its own), leaving links and dates alone', () => {
    expect(bangCommands('Send /join to take part, or /help.')).toBe('Send !join to take part, or !help.');
    expect(bangCommands('/cohort create "Name"\nUse \u2068/pair\u2069 (see /help@bot)')).toBe(
      '!cohort create "Name"\nUse \u2068!pair\u2069 (see !help@bot)',
    );
    expect(bangCommands('<a href="https://matrix.to/#/@a:b">x</a> on 12/05 and a/b')).toBe(
      '<a href="https://matrix.to/#/@a:b">x</a> on 12/05 and a/b',
    );
    expect(noticeContent('Send /join').body).toBe('Send !join');
    // Where a command ends in other scripts: the Arabic comma (ar, fa), the danda (hi), a Bengali suffix.
    expect(bangCommands('بالأمر /commit، مثلًا')).toBe('بالأمر !commit، مثلًا');
    expect(bangCommands('/report؛ /help؟ /join। /reflect-এর /cohort…')).toBe(
      '!report؛ !help؟ !join। !reflect-এর !cohort…',
    );
    expect(bangCommands('see /report-web')).toBe('see /report-web');
  });

  it('leaves no /command in any text of any of the bot’s languages', () => {
    const dir = new URL('../../locales/', import.meta.url);
    const left: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
      for (const [i, line] of readFileSync(new URL(file, dir), 'utf8').split('\n').entries()) {
        if (line.startsWith('#')) continue;
        // A "/word" not inside a word, a URL or a closing tag.
        for (const m of bangCommands(line).matchAll(/(?:^|[^\w<:/])\/[a-z][a-z0-9_]{1,31}/gi)) {
          left.push(`${file}:${i + 1} ${m[0]}`);
        }
      }
    }
    expect(left).toEqual([]);
  });

  it('builds MSC3381 polls and reads unstable and stable responses', () => {
    const start = pollStartContent({ question: 'Q?', options: ['a', 'b'] }) as Json;
    expect(start['org.matrix.msc3381.poll.start'].answers).toEqual([
      { id: '0', 'org.matrix.msc1767.text': 'a' },
      { id: '1', 'org.matrix.msc1767.text': 'b' },
    ]);
    expect(start['org.matrix.msc3381.poll.start'].max_selections).toBe(1);
    const relates = { 'm.relates_to': { rel_type: 'm.reference', event_id: '$poll' } };
    expect(pollSelections({ ...relates, 'org.matrix.msc3381.poll.response': { answers: ['1'] } })).toEqual({
      pollId: '$poll',
      optionIds: [1],
    });
    expect(pollSelections({ ...relates, 'm.selections': ['0', '1'] })).toEqual({ pollId: '$poll', optionIds: [0, 1] });
    expect(pollSelections({ ...relates, 'm.selections': [] })).toEqual({ pollId: '$poll', optionIds: [] });
  });
});

describe('matrix invites', () => {
  it('allows listed servers and users only', () => {
    expect(inviterAllowed('@ada:example.org', ['example.org'])).toBe(true);
    expect(inviterAllowed('@ada:Example.org', ['example.org'])).toBe(true);
    expect(inviterAllowed('@eve:evil.org', ['example.org'])).toBe(false);
    expect(inviterAllowed('@eve:evil.org', ['example.org', '@eve:evil.org'])).toBe(true);
    expect(inviterAllowed('@mallory:evil.org', ['@eve:evil.org'])).toBe(false);
    // A server name is not a suffix match.
    expect(inviterAllowed('@eve:notexample.org', ['example.org'])).toBe(false);
  });
});

describe('matrix-bot-sdk loader', () => {
  it('loads the SDK and says whether end-to-end encryption is available', async () => {
    const loaded = await loadMatrixSdk();
    expect(typeof loaded.sdk.MatrixClient).toBe('function');
    if (!loaded.e2ee) {
      expect(loaded.e2eeProblem).toMatch(/matrix-sdk-crypto/);
      // The stand-in refuses to be used instead of failing at import time.
      const fromSdk = createRequire(createRequire(import.meta.url).resolve('matrix-bot-sdk'));
      const crypto = fromSdk('@matrix-org/matrix-sdk-crypto-nodejs') as Record<string, new () => unknown>;
      expect(() => new crypto.OlmMachine!()).toThrow(/end-to-end encryption is unavailable/);
    }
  });
});

describe('matrix rooms: private only while 1:1', () => {
  const member = (userId: string, membership: string) => ({
    type: 'm.room.member',
    state_key: userId,
    content: { membership },
    sender: userId,
  });
  const setup = () => {
    const rooms = new Rooms();
    rooms.me = '@bot:x';
    rooms.direct = { '@ada:x': ['!dm:x'] };
    const grown: string[] = [];
    rooms.onGrown = (roomId) => grown.push(roomId);
    return { rooms, grown };
  };

  it('is private with the bot and its person (invited counts), not before the members are known', () => {
    const { rooms } = setup();
    expect(rooms.isPrivate('!dm:x')).toBe(false);
    rooms.apply('!dm:x', member('@ada:x', 'join'));
    expect(rooms.isPrivate('!dm:x')).toBe(false);
    rooms.apply('!dm:x', member('@bot:x', 'join'));
    expect(rooms.isPrivate('!dm:x')).toBe(true);
    expect(rooms.dmWith('@ada:x')).toBe('!dm:x');
    // A room not recorded as a DM is a group even with two people in it.
    rooms.apply('!two:x', member('@bot:x', 'join'));
    rooms.apply('!two:x', member('@ada:x', 'join'));
    expect(rooms.isPrivate('!two:x')).toBe(false);
  });

  it('becomes a group for good when a third person is invited, also after they leave', () => {
    const { rooms, grown } = setup();
    for (const e of [member('@bot:x', 'join'), member('@ada:x', 'join'), member('@eve:x', 'invite')]) {
      rooms.apply('!dm:x', e);
    }
    expect(rooms.isPrivate('!dm:x')).toBe(false);
    expect(grown).toEqual(['!dm:x']);
    rooms.apply('!dm:x', member('@eve:x', 'leave'));
    expect(rooms.isPrivate('!dm:x')).toBe(false);
    expect(rooms.dmWith('@ada:x')).toBeUndefined();
    expect(rooms.dmCandidates('@ada:x')).toEqual([]);
    expect(grown).toEqual(['!dm:x']);
  });

  it('is no longer private with someone else than its person, even when two', () => {
    const { rooms, grown } = setup();
    rooms.apply('!dm:x', member('@bot:x', 'join'));
    rooms.apply('!dm:x', member('@ada:x', 'join'));
    rooms.apply('!dm:x', member('@ada:x', 'leave'));
    // Ada left: still nobody else, but not hers to reuse; the bot does not invite her again.
    expect(rooms.dmWith('@ada:x')).toBeUndefined();
    expect(rooms.abandonedDm('@ada:x')).toBe('!dm:x');
    rooms.apply('!dm:x', member('@eve:x', 'join'));
    expect(rooms.isPrivate('!dm:x')).toBe(false);
    expect(grown).toEqual(['!dm:x']);
  });
});
