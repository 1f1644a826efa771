// Outbound content: the core's markup subset as Matrix HTML plus a plain body,
// m.notice for everything the bot says, replies, mentions and MSC3381 polls.

import { htmlToPlain } from '../../src/core/markup.ts';
import type { OutboundMessage, OutboundPoll } from '../../src/core/types.ts';

export type Content = Record<string, unknown>;

/** Matrix user ids linked as https://matrix.to/#/@user:server: they are mentions. */
function mentionedUsers(html: string): string[] {
  const ids = new Set<string>();
  for (const m of html.matchAll(/href="https:\/\/matrix\.to\/#\/(@[^"/?]+)"/g)) {
    try {
      ids.add(decodeURIComponent(m[1]!));
    } catch {
      // a malformed link is not a mention
    }
  }
  return [...ids];
}

/** An m.notice with `formatted_body` (the core already escaped user text) and a plain `body`. */
/**
 * Commands in the bot's texts are written "/cohort"; Element takes a message
 * starting with "/" for one of its own commands, so on Matrix every command
 * shows as "!cohort" (the core accepts both). Only a "/word" standing alone
 * (after a space, a bracket or a quote) is one: URLs and dates stay as they are.
 * It ends where a word ends in any of the bot's languages: Latin punctuation,
 * the Arabic comma, semicolon and question mark (ar, fa), the danda (hi, bn),
 * "…", or a hyphen that joins a suffix in another script ("/reflect-এর", bn).
 */
const COMMAND_IN_TEXT =
  /(^|[\s(>“"«'‘\u2068])\/([a-z][a-z0-9_]{1,31})(?=$|[\s.,;:!?)<”"»'’@\u2069\u060c\u061b\u061f\u0964…]|-[^\x00-\x7f])/g;

export function bangCommands(html: string): string {
  return html.replace(COMMAND_IN_TEXT, '$1!$2');
}

export function noticeContent(rawHtml: string, replyTo?: string, threadRoot?: string, notify: string[] = []): Content {
  const html = bangCommands(rawHtml);
  const content: Content = {
    msgtype: 'm.notice',
    body: htmlToPlain(html),
    format: 'org.matrix.custom.html',
    formatted_body: html.replace(/\n/g, '<br>'),
    // The people the message is for are notified (the asker of a reply, the pills in it); never @room.
    'm.mentions': { user_ids: [...new Set([...notify, ...mentionedUsers(html)])] },
  };
  if (threadRoot) {
    // In a thread: stay in it (a client without threads shows it as a reply).
    content['m.relates_to'] = {
      rel_type: 'm.thread',
      event_id: threadRoot,
      is_falling_back: !replyTo,
      'm.in_reply_to': { event_id: replyTo ?? threadRoot },
    };
  } else if (replyTo) content['m.relates_to'] = { 'm.in_reply_to': { event_id: replyTo } };
  return content;
}

/** An edit (m.replace) of an earlier message. */
export function editContent(eventId: string, html: string): Content {
  const fresh = noticeContent(html);
  return {
    ...fresh,
    body: `* ${fresh.body as string}`,
    formatted_body: `* ${fresh.formatted_body as string}`,
    'm.new_content': fresh,
    'm.relates_to': { rel_type: 'm.replace', event_id: eventId },
  };
}

export const POLL_START = 'org.matrix.msc3381.poll.start';
export const POLL_END = 'org.matrix.msc3381.poll.end';
export const POLL_RESPONSE_TYPES = new Set(['org.matrix.msc3381.poll.response', 'm.poll.response']);
const TEXT = 'org.matrix.msc1767.text';

/** An MSC3381 poll (what Element shows as a poll); answers have ids "0", "1", ... (option indexes). */
export function pollStartContent(poll: OutboundPoll): Content {
  const fallback = [poll.question, ...poll.options.map((o, i) => `${i + 1}. ${o}`)].join('\n');
  return {
    [POLL_START]: {
      kind: 'org.matrix.msc3381.poll.disclosed',
      max_selections: poll.allowsMultiple ? poll.options.length : 1,
      question: { [TEXT]: poll.question, body: poll.question },
      answers: poll.options.map((o, i) => ({ id: String(i), [TEXT]: o })),
    },
    [TEXT]: fallback,
    body: fallback,
  };
}

export function pollEndContent(startEventId: string): Content {
  return {
    'm.relates_to': { rel_type: 'm.reference', event_id: startEventId },
    [POLL_END]: {},
    [TEXT]: '',
    body: '',
  };
}

/** Option indexes chosen in a poll response (unstable or stable shape); null if it is not one. */
export function pollSelections(content: Content): { pollId: string; optionIds: number[] } | null {
  const relates = content['m.relates_to'] as { event_id?: string; rel_type?: string } | undefined;
  if (!relates?.event_id) return null;
  const unstable = content['org.matrix.msc3381.poll.response'] as { answers?: unknown } | undefined;
  const stable = content['m.selections'];
  const raw = Array.isArray(unstable?.answers) ? unstable.answers : Array.isArray(stable) ? stable : [];
  const optionIds = [
    ...new Set(raw.map((a) => Number.parseInt(String(a), 10)).filter((n) => Number.isInteger(n) && n >= 0)),
  ];
  return { pollId: relates.event_id, optionIds };
}

// Keycap emoji 1..10 as reactions: the number of the option.
const KEYCAPS = ['1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣', '6️⃣', '7️⃣', '8️⃣', '9️⃣', '🔟'];

/** The 1-based option a reaction key or a typed answer names, or null. */
export function optionNumber(text: string): number | null {
  const key = text.trim();
  const keycap = KEYCAPS.indexOf(key);
  if (keycap >= 0) return keycap + 1;
  // Some clients send a keycap without the variation selector (U+FE0F).
  const bare = KEYCAPS.findIndex((k) => k.replace('\uFE0F', '') === key);
  if (bare >= 0) return bare + 1;
  const typed = /^(\d{1,2})[.)]?$/.exec(key);
  if (typed) {
    const n = Number(typed[1]);
    return n >= 1 ? n : null;
  }
  return null;
}

/** Body of a message without the reply fallback ("> <@user> quoted" lines) older clients add. */
export function stripReplyFallback(body: string): string {
  if (!body.startsWith('> ')) return body;
  const lines = body.split('\n');
  let i = 0;
  while (i < lines.length && lines[i]!.startsWith('>')) i++;
  if (lines[i] === '') i++;
  return lines.slice(i).join('\n');
}

/**
 * The text with its buttons as numbered options. fit.ts numbers them for
 * direct replies; the send queue passes messages as they were written, so
 * number them here unless they already are.
 */
export function withOptions(message: OutboundMessage): string {
  const options = numberedOptions(message);
  if (!options) return message.html;
  return message.html.endsWith(options) ? message.html : `${message.html}\n\n${options}`;
}

function numberedOptions(message: OutboundMessage): string {
  return (message.buttons?.flat() ?? []).map((b, i) => `${i + 1}. ${b.label}`).join('\n');
}

/** A message's HTML as the room shows it now: its latest edit (bundled by the server) or itself, lines as "\n". */
export function currentHtml(event: { content?: Content; unsigned?: Content }): string | null {
  const relations = event.unsigned?.['m.relations'] as { 'm.replace'?: { content?: Content } } | undefined;
  const content = (relations?.['m.replace']?.content?.['m.new_content'] as Content | undefined) ?? event.content;
  const html = content?.formatted_body;
  return typeof html === 'string' ? html.replace(/<br\s*\/?>/g, '\n') : null;
}

/** The text without its `count` numbered options at the end (what stays once they are used up), or null. */
export function withoutOptionLines(html: string | null, count: number): string | null {
  if (html === null || count === 0) return null;
  const lines = html.split('\n');
  const options = lines.slice(-count);
  if (options.length < count || !options.every((line, i) => line.startsWith(`${i + 1}. `))) return null;
  return lines.slice(0, -count).join('\n').trimEnd();
}
