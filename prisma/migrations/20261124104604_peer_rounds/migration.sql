-- CreateTable
CREATE TABLE "PeerRoundSettings" (
    "cohortId" TEXT NOT NULL,
    "everyWeeks" INTEGER NOT NULL DEFAULT 0,
    "nextDueAt" TIMESTAMP(3),
    "followUpDays" INTEGER NOT NULL DEFAULT 3,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PeerRoundSettings_pkey" PRIMARY KEY ("cohortId")
);

-- CreateTable
CREATE TABLE "PeerRound" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "followUpAt" TIMESTAMP(3) NOT NULL,
    "followedUpAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeerRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeerGroup" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,

    CONSTRAINT "PeerGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeerGroupMember" (
    "groupId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "PeerGroupMember_pkey" PRIMARY KEY ("groupId","membershipId")
);

-- CreateIndex
CREATE UNIQUE INDEX "PeerRound_cohortId_number_key" ON "PeerRound"("cohortId", "number");

-- CreateIndex
CREATE INDEX "PeerGroup_roundId_idx" ON "PeerGroup"("roundId");

-- CreateIndex
CREATE INDEX "PeerGroupMember_membershipId_idx" ON "PeerGroupMember"("membershipId");

-- AddForeignKey
ALTER TABLE "PeerRoundSettings" ADD CONSTRAINT "PeerRoundSettings_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerRound" ADD CONSTRAINT "PeerRound_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerGroup" ADD CONSTRAINT "PeerGroup_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PeerRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerGroupMember" ADD CONSTRAINT "PeerGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "PeerGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerGroupMember" ADD CONSTRAINT "PeerGroupMember_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
