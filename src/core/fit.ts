// The one place that fits an outbound message to what an adapter can show:
// long texts are split on line boundaries, buttons become numbered options
// where the platform has none.

import type { Capabilities, OutboundMessage } from './types.ts';

/** Split a message into messages that each fit the platform's length limit. */
export function fitMessage(message: OutboundMessage, capabilities: Capabilities): OutboundMessage[] {
  let html = message.html;
  if (message.buttons && !capabilities.buttons) {
    // Adapters without buttons map a numbered reply (or a keycap reaction) back to the button.
    const options = message.buttons.flat().map((button, i) => `${i + 1}. ${button.label}`);
    html = `${html}\n\n${options.join('\n')}`;
  }
  const chunks = splitText(html, capabilities.maxTextLength);
  // The last part carries what the whole message asks for: its buttons and the reply it expects.
  return chunks.map((chunk, i) =>
    i === chunks.length - 1
      ? {
          html: chunk,
          ...(message.buttons ? { buttons: message.buttons } : {}),
          ...(message.expectReply ? { expectReply: message.expectReply } : {}),
        }
      : { html: chunk },
  );
}

/**
 * Split on line boundaries; a single line longer than the limit is cut at the
 * last space before it (or hard, for text without spaces), never inside a tag
 * or an entity.
 */
export function splitText(text: string, limit: number): string[] {
  if (text.length <= limit) return [text];
  const chunks: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    if (current) chunks.push(current);
    current = '';
    let rest = line;
    while (rest.length > limit) {
      const cut = safeCut(rest, limit);
      chunks.push(rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut).trimStart();
    }
    current = rest;
  }
  if (current) chunks.push(current);
  return chunks;
}

function safeCut(line: string, limit: number): number {
  let cut = line.lastIndexOf(' ', limit);
  if (cut <= limit / 2) cut = limit;
  // Do not cut inside "<...>" or "&...;".
  const openTag = line.lastIndexOf('<', cut);
  if (openTag > line.lastIndexOf('>', cut - 1) && openTag > 0) cut = openTag;
  const amp = line.lastIndexOf('&', cut);
  if (amp > line.lastIndexOf(';', cut - 1) && amp > cut - 10 && amp > 0) cut = amp;
  // Do not split a surrogate pair.
  const code = line.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut;
}
