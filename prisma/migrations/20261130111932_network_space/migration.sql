-- AlterTable
ALTER TABLE "Network" ADD COLUMN     "spaceRoomId" TEXT;
