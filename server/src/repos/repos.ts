import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { checkName } from '../names.js';
import { canReadNamespace, requireWriteNamespace } from '../auth/permissions.js';
import { dialectOf, query, Sql, toBool } from '../db/sql.js';
import type { Principal } from '../auth/principal.js';
import { newRepoSearchText } from '../search/encoding.js';
import { throwIfMoved } from './redirects.js';

/** The branch a repo's page, info and search metadata follow. */
export const DEFAULT_BRANCH = 'main';

/** A repo row with its owner's name. */
export interface RepoRef {
  id: string;
  ownerId: string;
  ownerName: string;
  name: string;
  private: boolean;
}

/**
 * Finds `owner/name` as seen by `principal`. Missing repos and private repos the caller may not
 * see answer the same 404, so private names do not leak. A former name of a repo the caller may
 * see throws {@link RepoMovedError} (307 to the current name).
 */
export async function findRepo(
  db: Db,
  principal: Principal | null,
  owner: string,
  name: string,
): Promise<RepoRef> {
  checkName(owner, 'owner');
  checkName(name, 'repo name');
  // A hot path (every read): raw SQL, no Prisma query compilation.
  const sql = new Sql(dialectOf(db));
  const [row] = await query<{
    id: string;
    ownerId: string;
    ownerName: string;
    name: string;
    private: unknown;
  }>(
    db,
    sql,
    `SELECT r."id", r."ownerId", r."name", r."private", a."name" AS "ownerName"
       FROM "Repo" r JOIN "Account" a ON a."id" = r."ownerId"
      WHERE a."name" = ${sql.param(owner)} AND r."name" = ${sql.param(name)}
      LIMIT 1`,
  );
  if (!row) await throwIfMoved(db, principal, owner, name);
  const isPrivate = row ? toBool(row.private) : false;
  if (!row || (isPrivate && !(await canReadNamespace(db, principal, row.ownerId)))) {
    throw notFound('repo_not_found', `repository ${owner}/${name} not found`);
  }
  return { id: row.id, ownerId: row.ownerId, ownerName: row.ownerName, name: row.name, private: isPrivate };
}

/** Request body of repo creation. */
export interface CreateRepoInput {
  name: unknown;
  organization?: unknown;
  private?: unknown;
  /** Answer with the existing repo instead of 409 when it already exists (and is writable). */
  existOk?: unknown;
}

/** Creates `owner/name` (owner = the caller, or an organisation it may write to). */
export async function createRepo(
  db: Db,
  principal: Principal | null,
  input: CreateRepoInput,
): Promise<{ repo: RepoRef; created: boolean }> {
  if (typeof input.name !== 'string') throw badRequest('invalid_request', 'name is required');
  if (input.organization !== undefined && typeof input.organization !== 'string') {
    throw badRequest('invalid_request', 'organization must be a string');
  }
  if (input.private !== undefined && typeof input.private !== 'boolean')
    throw badRequest('invalid_request', 'private must be a boolean');
  const name = checkName(input.name, 'repo name');
  const ownerName = input.organization ?? principal?.userName;
  if (ownerName === undefined) throw badRequest('invalid_request', 'organization is required');
  const owner = await db.account.findUnique({
    where: { name: checkName(ownerName, 'owner') },
    select: { id: true, name: true },
  });
  if (!owner) throw notFound('owner_not_found', `no user or organisation named "${ownerName}"`);
  await requireWriteNamespace(db, principal, owner.id);
  const existing = await db.repo.findUnique({ where: { ownerId_name: { ownerId: owner.id, name } } });
  if (existing) {
    if (input.existOk === true) {
      return {
        repo: { id: existing.id, ownerId: owner.id, ownerName: owner.name, name, private: existing.private },
        created: false,
      };
    }
    throw conflict('repo_exists', `repository ${owner.name}/${name} already exists`);
  }
  const id = randomUUID();
  const isPrivate = input.private === true;
  const searchText = newRepoSearchText(`${owner.name}/${name}`);
  try {
    // A former name taken by a new repo stops redirecting.
    await db.$transaction([
      db.repo.create({ data: { id, ownerId: owner.id, name, private: isPrivate, searchText } }),
      db.repoRedirect.deleteMany({ where: { fromOwnerId: owner.id, fromName: name } }),
    ]);
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002')
      throw conflict('repo_exists', `repository ${owner.name}/${name} already exists`);
    throw err;
  }
  return { repo: { id, ownerId: owner.id, ownerName: owner.name, name, private: isPrivate }, created: true };
}
