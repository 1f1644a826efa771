-- AlterTable
ALTER TABLE "CheckInSchedule" ADD COLUMN     "inactiveAfter" INTEGER NOT NULL DEFAULT 3;
