-- Substring search over "Repo"."searchText" through an FTS5 trigram index (server/src/search).
-- Raw SQL: Prisma's schema has no full-text tables, and `migrate diff` never sees these objects.
--
-- The index is contentless (the text stays in "Repo" only) with contentless_delete=1 (SQLite
-- 3.43+, bundled by better-sqlite3 12) so rows can be removed by rowid. Its rowid is the key of
-- "RepoSearchKey", an INTEGER PRIMARY KEY: "Repo"."id" is text, and "Repo"'s implicit rowid may
-- change on VACUUM, which would silently detach the index from its rows.
CREATE TABLE "RepoSearchKey" (
    "key" INTEGER NOT NULL PRIMARY KEY,
    "repoId" TEXT NOT NULL
);
CREATE UNIQUE INDEX "RepoSearchKey_repoId_key" ON "RepoSearchKey"("repoId");
CREATE VIRTUAL TABLE "RepoSearch" USING fts5("searchText", content='', contentless_delete=1, tokenize='trigram');

INSERT INTO "RepoSearchKey" ("repoId") SELECT "id" FROM "Repo";
INSERT INTO "RepoSearch" (rowid, "searchText")
    SELECT k."key", r."searchText" FROM "RepoSearchKey" k JOIN "Repo" r ON r."id" = k."repoId";

-- Triggers keep the index in the same transaction as every write to "Repo", whichever client
-- writes (Prisma's create/createMany/update, raw SQL, cascading deletes of an owner). Download
-- counters and other columns do not touch the index.
CREATE TRIGGER "Repo_search_insert" AFTER INSERT ON "Repo" BEGIN
    INSERT INTO "RepoSearchKey" ("repoId") VALUES (new."id");
    INSERT INTO "RepoSearch" (rowid, "searchText") VALUES (last_insert_rowid(), new."searchText");
END;

CREATE TRIGGER "Repo_search_update" AFTER UPDATE OF "id", "searchText" ON "Repo" BEGIN
    UPDATE "RepoSearchKey" SET "repoId" = new."id" WHERE "repoId" = old."id";
    DELETE FROM "RepoSearch" WHERE rowid = (SELECT "key" FROM "RepoSearchKey" WHERE "repoId" = new."id");
    INSERT INTO "RepoSearch" (rowid, "searchText")
        SELECT "key", new."searchText" FROM "RepoSearchKey" WHERE "repoId" = new."id";
END;

CREATE TRIGGER "Repo_search_delete" AFTER DELETE ON "Repo" BEGIN
    DELETE FROM "RepoSearch" WHERE rowid = (SELECT "key" FROM "RepoSearchKey" WHERE "repoId" = old."id");
    DELETE FROM "RepoSearchKey" WHERE "repoId" = old."id";
END;
