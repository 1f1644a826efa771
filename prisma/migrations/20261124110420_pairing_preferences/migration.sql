-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "avoid" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "preferences" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "stage" TEXT;
