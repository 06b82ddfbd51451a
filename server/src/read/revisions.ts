import type { Db } from '../db/client.js';
import { notFound } from '../errors.js';
import { checkRefName, isSha256 } from '../names.js';
import type { RepoRef } from '../repos/repos.js';

/** A revision resolved from a ref name or a revision id. */
export interface ResolvedRevision {
  id: string;
  /** True when addressed by id: its content can never change (cache forever). */
  immutable: boolean;
}

/** Resolves `rev` (branch, tag or 64-hex revision id) within a repo; 404 `revision_not_found`. */
export async function resolveRevision(db: Db, repo: RepoRef, rev: string): Promise<ResolvedRevision> {
  if (isSha256(rev)) {
    const found = await db.revision.findFirst({ where: { id: rev, repoId: repo.id }, select: { id: true } });
    if (found) return { id: found.id, immutable: true };
  } else {
    checkRefName(rev);
    const ref = await db.ref.findUnique({ where: { repoId_name: { repoId: repo.id, name: rev } } });
    if (ref) return { id: ref.revisionId, immutable: false };
  }
  throw notFound('revision_not_found', `revision ${rev} not found in ${repo.ownerName}/${repo.name}`);
}

/** JSON view of a revision: metadata and files. */
export async function revisionView(db: Db, revisionId: string): Promise<Record<string, unknown>> {
  const r = await db.revision.findUniqueOrThrow({
    where: { id: revisionId },
    include: { files: { orderBy: { path: 'asc' } }, author: { select: { name: true } } },
  });
  const author = r.author;
  return {
    id: r.id,
    parent: r.parentId,
    message: r.message,
    author: author?.name ?? null,
    createdAt: r.createdAt.toISOString(),
    deltaType: r.deltaType,
    backbone: {
      architecture: r.backboneArchitecture,
      modelClass: r.backboneModelClass,
      nameOrPath: r.backboneName,
      structureFingerprint: r.backboneFingerprint,
      weightsFingerprint: r.weightsFingerprint,
      totalParameters: r.totalParameters === null ? null : Number(r.totalParameters),
    },
    trainableParameters: r.trainableParameters === null ? null : Number(r.trainableParameters),
    modifiedModules: JSON.parse(r.modifiedModules) as unknown,
    task: r.task,
    dataset: r.dataset,
    license: r.license,
    tags: JSON.parse(r.tags) as unknown,
    config: JSON.parse(r.config) as unknown,
    card: { frontMatter: JSON.parse(r.cardMeta) as unknown, text: r.card },
    files: r.files.map((f) => ({ path: f.path, sha256: f.sha256, size: Number(f.size) })),
  };
}
