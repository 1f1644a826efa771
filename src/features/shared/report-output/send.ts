// Delivering a private report: its charts as pictures (an album where the
// platform has albums) in the reader's private chat, or nothing where the
// platform takes no pictures (the numbers then go as text only); export
// files as files, or as text where the platform takes none.

import type { Context } from '../../../core/context.ts';
import { DeliveryError } from '../../../core/errors.ts';
import { escapeHtml } from '../../../core/markup.ts';
import type { ReportSection } from '../../../core/report.ts';
import type { ChatRef } from '../../../core/types.ts';
import { renderCharts } from './charts.ts';
import type { ExportFile } from './export-files.ts';

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

/** Where the platform takes no files: the text itself, as preformatted blocks. */
export function inlineFiles(ctx: Context, files: ExportFile[]): string {
  const blocks = files.map((f) => {
    const text = f.data.toString('utf8').replace(/^\uFEFF/, '');
    return `<b>${escapeHtml(f.fileName)}</b>\n<pre>${escapeHtml(text)}</pre>`;
  });
  return [ctx.t('export-inline'), ...blocks].join('\n\n');
}

/**
 * Export files in the caller's private chat: as files where the platform takes
 * them, else (or when refused) as the text itself. Returns the answer to give.
 */
export async function sendFiles(ctx: Context, files: ExportFile[], format: string): Promise<string> {
  const chat = await privateChat(ctx);
  if (chat && ctx.adapter.sendFile) {
    try {
      for (const file of files) await ctx.adapter.sendFile(chat, { ...file, caption: file.fileName });
      return ctx.t('export-sent', { count: files.length, format });
    } catch (error) {
      if (!(error instanceof DeliveryError) || error.failure.kind !== 'rejected') throw error;
      ctx.services.log.warn({ reason: error.failure.reason }, 'export files refused; sending text');
    }
  }
  return inlineFiles(ctx, files);
}
