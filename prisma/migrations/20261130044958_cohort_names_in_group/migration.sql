-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "namesInGroup" BOOLEAN NOT NULL DEFAULT false;
