-- CreateTable
CREATE TABLE "HubSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HubSecret_pkey" PRIMARY KEY ("name")
);

