-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "quotaBytes" BIGINT;

-- CreateTable
CREATE TABLE "BlobGrant" (
    "accountId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlobGrant_pkey" PRIMARY KEY ("accountId","sha256")
);

-- CreateIndex
CREATE INDEX "BlobGrant_sha256_idx" ON "BlobGrant"("sha256");

-- CreateIndex
CREATE INDEX "BlobGrant_createdAt_idx" ON "BlobGrant"("createdAt");

-- AddForeignKey
ALTER TABLE "BlobGrant" ADD CONSTRAINT "BlobGrant_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: names unique case-insensitively (Prisma cannot express an expression index).
-- An index holding two names that differ only in case must be renamed before this applies.
CREATE UNIQUE INDEX "Account_name_lower_key" ON "Account"(lower("name"));

-- Hand-written backfill: every namespace holds the blobs its repos' revisions already contain,
-- so existing repos keep working and their storage counts towards the namespace's quota.
-- (The timestamp is written in the form Prisma's postgresql client writes and compares.)
INSERT INTO "BlobGrant" ("accountId", "sha256", "size", "createdAt")
SELECT r."ownerId", f."sha256", MAX(f."size"), CURRENT_TIMESTAMP
  FROM "RevisionFile" f
  JOIN "Revision" v ON v."id" = f."revisionId"
  JOIN "Repo" r ON r."id" = v."repoId"
 GROUP BY r."ownerId", f."sha256";
