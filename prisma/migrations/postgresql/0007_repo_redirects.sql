-- CreateTable
CREATE TABLE "RepoRedirect" (
    "fromOwnerId" TEXT NOT NULL,
    "fromName" TEXT NOT NULL,
    "repoId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RepoRedirect_pkey" PRIMARY KEY ("fromOwnerId","fromName")
);

-- CreateIndex
CREATE INDEX "RepoRedirect_repoId_idx" ON "RepoRedirect"("repoId");

-- AddForeignKey
ALTER TABLE "RepoRedirect" ADD CONSTRAINT "RepoRedirect_fromOwnerId_fkey" FOREIGN KEY ("fromOwnerId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepoRedirect" ADD CONSTRAINT "RepoRedirect_repoId_fkey" FOREIGN KEY ("repoId") REFERENCES "Repo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

