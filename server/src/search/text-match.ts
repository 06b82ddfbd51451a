import type { Sql } from '../db/sql.js';

/** Trigram indexes (SQLite FTS5 `trigram`, PostgreSQL pg_trgm) cannot narrow shorter words. */
export const TRIGRAM_LENGTH = 3;

/** Splits a text query into at most 8 lowercased words (the search text is stored lowercased). */
export function searchWords(q: string | undefined): string[] {
  const text = q?.trim().toLowerCase();
  return text ? text.split(/\s+/).slice(0, 8) : [];
}

/** The words a trigram index can look up: those of at least three characters. */
export function indexableWords(words: readonly string[]): string[] {
  return words.filter((w) => [...w].length >= TRIGRAM_LENGTH);
}

/**
 * The FTS5 MATCH expression requiring every word of at least three characters: each word is a
 * quoted string (an exact substring to the trigram tokenizer; `"` doubled, nothing else is
 * syntax inside quotes), all of them ANDed. Undefined when no word is long enough for the index.
 */
export function trigramMatch(words: readonly string[]): string | undefined {
  const long = indexableWords(words);
  if (!long.length) return undefined;
  return long.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ');
}

/**
 * SQLite: `r."id"` is among the repos whose search text the FTS5 trigram index matches (see
 * prisma/migrations/sqlite/0003_search_index.sql). The index narrows; the exact per-word test on
 * the row stays the definition of a match.
 */
export function indexedRepoIds(sql: Sql, match: string): string {
  return `r."id" IN (SELECT k."repoId" FROM "RepoSearch" s JOIN "RepoSearchKey" k ON k."key" = s.rowid WHERE "RepoSearch" MATCH ${sql.param(match)})`;
}

/**
 * Above this share of repos matching the indexed words, listing the index's candidates costs
 * more than one scan of the table (about 1.8 µs per candidate looked up and sorted against
 * 0.5 µs per row scanned, measured with 10,000 repos).
 */
export const INDEX_MAX_SHARE = 0.2;

/**
 * SQLite: counts how many of the first `sample` repos in `column` order contain every indexable
 * word (`n`), an estimate of how many candidates the trigram index would return. The index only
 * knows the words: a query whose filters or short words are what make it rare (q=`lora t5`,
 * q=`bert` with a fingerprint filter) would otherwise look up most of the table through it.
 */
export function sampleIndexableShare(
  sql: Sql,
  words: readonly string[],
  column: string,
  sample: number,
): string {
  // Placeholders bind in text order: the LIMIT comes first.
  const source = `(SELECT "searchText" FROM "Repo" ORDER BY "${column}" DESC, "id" ASC LIMIT ${sql.param(sample)}) p`;
  const tests = indexableWords(words).map((w) => sql.containsExact('p."searchText"', w));
  return `SELECT count(*) AS "n" FROM ${source} WHERE ${tests.join(' AND ')}`;
}
