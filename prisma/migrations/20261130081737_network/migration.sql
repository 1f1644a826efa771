-- CreateTable
CREATE TABLE "Network" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hubChatId" TEXT,
    "hubThreadId" TEXT NOT NULL DEFAULT '',
    "lastDigestAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkCoordinator" (
    "networkId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkCoordinator_pkey" PRIMARY KEY ("networkId","accountId")
);

-- CreateTable
CREATE TABLE "NetworkCohort" (
    "networkId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "approval" BOOLEAN NOT NULL DEFAULT false,
    "announcements" BOOLEAN NOT NULL DEFAULT true,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkCohort_pkey" PRIMARY KEY ("networkId","cohortId")
);

-- CreateTable
CREATE TABLE "NetworkInvite" (
    "code" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkInvite_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "NetworkShare" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "withName" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "digestedAt" TIMESTAMP(3),

    CONSTRAINT "NetworkShare_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NetworkCoordinator_accountId_idx" ON "NetworkCoordinator"("accountId");

-- CreateIndex
CREATE INDEX "NetworkCohort_cohortId_idx" ON "NetworkCohort"("cohortId");

-- CreateIndex
CREATE INDEX "NetworkInvite_networkId_idx" ON "NetworkInvite"("networkId");

-- CreateIndex
CREATE INDEX "NetworkShare_membershipId_idx" ON "NetworkShare"("membershipId");

-- CreateIndex
CREATE INDEX "NetworkShare_networkId_status_idx" ON "NetworkShare"("networkId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkShare_networkId_sourceKind_sourceId_key" ON "NetworkShare"("networkId", "sourceKind", "sourceId");

-- AddForeignKey
ALTER TABLE "Network" ADD CONSTRAINT "Network_hubChatId_fkey" FOREIGN KEY ("hubChatId") REFERENCES "Chat"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkCoordinator" ADD CONSTRAINT "NetworkCoordinator_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkCoordinator" ADD CONSTRAINT "NetworkCoordinator_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkCohort" ADD CONSTRAINT "NetworkCohort_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkCohort" ADD CONSTRAINT "NetworkCohort_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkInvite" ADD CONSTRAINT "NetworkInvite_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkShare" ADD CONSTRAINT "NetworkShare_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkShare" ADD CONSTRAINT "NetworkShare_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
