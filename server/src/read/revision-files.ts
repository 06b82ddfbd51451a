import type { Db } from '../db/client.js';
import { dialectOf, query, Sql, toNumber } from '../db/sql.js';
import { notFound } from '../errors.js';
import type { BlobRef } from '../storage/blob-store.js';

/** A file of a revision. */
export interface RevisionFileView {
  path: string;
  sha256: string;
  size: number;
}

/** The files of a revision, sorted by path (raw SQL: on the repo-info and model-info paths). */
export async function revisionFiles(db: Db, revisionId: string): Promise<RevisionFileView[]> {
  const sql = new Sql(dialectOf(db));
  const rows = await query<{ path: string; sha256: string; size: unknown }>(
    db,
    sql,
    `SELECT "path", "sha256", "size" FROM "RevisionFile" WHERE "revisionId" = ${sql.param(revisionId)} ORDER BY "path" ASC`,
  );
  return rows.map((r) => ({ path: r.path, sha256: r.sha256, size: toNumber(r.size) }));
}

/** One file of a revision with where its blob is stored; 404 `entry_not_found` when absent. */
export async function revisionFile(
  db: Db,
  revisionId: string,
  path: string,
): Promise<RevisionFileView & BlobRef> {
  const sql = new Sql(dialectOf(db));
  const [file] = await query<{ sha256: string; objectKey: string | null; size: unknown }>(
    db,
    sql,
    `SELECT f."sha256", f."size", b."objectKey"
       FROM "RevisionFile" f LEFT JOIN "Blob" b ON b."sha256" = f."sha256"
      WHERE f."revisionId" = ${sql.param(revisionId)} AND f."path" = ${sql.param(path)}`,
  );
  if (!file) throw notFound('entry_not_found', `${path} is not in revision ${revisionId}`);
  return { path, sha256: file.sha256, objectKey: file.objectKey, size: toNumber(file.size) };
}
