// What every repository is built from: a Prisma client (the root one or a
// transaction's) and a way to run several statements atomically on it.

import type { Prisma } from '../generated/client.ts';

export type Tx = Prisma.TransactionClient;

export interface RepoContext {
  client: Tx;
  /** Run `work` atomically: in a new transaction, or in the one this store is already bound to. */
  atomically<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

/** JSON for a Prisma Json column, from the core's plain objects. */
export function toJson(value: unknown): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}
