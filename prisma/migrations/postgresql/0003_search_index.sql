-- Substring search over "Repo"."searchText" through a pg_trgm GIN index (server/src/search):
-- it answers `"searchText" LIKE '%word%'` for words of three or more characters. Raw SQL:
-- Prisma's schema cannot declare the extension's operator class, and `migrate diff` never sees
-- this index. pg_trgm ships with PostgreSQL (contrib) and is a trusted extension (13+): the
-- database owner can create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- fastupdate = off: new entries go straight into the index. With the default pending list, a
-- burst of writes (an import, a migration backfill) stays unindexed until (auto)vacuum, and every
-- search scans it: 9 ms instead of 0.2 ms for one word at 10,000 repos until then. Index writes
-- are one per push to a main branch, so the slower insert does not matter.
CREATE INDEX "Repo_searchText_trgm_idx" ON "Repo" USING GIN ("searchText" gin_trgm_ops) WITH (fastupdate = off);
