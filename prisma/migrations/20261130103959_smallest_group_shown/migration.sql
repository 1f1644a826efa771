-- One "smallest group shown" per cohort instead of two thresholds
-- (SurveySettings.threshold for surveys, ReportSettings.minAggregate for
-- reports). Each cohort keeps the larger of the two values in effect (an
-- unset one counts as its default, 5), so no cohort shows smaller groups
-- after the migration than before it.

-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "smallestGroup" INTEGER NOT NULL DEFAULT 5;

UPDATE "Cohort" AS c
SET "smallestGroup" = GREATEST(
  3,
  COALESCE((SELECT s."threshold" FROM "SurveySettings" s WHERE s."cohortId" = c."id"), 5),
  COALESCE((SELECT r."minAggregate" FROM "ReportSettings" r WHERE r."cohortId" = c."id"), 5)
);

-- AlterTable
ALTER TABLE "ReportSettings" DROP COLUMN "minAggregate";

-- DropTable
DROP TABLE "SurveySettings";
