import { requireManageNamespace, requireWriteNamespace } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import { grantRepoBlobs, releaseRepoGrants, ungrantedRepoBytes } from '../blobs/access.js';
import type { HubConfig } from '../config/config.js';
import type { Db } from '../db/client.js';
import { dialectOf } from '../db/sql.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { checkName } from '../names.js';
import { exceeds, quotaExceeded, storageUse } from '../quota/quota.js';
import { renamedSearchText } from '../search/encoding.js';
import type { RepoRef } from './repos.js';

/**
 * The lifecycle of a repo after its creation: deletion, renaming or moving to another namespace,
 * visibility. Each needs a write token of someone who manages the repo's namespace
 * (`requireManageNamespace`); a move also needs write access to the target namespace.
 */

/**
 * Deletes `repo`: its refs, revisions, file rows and former names go in one transaction, with
 * the grants of its namespace that only this repo justified (so its storage use drops). The
 * blobs stay in the store until GC finds no revision anywhere referencing them.
 */
export async function deleteRepo(db: Db, principal: Principal | null, repo: RepoRef): Promise<void> {
  await requireManageNamespace(db, principal, repo.ownerId);
  const dialect = dialectOf(db);
  await db.$transaction(async (tx) => {
    await releaseRepoGrants(tx, dialect, repo.ownerId, repo.id);
    // Cascades to refs, revisions, their files and the redirects of former names.
    await tx.repo.delete({ where: { id: repo.id } });
  });
}

/** Request body of a move: the new `owner/name`. */
export interface MoveRepoInput {
  to?: unknown;
}

/**
 * Renames `repo` or moves it to another namespace the caller may write. The old name redirects
 * to the new one until a repo takes it again. Moving to another namespace grants it the repo's
 * blobs (checked against its quota first: 413 `quota_exceeded`) and releases the old
 * namespace's grants that only this repo justified. Revision ids do not change (they hash the
 * repo's id, not its name). 409 `repo_exists` when the target name is taken.
 */
export async function moveRepo(
  db: Db,
  config: Pick<HubConfig, 'defaultQuotaBytes'>,
  principal: Principal | null,
  repo: RepoRef,
  input: MoveRepoInput,
): Promise<RepoRef> {
  await requireManageNamespace(db, principal, repo.ownerId);
  if (typeof input.to !== 'string' || input.to.split('/').length !== 2)
    throw badRequest('invalid_request', 'to must be "owner/name"');
  const [toOwner, toName] = input.to.split('/') as [string, string];
  const name = checkName(toName, 'repo name');
  const owner = await db.account.findUnique({
    where: { name: checkName(toOwner, 'owner') },
    select: { id: true, name: true },
  });
  if (!owner) throw notFound('owner_not_found', `no user or organisation named "${toOwner}"`);
  await requireWriteNamespace(db, principal, owner.id);
  if (owner.id === repo.ownerId && name === repo.name)
    throw badRequest('invalid_request', `${input.to} is already the repo's name`);
  const changesNamespace = owner.id !== repo.ownerId;
  if (changesNamespace) {
    const addBytes = await ungrantedRepoBytes(db, owner.id, repo.id);
    const use = await storageUse(db, config, owner.id);
    if (exceeds(use, addBytes)) throw quotaExceeded(owner, use, addBytes);
  }
  const dialect = dialectOf(db);
  const newId = `${owner.name}/${name}`;
  try {
    await db.$transaction(async (tx) => {
      const current = await tx.repo.findUnique({ where: { id: repo.id }, select: { searchText: true } });
      if (!current) throw notFound('repo_not_found', `repository ${repo.ownerName}/${repo.name} not found`);
      if (changesNamespace) {
        await grantRepoBlobs(tx, dialect, owner.id, repo.id);
        await releaseRepoGrants(tx, dialect, repo.ownerId, repo.id);
      }
      await tx.repo.update({
        where: { id: repo.id },
        data: { ownerId: owner.id, name, searchText: renamedSearchText(current.searchText, newId) },
      });
      // The new name stops redirecting elsewhere; the old one redirects here.
      await tx.repoRedirect.deleteMany({ where: { fromOwnerId: owner.id, fromName: name } });
      await tx.repoRedirect.upsert({
        where: { fromOwnerId_fromName: { fromOwnerId: repo.ownerId, fromName: repo.name } },
        create: { fromOwnerId: repo.ownerId, fromName: repo.name, repoId: repo.id },
        update: { repoId: repo.id, createdAt: new Date() },
      });
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002')
      throw conflict('repo_exists', `repository ${newId} already exists`);
    throw err;
  }
  return { id: repo.id, ownerId: owner.id, ownerName: owner.name, name, private: repo.private };
}

/** Request body of a visibility change. */
export interface VisibilityInput {
  private?: unknown;
}

/** Makes `repo` private or public. */
export async function setRepoVisibility(
  db: Db,
  principal: Principal | null,
  repo: RepoRef,
  input: VisibilityInput,
): Promise<RepoRef> {
  await requireManageNamespace(db, principal, repo.ownerId);
  if (typeof input.private !== 'boolean') throw badRequest('invalid_request', 'private must be a boolean');
  await db.repo.update({ where: { id: repo.id }, data: { private: input.private } });
  return { ...repo, private: input.private };
}
