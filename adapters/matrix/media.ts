// Pictures and files in a room: the bytes go to the homeserver's media
// repository first, then an m.image / m.file event points at the mxc:// URL.
// The media repository is not end-to-end encrypted: in an encrypted room the
// upload would leave the room's protection, so it is refused there and the
// core sends the text instead.

import { createReadStream } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { MatrixClient } from 'matrix-bot-sdk';
import { DeliveryError } from '../../src/core/errors.ts';
import type { OutboundFile, OutboundImage } from '../../src/core/types.ts';
import { toDeliveryError } from './errors.ts';
import type { Content } from './render.ts';

/** As long as matrix-bot-sdk gives its own uploads. */
const UPLOAD_TIMEOUT_MS = 60_000;

/** Width and height of a PNG (its IHDR chunk), for the event's info. */
function pngSize(png: Buffer): { w: number; h: number } | null {
  if (png.length < 24 || png.subarray(12, 16).toString('ascii') !== 'IHDR') return null;
  return { w: png.readUInt32BE(16), h: png.readUInt32BE(20) };
}

/** Bytes in memory, or a file on disk of a known size (a big export). */
type Body = Buffer | { path: string; size: number };

/** How long the homeserver's upload limit is trusted before it is asked again. */
const LIMIT_TTL_MS = 3_600_000;
const limits = new WeakMap<MatrixClient, { bytes: number | null; at: number }>();

/**
 * The homeserver's largest upload (Synapse's max_upload_size), from the media
 * config endpoint (`/_matrix/client/v1/media/config`, or the older
 * `/_matrix/media/v3/config`), asked once an hour; null when it says none.
 */
export async function uploadLimit(client: MatrixClient): Promise<number | null> {
  const known = limits.get(client);
  if (known && Date.now() - known.at < LIMIT_TTL_MS) return known.bytes;
  let bytes: number | null = null;
  for (const path of ['/_matrix/client/v1/media/config', '/_matrix/media/v3/config']) {
    try {
      const config = (await client.doRequest('GET', path)) as { 'm.upload.size'?: unknown };
      bytes = typeof config['m.upload.size'] === 'number' ? config['m.upload.size'] : null;
      break;
    } catch {
      // An older homeserver has only the second; one without either gets no check before the upload.
    }
  }
  limits.set(client, { bytes, at: Date.now() });
  return bytes;
}

async function upload(client: MatrixClient, roomId: string, body: Body, mimetype: string, fileName: string) {
  if (client.crypto && (await client.crypto.isRoomEncrypted(roomId))) {
    throw new DeliveryError({ kind: 'rejected', reason: 'no unencrypted media in an encrypted room' });
  }
  // Bigger than the homeserver takes: refused here, not after streaming it (M_TOO_LARGE).
  const limitBytes = await uploadLimit(client);
  const size = Buffer.isBuffer(body) ? body.length : body.size;
  if (limitBytes !== null && size > limitBytes) {
    throw new DeliveryError({ kind: 'rejected', reason: 'file too large', limitBytes });
  }
  try {
    if (Buffer.isBuffer(body)) return await client.uploadContent(body, mimetype, fileName);
    return await uploadFromDisk(client, body, mimetype, fileName);
  } catch (err) {
    const error = toDeliveryError(err);
    const code = (err as { errcode?: string; body?: { errcode?: string } } | null) ?? {};
    if (error.failure.kind === 'rejected' && (code.errcode ?? code.body?.errcode) === 'M_TOO_LARGE')
      throw new DeliveryError({ ...error.failure, ...(limitBytes !== null ? { limitBytes } : {}) }, error.message);
    throw error;
  }
}

/**
 * A file on disk to the media repository as a stream. matrix-bot-sdk's
 * uploadContent takes a Buffer only, so this is the same request by hand:
 * POST /_matrix/media/v3/upload with the file piped into it and its
 * Content-Length set (Synapse refuses an upload without one). Failures carry
 * statusCode and the Matrix error body, as the SDK's do, for toDeliveryError.
 */
function uploadFromDisk(
  client: MatrixClient,
  file: { path: string; size: number },
  mimetype: string,
  fileName: string,
): Promise<string> {
  const url = new URL(
    `${client.homeserverUrl.replace(/\/+$/, '')}/_matrix/media/v3/upload?filename=${encodeURIComponent(fileName)}`,
  );
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${client.accessToken}`,
          'content-type': mimetype,
          'content-length': String(file.size),
        },
        timeout: UPLOAD_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          let body: { content_uri?: unknown; errcode?: string; error?: string; retry_after_ms?: number } = {};
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            // Not JSON (a proxy's error page): the status code says enough.
          }
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300 && typeof body.content_uri === 'string') resolve(body.content_uri);
          else reject({ statusCode: status, errcode: body.errcode, body, message: `upload answered ${status}` });
        });
      },
    );
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('media upload timed out')));
    const stream = createReadStream(file.path);
    stream.on('error', (error) => req.destroy(error));
    stream.pipe(req);
  });
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
  const body = 'data' in file ? file.data : { path: file.path, size: file.size };
  const url = await upload(client, roomId, body, file.mimeType, file.fileName);
  return {
    msgtype: 'm.file',
    body: file.caption ?? file.fileName,
    filename: file.fileName,
    url,
    info: { mimetype: file.mimeType, size: 'data' in file ? file.data.length : file.size },
  };
}
