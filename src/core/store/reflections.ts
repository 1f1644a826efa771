// Members' reflections and who may read each one.

export type ReflectionVisibility = 'me' | 'mentor' | 'coordinators' | 'cohort';

export interface Reflection {
  id: string;
  membershipId: string;
  cohortId: string;
  text: string;
  visibility: ReflectionVisibility;
  createdAt: Date;
}

export interface ReflectionRepository {
  /** `createdAt`: the bot's clock (the playground's is virtual); the database's now when absent. */
  create(input: Omit<Reflection, 'id' | 'createdAt'> & { createdAt?: Date }): Promise<Reflection>;
  ofMember(membershipId: string, limit: number): Promise<Reflection[]>;
  /** Who may read one of the member's reflections; false when it is not theirs (or gone). */
  setVisibility(id: string, membershipId: string, visibility: ReflectionVisibility): Promise<boolean>;
  /** A cohort's reflections with one of these visibilities, since a time. */
  ofCohort(cohortId: string, visibilities: ReflectionVisibility[], since: Date): Promise<Reflection[]>;
}
