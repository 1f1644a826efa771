// The audit log of admin actions: ids and changed fields, never message text.

export interface AuditEntry {
  id: string;
  cohortId: string | null;
  chatId: string | null;
  actorAccountId: string | null;
  action: string;
  details: Record<string, unknown>;
  createdAt: Date;
}

export interface AuditRepository {
  /** `createdAt`: the bot's clock (the playground's is virtual); the database's now when absent. */
  record(entry: Omit<AuditEntry, 'id' | 'createdAt'> & { createdAt?: Date }): Promise<void>;
  /** Newest first; `since`: only entries from then on. */
  list(filter: { cohortId?: string; actorAccountId?: string; since?: Date; limit?: number }): Promise<AuditEntry[]>;
}
