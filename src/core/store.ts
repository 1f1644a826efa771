// The storage the core and the features see: plain records and small
// repositories, one file per aggregate in store/. src/db implements them with
// Prisma; nothing here knows Prisma. This file gathers them, so importers need
// only `core/store.ts`.

import type { AccountRepository, ChatRepository } from './store/accounts.ts';
import type { AuditRepository } from './store/audit.ts';
import type { CheckInRepository } from './store/checkins.ts';
import type { CohortRepository, MembershipRepository } from './store/cohorts.ts';
import type { DeliveryRepository } from './store/deliveries.ts';
import type { GatheringRepository } from './store/gatherings.ts';
import type { InboundRepository } from './store/inbound.ts';
import type { NetworkRepository } from './store/network.ts';
import type { NetworkMeetRepository } from './store/network-meet.ts';
import type { NetworkOverviewRepository } from './store/network-overview.ts';
import type { MentorshipRepository, PeerRoundRepository } from './store/pairing.ts';
import type { ReflectionRepository } from './store/reflections.ts';
import type { ReportRepository } from './store/reports.ts';
import type { SurveyRepository } from './store/surveys.ts';
import type { ActionTokenRepository } from './store/tokens.ts';
import type { AdapterStateStore } from './types.ts';

export type * from './store/accounts.ts';
export type * from './store/audit.ts';
export type * from './store/checkins.ts';
export * from './store/cohorts.ts';
export type * from './store/deliveries.ts';
export type * from './store/gatherings.ts';
export type * from './store/inbound.ts';
export type * from './store/network.ts';
export type * from './store/network-meet.ts';
export type * from './store/network-overview.ts';
export type * from './store/pairing.ts';
export type * from './store/reflections.ts';
export type * from './store/reports.ts';
export type * from './store/surveys.ts';
export type * from './store/tokens.ts';

export interface Store {
  /** Adapters' durable values (core/types.ts AdapterStateStore). */
  adapterState: AdapterStateStore;
  accounts: AccountRepository;
  chats: ChatRepository;
  cohorts: CohortRepository;
  memberships: MembershipRepository;
  audit: AuditRepository;
  reports: ReportRepository;
  actionTokens: ActionTokenRepository;
  deliveries: DeliveryRepository;
  inbound: InboundRepository;
  checkins: CheckInRepository;
  reflections: ReflectionRepository;
  mentorships: MentorshipRepository;
  peerRounds: PeerRoundRepository;
  gatherings: GatheringRepository;
  surveys: SurveyRepository;
  networks: NetworkRepository;
  networkMeet: NetworkMeetRepository;
  networkOverview: NetworkOverviewRepository;
  /** Run `work` in one transaction with a store bound to it. */
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;
  /** A cheap round trip, for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
