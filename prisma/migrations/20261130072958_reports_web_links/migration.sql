-- CreateTable
CREATE TABLE "ReportSettings" (
    "cohortId" TEXT NOT NULL,
    "linkEpoch" INTEGER NOT NULL DEFAULT 0,
    "minAggregate" INTEGER NOT NULL DEFAULT 5,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportSettings_pkey" PRIMARY KEY ("cohortId")
);
