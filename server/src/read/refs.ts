import type { Db } from '../db/client.js';
import type { RepoRef } from '../repos/repos.js';

/** A branch or tag and the revision it points at. */
export interface RefView {
  name: string;
  /** `branch` or `tag`. */
  kind: string;
  revision: string;
}

/** A ref with when it last moved. */
export interface RefDetail extends RefView {
  /** ISO 8601. */
  updatedAt: string;
}

/** Every branch and tag of a repo, by name. */
export async function listRefs(db: Db, repo: RepoRef): Promise<RefDetail[]> {
  const refs = await db.ref.findMany({ where: { repoId: repo.id }, orderBy: { name: 'asc' } });
  return refs.map((r) => ({
    name: r.name,
    kind: r.kind,
    revision: r.revisionId,
    updatedAt: r.updatedAt.toISOString(),
  }));
}
