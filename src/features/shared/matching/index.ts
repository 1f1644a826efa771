// The pure matching engine of the pairing feature: compatibility scores with
// explanations, exact mentor assignment, and peer rounds. No I/O.

export { assignMentors, type MentorAssignment, type MentorPair, type UnmatchedMentee } from './assign-mentors.ts';
export { evaluatePair, MATCHING_CONFIG, type MatchingConfig, MatchSpace } from './compatibility.ts';
export { historyOfRounds, type RoundGroups } from './history.ts';
export { type BipartiteGraph, maxWeightAssignment } from './min-cost-assignment.ts';
export { type PeerGroup, type PeerMember, type PeerRound, planPeerRound } from './peer-rounds.ts';
export { seededPermutation, seededRandom } from './random.ts';
export { planTeamRound, TEAM_BLOCK_SIZE, type TeamRound } from './team-rounds.ts';
export * from './types.ts';
