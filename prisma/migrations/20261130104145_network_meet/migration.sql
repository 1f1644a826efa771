-- CreateTable
CREATE TABLE "NetworkMeetOptIn" (
    "networkId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkMeetOptIn_pkey" PRIMARY KEY ("networkId","membershipId")
);

-- CreateTable
CREATE TABLE "NetworkMeetRound" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkMeetRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkMeetMember" (
    "roundId" TEXT NOT NULL,
    "group" INTEGER NOT NULL,
    "membershipId" TEXT NOT NULL,

    CONSTRAINT "NetworkMeetMember_pkey" PRIMARY KEY ("roundId","membershipId")
);

-- CreateIndex
CREATE INDEX "NetworkMeetOptIn_membershipId_idx" ON "NetworkMeetOptIn"("membershipId");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkMeetRound_networkId_number_key" ON "NetworkMeetRound"("networkId", "number");

-- CreateIndex
CREATE INDEX "NetworkMeetMember_membershipId_idx" ON "NetworkMeetMember"("membershipId");

-- AddForeignKey
ALTER TABLE "NetworkMeetOptIn" ADD CONSTRAINT "NetworkMeetOptIn_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMeetOptIn" ADD CONSTRAINT "NetworkMeetOptIn_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMeetRound" ADD CONSTRAINT "NetworkMeetRound_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMeetMember" ADD CONSTRAINT "NetworkMeetMember_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "NetworkMeetRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMeetMember" ADD CONSTRAINT "NetworkMeetMember_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
