// Pictures and files in a room: the bytes go to the homeserver's media
// repository first, then an m.image / m.file event points at the mxc:// URL.
// The media repository is not end-to-end encrypted: in an encrypted room the
// upload would leave the room's protection, so it is refused there and the
// core sends the text instead.

import type { MatrixClient } from 'matrix-bot-sdk';
import { DeliveryError } from '../../src/core/errors.ts';
import type { OutboundFile, OutboundImage } from '../../src/core/types.ts';
import { toDeliveryError } from './errors.ts';
import type { Content } from './render.ts';

/** Width and height of a PNG (its IHDR chunk), for the event's info. */
function pngSize(png: Buffer): { w: number; h: number } | null {
  if (png.length < 24 || png.subarray(12, 16).toString('ascii') !== 'IHDR') return null;
  return { w: png.readUInt32BE(16), h: png.readUInt32BE(20) };
}

async function upload(client: MatrixClient, roomId: string, data: Buffer, mimetype: string, fileName: string) {
  if (client.crypto && (await client.crypto.isRoomEncrypted(roomId))) {
    throw new DeliveryError({ kind: 'rejected', reason: 'no unencrypted media in an encrypted room' });
  }
  try {
    return await client.uploadContent(data, mimetype, fileName);
  } catch (err) {
    throw toDeliveryError(err);
  }
}

/** m.image: `body` is the alt text (what clients show and read out without the picture). */
export async function imageContent(client: MatrixClient, roomId: string, image: OutboundImage): Promise<Content> {
  const url = await upload(client, roomId, image.png, 'image/png', image.fileName);
  const size = pngSize(image.png);
  return {
    msgtype: 'm.image',
    body: image.altText,
    filename: image.fileName,
    url,
    info: { mimetype: 'image/png', size: image.png.length, ...(size ?? {}) },
  };
}

export async function fileContent(client: MatrixClient, roomId: string, file: OutboundFile): Promise<Content> {
  const url = await upload(client, roomId, file.data, file.mimeType, file.fileName);
  return {
    msgtype: 'm.file',
    body: file.caption ?? file.fileName,
    filename: file.fileName,
    url,
    info: { mimetype: file.mimeType, size: file.data.length },
  };
}
