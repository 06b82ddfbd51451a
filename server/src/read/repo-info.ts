import type { Db } from '../db/client.js';
import { dialectOf, query, Sql, toDate, toNumber } from '../db/sql.js';
import { DEFAULT_BRANCH, type RepoRef } from '../repos/repos.js';
import { flushDownloads } from './download-counter.js';
import type { RefView } from './refs.js';
import { revisionView, type RevisionView } from './revisions.js';

/** A repo as the API answers it and its page shows it. */
export interface RepoInfo {
  /** `owner/name`. */
  id: string;
  owner: string;
  name: string;
  private: boolean;
  downloads: number;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601. */
  updatedAt: string;
  defaultBranch: string;
  refs: RefView[];
  counts: { revisions: number; refs: number };
  /** The head revision of the default branch in full; null before the first push. */
  head: RevisionView | null;
}

/** Repo info: identity, counters, refs, and the head revision of the default branch in full. */
export async function repoInfo(db: Db, repo: RepoRef): Promise<RepoInfo> {
  // Downloads are counted in batches: write the pending ones so the count read is current.
  await flushDownloads(db);
  // A hot path: raw SQL (two statements), no Prisma query compilation.
  const one = new Sql(dialectOf(db));
  const refsSql = new Sql(one.dialect);
  const [rows, refs] = await Promise.all([
    query<{
      downloads: unknown;
      createdAt: unknown;
      updatedAt: unknown;
      headRevisionId: string | null;
      revisions: unknown;
    }>(
      db,
      one,
      `SELECT r."downloads", r."createdAt", r."updatedAt", r."headRevisionId",
              (SELECT COUNT(*) FROM "Revision" v WHERE v."repoId" = r."id") AS "revisions"
         FROM "Repo" r WHERE r."id" = ${one.param(repo.id)}`,
    ),
    query<{ name: string; kind: string; revisionId: string }>(
      db,
      refsSql,
      `SELECT "name", "kind", "revisionId" FROM "Ref" WHERE "repoId" = ${refsSql.param(repo.id)} ORDER BY "name" ASC`,
    ),
  ]);
  const found = rows[0];
  if (!found) throw new Error(`repo ${repo.id} vanished`);
  const row = {
    ...found,
    downloads: toNumber(found.downloads),
    createdAt: toDate(found.createdAt),
    updatedAt: toDate(found.updatedAt),
  };
  const revisions = toNumber(found.revisions);
  return {
    id: `${repo.ownerName}/${repo.name}`,
    owner: repo.ownerName,
    name: repo.name,
    private: repo.private,
    downloads: row.downloads,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    defaultBranch: DEFAULT_BRANCH,
    refs: refs.map((r) => ({ name: r.name, kind: r.kind, revision: r.revisionId })),
    counts: { revisions, refs: refs.length },
    head: row.headRevisionId ? await revisionView(db, row.headRevisionId) : null,
  };
}
