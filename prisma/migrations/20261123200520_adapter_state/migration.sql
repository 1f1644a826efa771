-- CreateTable
CREATE TABLE "AdapterState" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AdapterState_pkey" PRIMARY KEY ("key")
);
