import type { Db } from '../db/client.js';
import { dialectOf, query, Sql, toDate } from '../db/sql.js';
import { badRequest } from '../errors.js';
import { isSha256 } from '../names.js';
import type { RepoRef } from '../repos/repos.js';
import { resolveRevision } from './revisions.js';

/** The most commits one page of history holds. */
export const MAX_HISTORY_PAGE = 100;

/** A commit of a ref's history. */
export interface CommitView {
  id: string;
  parent: string | null;
  message: string;
  /** The committer's name (null when the account is gone). */
  author: string | null;
  /** ISO 8601. */
  createdAt: string;
}

/** One page of history, newest first; `nextCursor` continues it (null at the first commit). */
export interface HistoryPage {
  items: CommitView[];
  nextCursor: string | null;
}

/** Paging of {@link commitHistory}: page size, and the cursor a previous page returned. */
export interface HistoryQuery {
  limit?: number;
  cursor?: string;
}

/**
 * The history of `rev` (branch, tag or revision id): its revision, then its parent, and so on,
 * `limit` at a time. One recursive query per page, bounded by the page size, whatever the
 * history's length; the cursor is the id of the next revision of the chain.
 */
export async function commitHistory(
  db: Db,
  repo: RepoRef,
  rev: string,
  page: HistoryQuery = {},
): Promise<HistoryPage> {
  const limit = page.limit ?? MAX_HISTORY_PAGE;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_HISTORY_PAGE)
    throw badRequest('invalid_request', `limit must be an integer from 1 to ${MAX_HISTORY_PAGE}`);
  if (page.cursor !== undefined && !isSha256(page.cursor))
    throw badRequest('invalid_cursor', 'invalid cursor');
  const start = page.cursor ?? (await resolveRevision(db, repo, rev)).id;
  // Placeholders bind in textual order (SQLite's `?`): one param() per occurrence, in order.
  const sql = new Sql(dialectOf(db));
  // limit + 1 rows: the last one, if any, is the next page's cursor.
  const rows = await query<{
    id: string;
    parentId: string | null;
    message: string;
    createdAt: unknown;
    authorName: string | null;
  }>(
    db,
    sql,
    `WITH RECURSIVE chain ("id", "depth") AS (
       SELECT v."id", 0 FROM "Revision" v WHERE v."id" = ${sql.param(start)} AND v."repoId" = ${sql.param(repo.id)}
       UNION ALL
       SELECT v."parentId", c."depth" + 1 FROM chain c JOIN "Revision" v ON v."id" = c."id"
        WHERE v."parentId" IS NOT NULL AND c."depth" < ${sql.param(limit)}
     )
     SELECT v."id", v."parentId", v."message", v."createdAt", a."name" AS "authorName"
       FROM chain c
       JOIN "Revision" v ON v."id" = c."id" AND v."repoId" = ${sql.param(repo.id)}
       LEFT JOIN "Account" a ON a."id" = v."authorId"
      ORDER BY c."depth" ASC`,
  );
  const items = rows.slice(0, limit).map((r) => ({
    id: r.id,
    parent: r.parentId,
    message: r.message,
    author: r.authorName,
    createdAt: toDate(r.createdAt).toISOString(),
  }));
  return { items, nextCursor: rows.length > limit ? rows[limit]!.id : null };
}
