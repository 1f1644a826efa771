// Stages of experience, as people set them in their profile and as pairing
// compares them (a mentor should be ahead of their mentee).

/** Ordered: a later stage is further along. */
export const STAGES = ['newcomer', 'contributor', 'organizer', 'experienced'] as const;
export type Stage = (typeof STAGES)[number];
