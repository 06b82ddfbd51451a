-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "peftConfig" TEXT;


-- CreateIndex (a model's page lists the deltas recorded on it: search by backbone name)
CREATE INDEX "Repo_backboneName_idx" ON "Repo"("backboneName");

-- Backbones recorded as local paths by clients before hub ids (an absolute or relative path, a
-- Windows path, more than one '/'): the index records them as unknown, as pushes now do.
UPDATE "Repo" SET "backboneName" = 'unknown'
 WHERE "backboneName" LIKE '/%' OR "backboneName" LIKE '.%' OR "backboneName" LIKE '~%'
    OR strpos("backboneName", E'\\') > 0 OR strpos("backboneName", ':') > 0 OR strpos("backboneName", ' ') > 0
    OR length("backboneName") - length(replace("backboneName", '/', '')) > 1;
UPDATE "Revision" SET "backboneName" = 'unknown'
 WHERE "backboneName" LIKE '/%' OR "backboneName" LIKE '.%' OR "backboneName" LIKE '~%'
    OR strpos("backboneName", E'\\') > 0 OR strpos("backboneName", ':') > 0 OR strpos("backboneName", ' ') > 0
    OR length("backboneName") - length(replace("backboneName", '/', '')) > 1;
