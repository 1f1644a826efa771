// How an outbound message's buttons or its "answer me" become Telegram reply markup.

import type { ForceReply, InlineKeyboardMarkup } from 'grammy/types';
import { htmlToPlain } from '../../src/core/markup.ts';
import type { OutboundMessage } from '../../src/core/types.ts';

/**
 * One reply markup per message: buttons, else force_reply for a question
 * answered in free text. In a group with privacy mode on, a reply to the bot
 * is the only plain message the bot receives; force_reply opens the reply field
 * (selective: only for the person asked, who is mentioned or replied to).
 */
export function replyMarkup(message: OutboundMessage): { reply_markup?: InlineKeyboardMarkup | ForceReply } {
  if (message.buttons) return { reply_markup: keyboard(message) };
  const expect = message.expectReply;
  if (!expect) return {};
  // Telegram takes 1-64 characters; a cut must not leave half a surrogate pair.
  const placeholder = htmlToPlain(expect.placeholder ?? '')
    .trim()
    .slice(0, 64)
    .replace(/[\uD800-\uDBFF]$/, '');
  return {
    reply_markup: {
      force_reply: true,
      ...(expect.from ? { selective: true } : {}),
      ...(placeholder ? { input_field_placeholder: placeholder } : {}),
    },
  };
}

export function keyboard(message: OutboundMessage): InlineKeyboardMarkup {
  return {
    inline_keyboard: (message.buttons ?? []).map((row) =>
      row.map((button) => ({ text: htmlToPlain(button.label), callback_data: button.data })),
    ),
  };
}
