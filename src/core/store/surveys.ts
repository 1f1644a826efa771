// Surveys: their versions, who was asked and how far they got, and the
// answers of anonymous surveys, kept apart from any person (docs/surveys.md).

export type SurveyStatus = 'draft' | 'open' | 'closed';

/** Answers by question id: an option index, several, a number, "yes"/"no", a text; null: skipped. */
export type SurveyAnswers = Record<string, string | number | number[] | null>;

export interface Survey {
  id: string;
  cohortId: string;
  number: number;
  title: string;
  template: string | null;
  anonymous: boolean;
  status: SurveyStatus;
  deadline: Date | null;
  remindMs: number;
  sourceKind: string | null;
  sourceId: string | null;
  requestKey: string | null;
  openedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  /** A quick poll's native poll message in the cohort's chat (closed with the survey), else null. */
  pollMessageId: string | null;
}

export interface SurveyVersion {
  id: string;
  surveyId: string;
  number: number;
  /** The definition as validated by the surveys feature (plain JSON). */
  definition: unknown;
  createdAt: Date;
}

export interface SurveyParticipant {
  id: string;
  surveyId: string;
  membershipId: string;
  versionId: string;
  cursor: number | null;
  answers: SurveyAnswers;
  completed: boolean;
  reminded: boolean;
}

export interface SurveyAnonymousResponse {
  id: string;
  surveyId: string;
  versionId: string;
  answers: SurveyAnswers;
  day: Date;
}

export interface NewSurvey {
  cohortId: string;
  title: string;
  template: string | null;
  anonymous: boolean;
  definition: unknown;
  requestKey?: string | null;
  sourceKind?: string | null;
  sourceId?: string | null;
}

export interface SurveyRepository {
  /** A new draft with its first version; the number is the cohort's next. */
  create(input: NewSurvey): Promise<{ survey: Survey; version: SurveyVersion }>;
  byId(id: string): Promise<Survey | null>;
  byNumber(cohortId: string, number: number): Promise<Survey | null>;
  byRequestKey(key: string): Promise<Survey | null>;
  ofCohort(cohortId: string): Promise<Survey[]>;
  /** Surveys still open whose deadline passed (for the start hook). */
  open(): Promise<Survey[]>;
  update(
    id: string,
    patch: Partial<
      Pick<
        Survey,
        'status' | 'deadline' | 'remindMs' | 'openedAt' | 'closedAt' | 'title' | 'anonymous' | 'pollMessageId'
      >
    >,
  ): Promise<Survey>;
  /** The newest version. */
  latestVersion(surveyId: string): Promise<SurveyVersion>;
  version(versionId: string): Promise<SurveyVersion | null>;
  versions(surveyId: string): Promise<SurveyVersion[]>;
  addVersion(surveyId: string, definition: unknown): Promise<SurveyVersion>;
  replaceVersion(versionId: string, definition: unknown): Promise<SurveyVersion>;
  /** Whether anyone answered anything of this version (named or anonymous). */
  hasAnswers(versionId: string): Promise<boolean>;

  participant(surveyId: string, membershipId: string): Promise<SurveyParticipant | null>;
  participants(surveyId: string): Promise<SurveyParticipant[]>;
  /** Make sure a row exists (answering the survey's latest version); existing rows stay as they are. */
  invite(surveyId: string, membershipId: string, versionId: string): Promise<SurveyParticipant>;
  updateParticipant(
    id: string,
    patch: Partial<Pick<SurveyParticipant, 'cursor' | 'answers' | 'completed' | 'reminded' | 'versionId'>>,
  ): Promise<SurveyParticipant>;
  /**
   * Finish an anonymous answer in one transaction: the answers go to a row
   * with no person, the participant keeps only "completed". False when it was
   * completed already (two devices at once: the first wins).
   */
  submitAnonymous(participantId: string, versionId: string, answers: SurveyAnswers, day: Date): Promise<boolean>;
  /** The person's rows whose cursor is set (answering now), newest survey first. */
  answering(membershipIds: string[]): Promise<SurveyParticipant[]>;
  ofMembers(membershipIds: string[]): Promise<SurveyParticipant[]>;
  anonymousResponses(surveyId: string): Promise<SurveyAnonymousResponse[]>;
  /**
   * An anonymous native poll's totals (votes per option of one single-choice
   * question): the anonymous rows of this version become exactly that many per
   * option (rows added with `day`, or removed), in one transaction. Nobody is
   * behind them: the platform never said who voted.
   */
  setPollTotals(surveyId: string, versionId: string, questionId: string, counts: number[], day: Date): Promise<void>;
  /** At close of an anonymous survey: who answered is forgotten. */
  dropParticipants(surveyId: string): Promise<void>;
  /** One person's row goes (a retracted poll vote). */
  removeParticipant(surveyId: string, membershipId: string): Promise<void>;
  /** Delete a survey with its versions, participants and anonymous answers. */
  remove(surveyId: string): Promise<void>;

  /** A survey being written with /survey new (kept across restarts). */
  draft(accountId: string): Promise<SurveyDraft | null>;
  saveDraft(accountId: string, cohortId: string, state: unknown): Promise<void>;
  dropDraft(accountId: string): Promise<void>;
}

export interface SurveyDraft {
  accountId: string;
  cohortId: string;
  state: unknown;
  updatedAt: Date;
}
