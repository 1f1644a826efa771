-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "excused" TEXT[] DEFAULT ARRAY[]::TEXT[];
