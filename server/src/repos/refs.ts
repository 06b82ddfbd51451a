import { requireWriteNamespace } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import type { Db } from '../db/client.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { checkRefName } from '../names.js';
import { resolveRevision } from '../read/revisions.js';
import { DEFAULT_BRANCH, type RepoRef } from './repos.js';

/** A branch or a tag. */
export type RefKind = 'branch' | 'tag';

/** Request body of branch or tag creation. */
export interface CreateRefInput {
  name?: unknown;
  /** What the ref points at: a branch, a tag or a revision id (default: the default branch). */
  revision?: unknown;
}

/** A ref just created. */
export interface CreatedRef {
  name: string;
  kind: RefKind;
  revision: string;
}

/**
 * Creates branch or tag `input.name` of `repo` at `input.revision`, resolved now (a tag made
 * from a branch points at the branch's head, and stays there). The caller must be allowed to
 * write to the repo's namespace; 409 `ref_exists` when a branch or tag of that name exists, 404
 * `revision_not_found` when the revision does not.
 */
export async function createRef(
  db: Db,
  principal: Principal | null,
  repo: RepoRef,
  kind: RefKind,
  input: CreateRefInput,
): Promise<CreatedRef> {
  await requireWriteNamespace(db, principal, repo.ownerId);
  if (typeof input.name !== 'string') throw badRequest('invalid_request', `the ${kind} name is required`);
  if (input.revision !== undefined && input.revision !== null && typeof input.revision !== 'string')
    throw badRequest('invalid_request', 'revision must be a branch, a tag or a revision id');
  const name = checkRefName(input.name);
  const revision = await resolveRevision(db, repo, input.revision ?? DEFAULT_BRANCH);
  try {
    await db.ref.create({ data: { repoId: repo.id, name, kind, revisionId: revision.id } });
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002')
      throw conflict('ref_exists', `ref ${name} already exists in ${repo.ownerName}/${repo.name}`);
    throw err;
  }
  return { name, kind, revision: revision.id };
}

/**
 * Deletes branch or tag `name` of `repo` (write access to its namespace). The default branch
 * cannot be deleted (400 `default_branch`), as on the Hugging Face Hub; revisions stay
 * reachable by id, and their blobs stay stored while any revision exists.
 */
export async function deleteRef(
  db: Db,
  principal: Principal | null,
  repo: RepoRef,
  kind: RefKind,
  name: string,
): Promise<void> {
  await requireWriteNamespace(db, principal, repo.ownerId);
  checkRefName(name);
  if (kind === 'branch' && name === DEFAULT_BRANCH)
    throw badRequest('default_branch', `the default branch ${DEFAULT_BRANCH} cannot be deleted`);
  const gone = await db.ref.deleteMany({ where: { repoId: repo.id, name, kind } });
  if (gone.count === 0)
    throw notFound('revision_not_found', `no ${kind} ${name} in ${repo.ownerName}/${repo.name}`);
}

/**
 * Checks that a Hugging Face commit may go to `branch`: an existing branch, or the default
 * branch, which a repo's first commit creates. Any other missing branch is 404
 * `revision_not_found`, as on the Hub (create it first; deltahub's own push creates branches
 * explicitly, from a null parent); a tag is 400 `invalid_ref`.
 */
export async function requireCommitBranch(db: Db, repo: RepoRef, branch: string): Promise<void> {
  const ref = await db.ref.findUnique({
    where: { repoId_name: { repoId: repo.id, name: checkRefName(branch) } },
    select: { kind: true },
  });
  if (ref && ref.kind !== 'branch') throw badRequest('invalid_ref', `${branch} is a tag, not a branch`);
  if (!ref && branch !== DEFAULT_BRANCH)
    throw notFound('revision_not_found', `branch ${branch} not found in ${repo.ownerName}/${repo.name}`);
}
