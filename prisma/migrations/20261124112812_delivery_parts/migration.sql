-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "partsSent" INTEGER NOT NULL DEFAULT 0;
