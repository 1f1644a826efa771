-- CreateTable
CREATE TABLE "Mentorship" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "mentorMembershipId" TEXT NOT NULL,
    "menteeMembershipId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "askedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Mentorship_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Mentorship_cohortId_status_idx" ON "Mentorship"("cohortId", "status");

-- CreateIndex
CREATE INDEX "Mentorship_mentorMembershipId_status_idx" ON "Mentorship"("mentorMembershipId", "status");

-- CreateIndex
CREATE INDEX "Mentorship_menteeMembershipId_status_idx" ON "Mentorship"("menteeMembershipId", "status");

-- AddForeignKey
ALTER TABLE "Mentorship" ADD CONSTRAINT "Mentorship_mentorMembershipId_fkey" FOREIGN KEY ("mentorMembershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentorship" ADD CONSTRAINT "Mentorship_menteeMembershipId_fkey" FOREIGN KEY ("menteeMembershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
