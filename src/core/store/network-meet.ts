// Cross-cohort peer matching in a network (docs/network.md): who asked to meet
// someone from another cohort, and the rounds that introduced them.

import type { Cohort, MemberWithAccount } from './cohorts.ts';

/** A member's wish to meet someone from another cohort of a network. */
export interface NetworkMeetOptIn {
  networkId: string;
  membershipId: string;
  createdAt: Date;
}

/** One cross-cohort round: its groups as membership ids. */
export interface NetworkMeetRound {
  id: string;
  networkId: string;
  number: number;
  createdAt: Date;
  groups: string[][];
}

/** An opted-in member as a round needs them: their account and their cohort. */
export type NetworkMeetParticipant = MemberWithAccount & { cohort: Cohort };

export interface NetworkMeetRepository {
  /** Opt in; false when they already were. */
  optIn(networkId: string, membershipId: string, at: Date): Promise<boolean>;
  /** Opt out; false when they were not in. */
  optOut(networkId: string, membershipId: string): Promise<boolean>;
  /** The opt-ins of these memberships (every network). */
  optInsOf(membershipIds: string[]): Promise<NetworkMeetOptIn[]>;
  /**
   * The network's opted-in members who can take part now: active members of
   * a live cohort still in the network.
   */
  participants(networkId: string): Promise<NetworkMeetParticipant[]>;
  /** The accounts of these memberships (an /avoid list names memberships), by membership id. */
  accountsOf(membershipIds: string[]): Promise<Map<string, string>>;
  /** The network's latest rounds, oldest first (the history of who met). */
  recentRounds(networkId: string, limit: number): Promise<NetworkMeetRound[]>;
  /** Store a round with the next number. */
  createRound(input: { networkId: string; groups: string[][]; at: Date }): Promise<NetworkMeetRound>;
  /** The rounds these memberships took part in, with their groups (for /mydata), newest first. */
  roundsOf(membershipIds: string[]): Promise<NetworkMeetRound[]>;
  /** /forgetme: their opt-ins and places in rounds. */
  forget(membershipIds: string[]): Promise<void>;
}
