-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "targetDate" TEXT;

-- AlterTable
ALTER TABLE "Gathering" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "roomCode" TEXT;

-- CreateTable
CREATE TABLE "GatheringSettings" (
    "cohortId" TEXT NOT NULL,
    "reminderMinutes" INTEGER[],
    "stepDays" INTEGER[],
    "feedToken" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GatheringSettings_pkey" PRIMARY KEY ("cohortId")
);

-- CreateIndex
CREATE UNIQUE INDEX "GatheringSettings_feedToken_key" ON "GatheringSettings"("feedToken");

-- AddForeignKey
ALTER TABLE "GatheringSettings" ADD CONSTRAINT "GatheringSettings_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;
