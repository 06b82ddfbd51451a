import { setImmediate as nextTurn } from 'node:timers/promises';
import { grantBlobs, usableDigests } from '../blobs/access.js';
import type { Db, Provider } from '../db/client.js';
import { dialectOf, Sql } from '../db/sql.js';
import type { HubError } from '../errors.js';
import { badRequest, conflict } from '../errors.js';
import type { Principal } from '../auth/principal.js';
import { checkRefName, isSha256 } from '../names.js';
import { DEFAULT_BRANCH, type RepoRef } from '../repos/repos.js';
import { publicBackboneName } from '../read/local-paths.js';
import { encodeTags, headSearchText } from '../search/encoding.js';
import type { BlobStore } from '../storage/blob-store.js';
import { inspectRevision, type InspectLimits } from './inspect.js';
import type { FileEntry } from './files.js';
import { revisionId } from './revision-id.js';

/** What the client commits to a branch. */
export interface CommitRequest {
  branch: string;
  files: FileEntry[];
  message: string;
  /** The revision the client expects the branch to point at; null for a new branch. */
  parent: string | null;
}

/** Raised inside the transaction to roll it back with a 409. */
const staleParent = (branch: string): HubError =>
  conflict(
    'stale_parent',
    `branch ${branch} has moved since the parent this push is based on; pull and retry`,
  );

/**
 * Commits a revision: every blob must exist and be usable by the committer in the repo's
 * namespace (`usableDigests`; otherwise it is missing, as if never uploaded), and is touched so
 * GC spares it and granted to the namespace; the content must validate, then the revision is
 * created and the branch moved in ONE transaction with a
 * compare-and-swap on the branch, so of N pushes from the same parent exactly one wins.
 */
export async function commitRevision(
  db: Db,
  store: BlobStore,
  repo: RepoRef,
  principal: Principal,
  request: CommitRequest,
  limits: InspectLimits,
): Promise<{ revision: string; branch: string; warnings: string[] }> {
  const branch = checkRefName(request.branch);
  if (request.parent !== null && !isSha256(request.parent))
    throw badRequest('invalid_request', 'parent must be a revision id or null');
  const digests = [...new Set(request.files.map((f) => f.sha256))];
  const [blobs, usable] = await Promise.all([
    db.blob.findMany({
      where: { sha256: { in: digests } },
      select: { sha256: true, size: true, objectKey: true },
    }),
    usableDigests(db, principal, repo.ownerId, digests),
  ]);
  // A stored blob the committer may not use answers exactly as one never uploaded.
  const byDigest = new Map(blobs.filter((b) => usable.has(b.sha256)).map((b) => [b.sha256, b]));
  const stored = request.files.map((f) => {
    const blob = byDigest.get(f.sha256);
    if (blob === undefined)
      throw badRequest('missing_blob', `blob ${f.sha256} (${f.path}) has not been uploaded`);
    if (Number(blob.size) !== f.size)
      throw badRequest('size_mismatch', `${f.path}: announced ${f.size} bytes, blob has ${blob.size}`);
    return { ...f, objectKey: blob.objectKey };
  });
  // Cheap early answer; the transaction re-checks atomically.
  const current = await db.ref.findUnique({ where: { repoId_name: { repoId: repo.id, name: branch } } });
  if ((current?.revisionId ?? null) !== request.parent) throw staleParent(branch);

  const meta = await inspectRevision(store, stored, limits);
  const id = revisionId({
    repoId: repo.id,
    parent: request.parent,
    author: principal.userName,
    message: request.message,
    files: request.files,
  });
  const { config, peft } = meta;
  // A PEFT adapter without a delta config is indexed from adapter_config.json: no fingerprints.
  const adapter = config ? null : peft;
  const now = new Date();
  const searchable = {
    deltaType: config?.deltaType ?? adapter?.deltaType ?? null,
    backboneArchitecture: config?.backbone.architecture ?? null,
    backboneName: config ? publicBackboneName(config.backbone.nameOrPath) : (adapter?.baseModel ?? null),
    backboneFingerprint: config?.backbone.structureFingerprint ?? null,
    task: meta.task ?? null,
    license: meta.license ?? null,
  };

  try {
    await db.$transaction(async (tx) => {
      // Touching the blobs takes their row locks: a concurrent GC either ran first (then a blob
      // is gone and this push fails cleanly) or waits and then sees a fresh touchedAt.
      const touched = await tx.blob.updateMany({
        where: { sha256: { in: digests } },
        data: { touchedAt: now },
      });
      if (touched.count !== digests.length)
        throw badRequest('missing_blob', 'a blob was garbage-collected during the push; upload it again');
      // The repo's namespace now holds every blob of the revision (for later commits and its quota).
      await grantBlobs(tx, dialectOf(db), repo.ownerId, stored);
      const exists = await tx.revision.findUnique({ where: { id }, select: { id: true } });
      if (!exists) {
        await tx.revision.create({
          data: {
            id,
            repoId: repo.id,
            parentId: request.parent,
            message: request.message,
            authorId: principal.userId,
            createdAt: now,
            ...searchable,
            backboneModelClass: config?.backbone.modelClass ?? null,
            weightsFingerprint: config?.backbone.weightsFingerprint ?? null,
            modifiedModules: JSON.stringify(config?.modifiedModules ?? adapter?.modifiedModules ?? []),
            trainableParameters: config
              ? BigInt(config.trainableParameters)
              : adapter?.trainableParameters != null
                ? BigInt(adapter.trainableParameters)
                : null,
            totalParameters: config ? BigInt(config.backbone.totalParameters) : null,
            dataset: meta.dataset ?? null,
            tags: JSON.stringify(meta.tags),
            card: meta.card,
            cardMeta: JSON.stringify(meta.cardMeta),
            config: JSON.stringify(config),
            peftConfig: peft ? JSON.stringify(peft.config) : null,
          },
        });
        await createFileRows(tx, dialectOf(db), id, request.files);
      }
      if (request.parent === null) {
        // A unique violation here (another push created the branch first) becomes a 409 below.
        await tx.ref.create({
          data: { repoId: repo.id, name: branch, kind: 'branch', revisionId: id, updatedAt: now },
        });
      } else {
        const moved = await tx.ref.updateMany({
          where: { repoId: repo.id, name: branch, kind: 'branch', revisionId: request.parent },
          data: { revisionId: id, updatedAt: now },
        });
        if (moved.count !== 1) throw staleParent(branch);
      }
      if (branch === DEFAULT_BRANCH) {
        await tx.repo.update({
          where: { id: repo.id },
          data: {
            ...searchable,
            headRevisionId: id,
            updatedAt: now,
            tags: encodeTags(meta.tags),
            searchText: headSearchText({
              id: `${repo.ownerName}/${repo.name}`,
              backboneName: searchable.backboneName,
              deltaType: searchable.deltaType,
              task: searchable.task,
              dataset: meta.dataset ?? null,
              tags: meta.tags,
              card: meta.card,
            }),
          },
        });
      }
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002') throw staleParent(branch);
    if (isWriteConflict(err)) throw staleParent(branch);
    throw err;
  }
  return { revision: id, branch, warnings: meta.configWarnings };
}

/** File rows per INSERT (four parameters each, far below SQLite's and PostgreSQL's limits). */
const FILE_ROWS_PER_STATEMENT = 500;

/**
 * Records a new revision's files in raw multi-row INSERTs of a few hundred rows, with a turn of
 * the event loop between them. Through Prisma's nested create, a 10 000-file revision held the
 * event loop for seconds (Prisma compiles a query on the event loop, in time growing with its
 * rows, and better-sqlite3 runs it there too), stalling every other request of the hub.
 */
async function createFileRows(
  tx: Pick<Db, '$executeRawUnsafe'>,
  dialect: Provider,
  revisionId: string,
  files: FileEntry[],
): Promise<void> {
  for (let start = 0; start < files.length; start += FILE_ROWS_PER_STATEMENT) {
    if (start > 0) await nextTurn();
    const sql = new Sql(dialect);
    const rows = files
      .slice(start, start + FILE_ROWS_PER_STATEMENT)
      .map(
        (f) =>
          `(${sql.param(revisionId)}, ${sql.param(f.path)}, ${sql.param(f.sha256)}, ${sql.param(BigInt(f.size))})`,
      );
    await tx.$executeRawUnsafe(
      `INSERT INTO "RevisionFile" ("revisionId", "path", "sha256", "size") VALUES ${rows.join(', ')}`,
      ...sql.params,
    );
  }
}

/** PostgreSQL serialization failures and deadlocks under contention also mean "the branch moved". */
function isWriteConflict(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e.code === 'P2034' || /could not serialize|deadlock detected/i.test(e.message ?? '');
}
