import type { Db } from '../db/client.js';
import { DEFAULT_BRANCH, type RepoRef } from '../repos/repos.js';
import { revisionView } from './revisions.js';

/** Repo info: identity, counters, refs, and the head revision of the default branch in full. */
export async function repoInfo(db: Db, repo: RepoRef): Promise<Record<string, unknown>> {
  const [row, refs, revisions] = await Promise.all([
    db.repo.findUniqueOrThrow({ where: { id: repo.id } }),
    db.ref.findMany({ where: { repoId: repo.id }, orderBy: { name: 'asc' } }),
    db.revision.count({ where: { repoId: repo.id } }),
  ]);
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
