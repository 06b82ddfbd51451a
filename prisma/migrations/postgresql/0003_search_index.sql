-- Substring search over "Repo"."searchText" through a pg_trgm GIN index (server/src/search):
-- it answers `"searchText" LIKE '%word%'` for words of three or more characters. Raw SQL:
-- Prisma's schema cannot declare the extension's operator class, and `migrate diff` never sees
-- this index. pg_trgm ships with PostgreSQL (contrib) and is a trusted extension (13+): the
-- database owner can create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Repo_searchText_trgm_idx" ON "Repo" USING GIN ("searchText" gin_trgm_ops);
