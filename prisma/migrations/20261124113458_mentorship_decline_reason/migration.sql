-- AlterTable
ALTER TABLE "Mentorship" ADD COLUMN     "declineReason" TEXT;
