-- CreateTable
CREATE TABLE "SurveySettings" (
    "cohortId" TEXT NOT NULL,
    "threshold" INTEGER NOT NULL DEFAULT 5,

    CONSTRAINT "SurveySettings_pkey" PRIMARY KEY ("cohortId")
);

-- CreateTable
CREATE TABLE "SurveyDraft" (
    "accountId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurveyDraft_pkey" PRIMARY KEY ("accountId")
);
