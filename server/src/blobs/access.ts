import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Principal } from '../auth/principal.js';
import type { Db } from '../db/client.js';
import { dialectOf, query, Sql } from '../db/sql.js';
import type { Provider } from '../db/client.js';

/**
 * Tenant isolation of blobs. Blobs are stored once, by digest, for the whole hub; knowing a
 * digest must not give access to its bytes. A writer in namespace N may use digest D (commit it,
 * or be told "already stored") only if N holds a grant for D (bytes verified on upload into N,
 * or already committed into N), or D is a file of a revision the writer can read (as Docker
 * distribution's cross-repository mount requires read access to the source). Everything else
 * answers as for a digest the hub has never seen.
 */

// Digests per statement: two bound lists of them stay far below SQLite's and PostgreSQL's
// parameter limits, and one statement stays short (SQLite runs it on the event loop). A commit
// of a delta needs one.
const DIGESTS_PER_QUERY = 1000;
// Rows per grant INSERT (four parameters each).
const GRANTS_PER_STATEMENT = 500;

/**
 * Which of `digests` `principal` (null: anonymous, e.g. a signed upload URL) may use in namespace
 * `namespaceId`: one indexed query (per 1000 digests) over the namespace's grants and the
 * revisions the principal can read (public repos, its own, its organisations'; all for admins,
 * who read every repo).
 */
export async function usableDigests(
  db: Db,
  principal: Principal | null,
  namespaceId: string,
  digests: readonly string[],
): Promise<Set<string>> {
  const usable = new Set<string>();
  const unique = [...new Set(digests)];
  for (let i = 0; i < unique.length; i += DIGESTS_PER_QUERY) {
    if (i > 0) await nextTurn();
    const batch = unique.slice(i, i + DIGESTS_PER_QUERY);
    const sql = new Sql(dialectOf(db));
    const grants = `SELECT g."sha256" FROM "BlobGrant" g
      WHERE g."accountId" = ${sql.param(namespaceId)} AND g."sha256" IN (${sql.list(batch)})`;
    const files = `SELECT f."sha256" FROM "RevisionFile" f
        JOIN "Revision" v ON v."id" = f."revisionId"
        JOIN "Repo" r ON r."id" = v."repoId"
      WHERE f."sha256" IN (${sql.list(batch)})${readableRepoCondition(sql, principal)}`;
    const rows = await query<{ sha256: string }>(db, sql, `${grants} UNION ${files}`);
    for (const row of rows) usable.add(row.sha256);
  }
  return usable;
}

/** `AND <repo r is readable by principal>`, the rule of `findRepo`/`canReadNamespace` in SQL. */
function readableRepoCondition(sql: Sql, principal: Principal | null): string {
  if (principal?.isAdmin) return '';
  const isPublic = `r."private" = ${sql.bool(false)}`;
  if (!principal) return ` AND ${isPublic}`;
  const user = sql.param(principal.userId);
  const orgs = `SELECT m."orgId" FROM "Membership" m WHERE m."userId" = ${sql.param(principal.userId)}`;
  return ` AND (${isPublic} OR r."ownerId" = ${user} OR r."ownerId" IN (${orgs}))`;
}

/** The current time as Prisma's client of each provider writes it, so model queries compare it. */
function nowSql(dialect: Provider): string {
  return dialect === 'postgresql' ? 'CURRENT_TIMESTAMP' : `strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')`;
}

/**
 * Records that namespace `namespaceId` holds `blobs` (verified bytes, or files of a commit into
 * it), renewing the date of grants it already has so GC's maximum age counts from the last use.
 * `db` may be a transaction client: `dialect` is then the dialect of the client it came from.
 */
export async function grantBlobs(
  db: Pick<Db, '$executeRawUnsafe'>,
  dialect: Provider,
  namespaceId: string,
  blobs: readonly { sha256: string; size: number }[],
): Promise<void> {
  const unique = [...new Map(blobs.map((b) => [b.sha256, b])).values()];
  for (let i = 0; i < unique.length; i += GRANTS_PER_STATEMENT) {
    if (i > 0) await nextTurn();
    const sql = new Sql(dialect);
    const now = nowSql(dialect);
    const rows = unique
      .slice(i, i + GRANTS_PER_STATEMENT)
      .map(
        (b) => `(${sql.param(namespaceId)}, ${sql.param(b.sha256)}, ${sql.param(BigInt(b.size))}, ${now})`,
      );
    await db.$executeRawUnsafe(
      `INSERT INTO "BlobGrant" ("accountId", "sha256", "size", "createdAt") VALUES ${rows.join(', ')}
       ON CONFLICT ("accountId", "sha256") DO UPDATE SET "createdAt" = excluded."createdAt"`,
      ...sql.params,
    );
  }
}

/**
 * Removes the grants of namespace `namespaceId` for the blobs of repo `repoId` that no other
 * revision of the namespace references, before the repo is deleted or moved out of it: what
 * justified them (the repo's revisions) is leaving, and the namespace's storage use (its quota)
 * drops by their size. Blobs still used elsewhere keep their grants; the bytes themselves go
 * only through GC, once no revision anywhere references them. One statement, in the caller's
 * transaction. Returns the number of grants removed.
 */
export async function releaseRepoGrants(
  tx: Pick<Db, '$executeRawUnsafe'>,
  dialect: Provider,
  namespaceId: string,
  repoId: string,
): Promise<number> {
  // Placeholders bind in textual order (SQLite's `?`): one param() per occurrence, in order.
  const sql = new Sql(dialect);
  return tx.$executeRawUnsafe(
    `DELETE FROM "BlobGrant"
      WHERE "accountId" = ${sql.param(namespaceId)}
        AND "sha256" IN (SELECT f."sha256" FROM "RevisionFile" f
                           JOIN "Revision" v ON v."id" = f."revisionId"
                          WHERE v."repoId" = ${sql.param(repoId)})
        AND NOT EXISTS (SELECT 1 FROM "RevisionFile" f
                          JOIN "Revision" v ON v."id" = f."revisionId"
                          JOIN "Repo" r ON r."id" = v."repoId"
                         WHERE r."ownerId" = ${sql.param(namespaceId)} AND r."id" <> ${sql.param(repoId)}
                           AND f."sha256" = "BlobGrant"."sha256")`,
    ...sql.params,
  );
}

/**
 * Grants namespace `namespaceId` every blob of repo `repoId` (a repo moving into it), renewing
 * grants it already has, so the moved revisions count towards its quota and its later commits
 * may reuse their files. One statement, in the caller's transaction.
 */
export async function grantRepoBlobs(
  tx: Pick<Db, '$executeRawUnsafe'>,
  dialect: Provider,
  namespaceId: string,
  repoId: string,
): Promise<void> {
  const sql = new Sql(dialect);
  await tx.$executeRawUnsafe(
    `INSERT INTO "BlobGrant" ("accountId", "sha256", "size", "createdAt")
     SELECT ${sql.param(namespaceId)}, f."sha256", MAX(f."size"), ${nowSql(dialect)}
       FROM "RevisionFile" f JOIN "Revision" v ON v."id" = f."revisionId"
      WHERE v."repoId" = ${sql.param(repoId)}
      GROUP BY f."sha256"
     ON CONFLICT ("accountId", "sha256") DO UPDATE SET "createdAt" = excluded."createdAt"`,
    ...sql.params,
  );
}

/** Bytes of repo `repoId`'s blobs that namespace `namespaceId` holds no grant for yet. */
export async function ungrantedRepoBytes(db: Db, namespaceId: string, repoId: string): Promise<number> {
  const sql = new Sql(dialectOf(db));
  const [row] = await query<{ bytes: unknown }>(
    db,
    sql,
    `SELECT COALESCE(SUM(u."size"), 0) AS "bytes" FROM (
       SELECT f."sha256", MAX(f."size") AS "size"
         FROM "RevisionFile" f JOIN "Revision" v ON v."id" = f."revisionId"
        WHERE v."repoId" = ${sql.param(repoId)}
          AND NOT EXISTS (SELECT 1 FROM "BlobGrant" g
                           WHERE g."accountId" = ${sql.param(namespaceId)} AND g."sha256" = f."sha256")
        GROUP BY f."sha256") u`,
  );
  return Number(row?.bytes ?? 0);
}
