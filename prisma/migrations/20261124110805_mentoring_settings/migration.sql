-- CreateTable
CREATE TABLE "MentoringSettings" (
    "cohortId" TEXT NOT NULL,
    "allowBridging" BOOLEAN NOT NULL DEFAULT false,
    "answerHours" INTEGER NOT NULL DEFAULT 72,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MentoringSettings_pkey" PRIMARY KEY ("cohortId")
);

-- AddForeignKey
ALTER TABLE "MentoringSettings" ADD CONSTRAINT "MentoringSettings_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;
