import { throwIfMoved } from '../repos/redirects.js';
import type { Db } from '../db/client.js';
import { dialectOf, readQuery, Sql, toBool, toNumber } from '../db/sql.js';
import { notFound } from '../errors.js';
import { canReadNamespace } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import { checkFilePath, checkName, checkRefName, isSha256 } from '../names.js';
import type { RepoRef } from '../repos/repos.js';
import type { ResolvedRevision } from './revisions.js';

/** A file of a revision, resolved from a download URL. */
export interface ResolvedFile {
  repo: RepoRef;
  revision: ResolvedRevision;
  path: string;
  sha256: string;
  /** Where the store keeps the bytes (see BlobRef). */
  objectKey: string | null;
  size: number;
}

/** The row of the resolve query: the repo, and what the ref (or revision id) and path matched. */
interface ResolveRow {
  id: string;
  ownerId: string;
  ownerName: string;
  name: string;
  private: unknown;
  revisionId: string | null;
  sha256: string | null;
  objectKey: string | null;
  size: unknown;
}

/**
 * Resolves `owner/name`, `rev` (branch, tag or revision id) and a file path to the file's row in
 * one indexed read (repo by owner name and name → ref or revision → file → blob, each by key), instead
 * of one query per step: every file download comes through here.
 *
 * Errors come in the order the steps would raise them, so a missing repo is `repo_not_found`
 * whatever the rest of the URL says, and a private repo the caller may not read answers the same
 * 404 (private names do not leak). Then `invalid_ref`/`revision_not_found`, `invalid_path`,
 * `entry_not_found`.
 */
export async function resolveFile(
  db: Db,
  principal: Principal | null,
  target: { owner: string; name: string; rev: string; path: string },
): Promise<ResolvedFile> {
  const { owner, name, rev, path } = target;
  checkName(owner, 'owner');
  checkName(name, 'repo name');
  const byId = isSha256(rev);
  // Validated now, raised after the repo check (the order a step-by-step lookup would give).
  const refError = byId ? undefined : attempt(() => checkRefName(rev));
  const pathError = attempt(() => checkFilePath(path));

  const sql = new Sql(dialectOf(db));
  // Parameters bind in textual order: keep the param() calls in the order their placeholders appear.
  const revisionJoin = byId
    ? `LEFT JOIN "Revision" v ON v."id" = ${sql.param(rev)} AND v."repoId" = r."id"
       LEFT JOIN "RevisionFile" f ON f."revisionId" = v."id" AND f."path" = ${sql.param(path)}`
    : `LEFT JOIN "Ref" v ON v."repoId" = r."id" AND v."name" = ${sql.param(rev)}
       LEFT JOIN "RevisionFile" f ON f."revisionId" = v."revisionId" AND f."path" = ${sql.param(path)}`;
  const [row] = await readQuery<ResolveRow>(
    db,
    sql,
    `SELECT r."id", r."ownerId", r."name", r."private", a."name" AS "ownerName",
            ${byId ? 'v."id"' : 'v."revisionId"'} AS "revisionId", f."sha256", f."size", b."objectKey"
       FROM "Account" a JOIN "Repo" r ON r."ownerId" = a."id"
       ${revisionJoin}
       LEFT JOIN "Blob" b ON b."sha256" = f."sha256"
      WHERE a."name" = ${sql.param(owner)} AND r."name" = ${sql.param(name)}
      LIMIT 1`,
  );

  if (!row) await throwIfMoved(db, principal, owner, name);
  const isPrivate = row ? toBool(row.private) : false;
  if (!row || (isPrivate && !(await canReadNamespace(db, principal, row.ownerId)))) {
    throw notFound('repo_not_found', `repository ${owner}/${name} not found`);
  }
  if (refError) throw refError;
  if (row.revisionId === null) {
    throw notFound('revision_not_found', `revision ${rev} not found in ${row.ownerName}/${row.name}`);
  }
  if (pathError) throw pathError;
  if (row.sha256 === null) throw notFound('entry_not_found', `${path} is not in revision ${row.revisionId}`);
  return {
    repo: { id: row.id, ownerId: row.ownerId, ownerName: row.ownerName, name: row.name, private: isPrivate },
    revision: { id: row.revisionId, immutable: byId },
    path,
    sha256: row.sha256,
    objectKey: row.objectKey,
    size: toNumber(row.size),
  };
}

/** The error `check` throws (a HubError from the name checks), or undefined. */
function attempt(check: () => unknown): Error | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    return error as Error;
  }
}
