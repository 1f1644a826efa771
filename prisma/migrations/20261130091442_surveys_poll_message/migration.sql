-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "pollMessageId" TEXT;
