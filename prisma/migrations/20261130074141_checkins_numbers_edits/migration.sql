-- AlterTable
ALTER TABLE "CheckInAnswer" ADD COLUMN     "messageIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "checkinNumbersUsed" INTEGER NOT NULL DEFAULT 0;

-- Numbers given so far: the highest existing one (a deleted higher one is not known any more).
UPDATE "Cohort" c SET "checkinNumbersUsed" = s.top
FROM (SELECT "cohortId", MAX("number") AS top FROM "CheckInSchedule" GROUP BY "cohortId") s
WHERE s."cohortId" = c."id";

-- One timezone per person: someone who set it only with /profile set timezone keeps it as their
-- timezone (the account's), and every membership mirrors it.
UPDATE "Account" a SET "timezone" = m."timezone"
FROM (SELECT DISTINCT ON ("accountId") "accountId", "timezone" FROM "Membership"
      WHERE "timezone" IS NOT NULL ORDER BY "accountId", "updatedAt" DESC) m
WHERE m."accountId" = a."id" AND a."timezone" IS NULL;
UPDATE "Membership" m SET "timezone" = a."timezone"
FROM "Account" a WHERE a."id" = m."accountId" AND a."timezone" IS NOT NULL;
