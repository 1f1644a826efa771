// Delivering a private report: its charts as pictures (an album where the
// platform has albums) in the reader's private chat, or nothing where the
// platform takes no pictures (the numbers then go as text only).

import type { Context } from '../../../core/context.ts';
import { DeliveryError } from '../../../core/errors.ts';
import type { ReportSection } from '../../../core/report.ts';
import type { ChatRef } from '../../../core/types.ts';
import { renderCharts } from './charts.ts';

/** Where a private view goes: this chat in private, the caller's private chat from a group. */
export async function privateChat(ctx: Context): Promise<ChatRef | null> {
  return ctx.isGroup ? ctx.adapter.openDm(ctx.account.platformUserId) : ctx.chat;
}

/** The charts as pictures in the caller's private chat; false where the platform takes none. */
export async function sendCharts(ctx: Context, sections: ReportSection[], locale: string): Promise<boolean> {
  const chat = await privateChat(ctx);
  if (!chat || !ctx.adapter.sendImage) return false;
  const charts = await renderCharts(sections, locale);
  const images = charts.map((c) => ({ png: c.png, caption: c.caption, altText: c.altText, fileName: c.fileName }));
  try {
    // Several charts as one album where the platform has albums (Telegram), one by one elsewhere.
    if (images.length > 1 && ctx.adapter.sendImages) await ctx.adapter.sendImages(chat, images);
    else for (const image of images) await ctx.adapter.sendImage(chat, image);
    return true;
  } catch (error) {
    // Refused (an encrypted Matrix room, a platform limit): the numbers still go, as text.
    if (!(error instanceof DeliveryError) || error.failure.kind !== 'rejected') throw error;
    ctx.services.log.warn({ reason: error.failure.reason }, 'report pictures refused; sending text only');
    return false;
  }
}
