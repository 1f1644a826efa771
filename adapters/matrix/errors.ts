// Matrix errors in the core's terms (DeliveryError), so that the send queue
// knows whether to wait, retry or give up.

import { DeliveryError, type DeliveryFailure } from '../../src/core/errors.ts';

interface MatrixLikeError {
  errcode?: string;
  statusCode?: number;
  retryAfterMs?: number;
  body?: { errcode?: string; error?: string; retry_after_ms?: number };
  message?: string;
}

/** What a failed Matrix request means for a send. */
export function failureOf(error: unknown): DeliveryFailure {
  if (error instanceof DeliveryError) return error.failure;
  const e = (error ?? {}) as MatrixLikeError;
  const errcode = e.errcode ?? e.body?.errcode;
  const status = e.statusCode;
  const reason = `${errcode ?? status ?? 'network'}: ${e.body?.error ?? e.message ?? String(error)}`.slice(0, 300);
  if (errcode === 'M_LIMIT_EXCEEDED' || status === 429) {
    return { kind: 'rate_limited', retryAfterMs: Math.max(0, e.retryAfterMs ?? e.body?.retry_after_ms ?? 1000) };
  }
  // Not in the room, kicked, banned, room gone: retrying will not help.
  if (errcode === 'M_FORBIDDEN' || status === 403) return { kind: 'unreachable', reason };
  if (errcode === 'M_NOT_FOUND' || errcode === 'M_UNKNOWN') {
    if (status === 404) return { kind: 'unreachable', reason };
  }
  if (status === undefined || status >= 500) return { kind: 'transient', reason };
  // A bad token is the operator's to fix; keep the message for when it is fixed.
  if (errcode === 'M_UNKNOWN_TOKEN' || errcode === 'M_MISSING_TOKEN' || status === 401) {
    return { kind: 'transient', reason };
  }
  return { kind: 'rejected', reason };
}

export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const failure = failureOf(error);
  return new DeliveryError(failure, `matrix: ${'reason' in failure ? failure.reason : failure.kind}`);
}
