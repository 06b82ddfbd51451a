-- AlterTable
ALTER TABLE "Account" ADD COLUMN "quotaBytes" BIGINT;

-- CreateTable
CREATE TABLE "BlobGrant" (
    "accountId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" BIGINT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("accountId", "sha256"),
    CONSTRAINT "BlobGrant_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "BlobGrant_sha256_idx" ON "BlobGrant"("sha256");

-- CreateIndex
CREATE INDEX "BlobGrant_createdAt_idx" ON "BlobGrant"("createdAt");


-- Hand-written: names unique case-insensitively (Prisma cannot express an expression index).
-- An index holding two names that differ only in case must be renamed before this applies.
CREATE UNIQUE INDEX "Account_name_lower_key" ON "Account"(lower("name"));

-- Hand-written backfill: every namespace holds the blobs its repos' revisions already contain,
-- so existing repos keep working and their storage counts towards the namespace's quota.
-- (The timestamp is written in the form Prisma's sqlite client writes and compares.)
INSERT INTO "BlobGrant" ("accountId", "sha256", "size", "createdAt")
SELECT r."ownerId", f."sha256", MAX(f."size"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
  FROM "RevisionFile" f
  JOIN "Revision" v ON v."id" = f."revisionId"
  JOIN "Repo" r ON r."id" = v."repoId"
 GROUP BY r."ownerId", f."sha256";
