-- CreateTable
CREATE TABLE "RepoRedirect" (
    "fromOwnerId" TEXT NOT NULL,
    "fromName" TEXT NOT NULL,
    "repoId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("fromOwnerId", "fromName"),
    CONSTRAINT "RepoRedirect_fromOwnerId_fkey" FOREIGN KEY ("fromOwnerId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RepoRedirect_repoId_fkey" FOREIGN KEY ("repoId") REFERENCES "Repo" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RepoRedirect_repoId_idx" ON "RepoRedirect"("repoId");

