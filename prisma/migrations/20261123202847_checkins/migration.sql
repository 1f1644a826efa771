-- CreateTable
CREATE TABLE "CheckInSchedule" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "pattern" TEXT NOT NULL,
    "phase" INTEGER NOT NULL DEFAULT 0,
    "questions" TEXT[],
    "windowMinutes" INTEGER NOT NULL,
    "remindMinutes" INTEGER,
    "digest" TEXT NOT NULL DEFAULT 'group',
    "status" TEXT NOT NULL DEFAULT 'active',
    "nextDueAt" TIMESTAMP(3),
    "skipDueAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckInSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "scheduleId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'open',
    "questions" TEXT[],
    "postedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInAnswer" (
    "id" TEXT NOT NULL,
    "checkInId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '[]',
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "cursor" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckInAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reflection" (
    "id" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "visibility" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reflection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CheckInSchedule_status_idx" ON "CheckInSchedule"("status");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInSchedule_cohortId_number_key" ON "CheckInSchedule"("cohortId", "number");

-- CreateIndex
CREATE INDEX "CheckIn_cohortId_dueAt_idx" ON "CheckIn"("cohortId", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_scheduleId_dueAt_key" ON "CheckIn"("scheduleId", "dueAt");

-- CreateIndex
CREATE INDEX "CheckInAnswer_membershipId_idx" ON "CheckInAnswer"("membershipId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInAnswer_checkInId_membershipId_key" ON "CheckInAnswer"("checkInId", "membershipId");

-- CreateIndex
CREATE INDEX "Reflection_membershipId_createdAt_idx" ON "Reflection"("membershipId", "createdAt");

-- CreateIndex
CREATE INDEX "Reflection_cohortId_createdAt_idx" ON "Reflection"("cohortId", "createdAt");

-- AddForeignKey
ALTER TABLE "CheckInSchedule" ADD CONSTRAINT "CheckInSchedule_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "CheckInSchedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInAnswer" ADD CONSTRAINT "CheckInAnswer_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInAnswer" ADD CONSTRAINT "CheckInAnswer_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
