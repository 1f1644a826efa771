// Networks of cohorts (docs/network.md): which cohorts are in one (each by its
// own coordinator's consent, through a one-time invite code), who coordinates
// it, where its hub is, and the learnings members offered to it.

export interface Network {
  id: string;
  name: string;
  /** The hub chat's row id (digests go there); null until /network hub. */
  hubChatId: string | null;
  hubThreadId: string;
  lastDigestAt: Date | null;
  /** The Matrix space mirroring the cohorts' rooms (/network space); null until made. */
  spaceRoomId: string | null;
  /** The generation of the links to its page of shared items; /network page revoke bumps it. */
  pageLinkEpoch: number;
  /** Cross-cohort rounds by themselves every N weeks; 0: only on demand (/network round). */
  meetEveryWeeks: number;
  /** When the next round of the rhythm is due; null without a rhythm. */
  meetNextDueAt: Date | null;
  createdAt: Date;
}

/** A cohort's place in a network. */
export interface NetworkCohort {
  networkId: string;
  cohortId: string;
  /** Its members' shares wait for one of its coordinators' approval. */
  approval: boolean;
  /** Network announcements reach its group (its coordinators may opt out). */
  announcements: boolean;
  joinedAt: Date;
}

export type ShareSourceKind = 'reflection' | 'checkin' | 'commitment';
export type NetworkShareStatus = 'pending' | 'approved' | 'declined' | 'withdrawn';

export interface NetworkShare {
  id: string;
  networkId: string;
  membershipId: string;
  cohortId: string;
  sourceKind: ShareSourceKind;
  sourceId: string;
  /** The text as it was when the author shared it. */
  text: string;
  locale: string;
  withName: boolean;
  status: NetworkShareStatus;
  createdAt: Date;
  decidedAt: Date | null;
  digestedAt: Date | null;
}

/** Using an invite code: what happened. */
export type RedeemOutcome =
  | { kind: 'joined'; network: Network }
  | { kind: 'unknown' }
  | { kind: 'used' }
  | { kind: 'expired' }
  | { kind: 'already-in'; network: Network };

export interface NetworkRepository {
  /** A network with its first cohort and coordinator, in one transaction. */
  create(input: { name: string; cohortId: string; coordinatorAccountId: string; at: Date }): Promise<Network>;
  byId(id: string): Promise<Network | null>;
  /** The networks a cohort is in, with its place in each. */
  ofCohort(cohortId: string): Promise<Array<{ network: Network; link: NetworkCohort }>>;
  /** The cohorts of a network, oldest member first. */
  cohorts(networkId: string): Promise<NetworkCohort[]>;
  coordinatorIds(networkId: string): Promise<string[]>;
  /** The networks someone coordinates. */
  coordinatedBy(accountId: string): Promise<Network[]>;
  /** Networks with a hub (the digest runs for them). */
  withHub(): Promise<Network[]>;
  createInvite(input: { code: string; networkId: string; expiresAt: Date }): Promise<void>;
  /**
   * Use a code for a cohort: atomically marks it used and adds the cohort.
   * A code of a network the cohort is already in stays unused.
   */
  redeemInvite(code: string, cohortId: string, at: Date): Promise<RedeemOutcome>;
  /** Take a cohort out; false when it was not in. Its members' shares to it are withdrawn (off its page too). */
  leave(networkId: string, cohortId: string): Promise<boolean>;
  /** A cohort's own settings in a network; false when it is not in it. */
  setCohortSettings(
    networkId: string,
    cohortId: string,
    settings: Partial<Pick<NetworkCohort, 'approval' | 'announcements'>>,
  ): Promise<boolean>;
  setHub(networkId: string, hubChatId: string, hubThreadId: string, at: Date): Promise<void>;
  setSpace(networkId: string, spaceRoomId: string): Promise<void>;
  setLastDigest(networkId: string, at: Date): Promise<void>;

  /** Offer an item to a network; null when it was offered there already. */
  share(input: Omit<NetworkShare, 'id' | 'decidedAt' | 'digestedAt'>): Promise<NetworkShare | null>;
  shareById(id: string): Promise<NetworkShare | null>;
  /** Approve or decline a pending share; false when it is no longer pending. */
  decide(id: string, status: 'approved' | 'declined', at: Date): Promise<boolean>;
  /**
   * Withdraw a member's shares of an item (all networks), sent in a digest or
   * not: out of future digests and off the network's page; how many.
   */
  withdraw(membershipId: string, sourceKind: ShareSourceKind, sourceId: string): Promise<number>;
  /** Every share of these memberships (for /mydata), newest first. */
  sharesOf(membershipIds: string[]): Promise<NetworkShare[]>;
  /** Approved, not yet digested shares of the network's current cohorts, oldest first. */
  dueForDigest(networkId: string): Promise<NetworkShare[]>;
  markDigested(ids: string[], at: Date): Promise<void>;
  /**
   * The network's page of shared items: approved shares of its current
   * cohorts (sent in a digest or not yet), oldest first. Withdrawn, declined
   * and pending ones, those of cohorts that left and of forgotten people
   * (deleted) are not in it.
   */
  pageItems(networkId: string): Promise<NetworkShare[]>;
  /** Every link to the network's page given out so far stops working; the new generation. */
  revokePageLinks(networkId: string): Promise<number>;
  /** The rhythm of cross-cohort rounds (0 weeks and null: off). */
  setMeetRhythm(networkId: string, everyWeeks: number, nextDueAt: Date | null): Promise<void>;
  /** Move the rhythm from `dueAt` to `next`; false when it was not due at `dueAt` any more (already run, changed). */
  advanceMeetRhythm(networkId: string, dueAt: Date, next: Date): Promise<boolean>;
  /** Networks with a rhythm of rounds. */
  withMeetRhythm(): Promise<Network[]>;
  /** /forgetme: delete the shares of these memberships. */
  deleteSharesOf(membershipIds: string[]): Promise<number>;
}
