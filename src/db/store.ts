// The core's Store on Prisma: one small repository per file in repositories/.
// A store is bound either to the root client or to an interactive transaction;
// the repositories do not know which.

import type { Store } from '../core/store.ts';
import type { Database } from './client.ts';
import { accountRepository } from './repositories/accounts.ts';
import { actionTokenRepository } from './repositories/action-tokens.ts';
import { adapterStateRepository } from './repositories/adapter-state.ts';
import { auditRepository } from './repositories/audit.ts';
import { chatRepository } from './repositories/chats.ts';
import { checkInRepository } from './repositories/checkins.ts';
import { cohortRepository } from './repositories/cohorts.ts';
import type { RepoContext, Tx } from './repositories/context.ts';
import { deliveryRepository } from './repositories/deliveries.ts';
import { gatheringRepository } from './repositories/gatherings.ts';
import { inboundRepository } from './repositories/inbound.ts';
import { membershipRepository } from './repositories/memberships.ts';
import { mentorshipRepository } from './repositories/mentorships.ts';
import { networkRepository } from './repositories/network.ts';
import { networkMeetRepository } from './repositories/network-meet.ts';
import { networkOverviewRepository } from './repositories/network-overview.ts';
import { peerRoundRepository } from './repositories/peer-rounds.ts';
import { reflectionRepository } from './repositories/reflections.ts';
import { reportRepository } from './repositories/reports.ts';
import { surveyRepository } from './repositories/surveys.ts';

/**
 * Interactive transactions: on PGlite every query waits for an open
 * transaction to finish (one connection), so `maxWait` is generous; `timeout`
 * bounds a transaction that forgot to finish.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

export function createPrismaStore(db: Database): Store {
  const root: RepoContext = {
    client: db.prisma,
    atomically: (work) => db.prisma.$transaction(work, TRANSACTION_OPTIONS),
  };
  return {
    ...repositories(root),
    transaction: (work) => db.prisma.$transaction((tx) => work(transactionStore(tx)), TRANSACTION_OPTIONS),
    async ping() {
      await db.prisma.$queryRaw`SELECT 1`;
    },
    close: () => db.close(),
  };
}

/** A store bound to an open transaction: nested transaction() calls join it. */
function transactionStore(tx: Tx): Store {
  const store: Store = {
    ...repositories({ client: tx, atomically: (work) => work(tx) }),
    transaction: (work) => work(store),
    async ping() {
      await tx.$queryRaw`SELECT 1`;
    },
    // The transaction belongs to the root store, which closes the database.
    async close() {},
  };
  return store;
}

function repositories(ctx: RepoContext): Omit<Store, 'transaction' | 'ping' | 'close'> {
  return {
    adapterState: adapterStateRepository(ctx),
    accounts: accountRepository(ctx),
    chats: chatRepository(ctx),
    cohorts: cohortRepository(ctx),
    memberships: membershipRepository(ctx),
    audit: auditRepository(ctx),
    reports: reportRepository(ctx),
    actionTokens: actionTokenRepository(ctx),
    deliveries: deliveryRepository(ctx),
    inbound: inboundRepository(ctx),
    checkins: checkInRepository(ctx),
    reflections: reflectionRepository(ctx),
    mentorships: mentorshipRepository(ctx),
    peerRounds: peerRoundRepository(ctx),
    gatherings: gatheringRepository(ctx),
    surveys: surveyRepository(ctx),
    networks: networkRepository(ctx),
    networkMeet: networkMeetRepository(ctx),
    networkOverview: networkOverviewRepository(ctx),
  };
}
