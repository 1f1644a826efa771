// How the Matrix adapter is configured and what it logs through (types only,
// shared by the adapter and its sync loop).

import type { AdapterStateStore } from '../../src/core/types.ts';

export type MatrixAuth =
  | { kind: 'accessToken'; accessToken: string; userId?: string }
  | { kind: 'password'; userId: string; password: string };

export interface MatrixLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug?(obj: object, msg?: string): void;
}

export interface MatrixAdapterOptions {
  homeserverUrl: string;
  auth: MatrixAuth;
  /** Server names and user ids that may invite the bot; 'own-server' = the bot's own server. */
  allowedInviters: string[] | 'own-server';
  /** Room members at or above this power level are the chat's admins (coordinators). */
  coordinatorPowerLevel: number;
  state: AdapterStateStore;
  log: MatrixLog;
  /** Where the encryption store lives when E2EE is available. */
  dataDir: string;
  /** Long-poll timeout of /sync (default 30 s; tests use less). */
  syncTimeoutMs?: number;
}
