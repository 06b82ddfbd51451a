import type { Db } from '../db/client.js';
import { dialectOf, query, Sql } from '../db/sql.js';
import { forbidden, unauthorized } from '../errors.js';
import type { Principal } from './principal.js';

const WRITE_ROLES = new Set(['owner', 'admin', 'write']);
/** Organisation roles that may delete, move and change the visibility of the org's repos. */
const MANAGE_ROLES = new Set(['owner', 'admin']);

/** Can `principal` see private repos of account `ownerId`? (the owner itself, or any org member) */
export async function canReadNamespace(
  db: Db,
  principal: Principal | null,
  ownerId: string,
): Promise<boolean> {
  if (!principal) return false;
  if (principal.isAdmin || principal.userId === ownerId) return true;
  // On the read path of private repos: raw SQL, no Prisma query compilation.
  const sql = new Sql(dialectOf(db));
  const rows = await query<{ role: string }>(
    db,
    sql,
    `SELECT "role" FROM "Membership" WHERE "orgId" = ${sql.param(ownerId)} AND "userId" = ${sql.param(principal.userId)}`,
  );
  return rows.length > 0;
}

/** Throws 401/403 unless `principal` holds a write token and may write in `ownerId`'s namespace. */
export async function requireWriteNamespace(
  db: Db,
  principal: Principal | null,
  ownerId: string,
): Promise<Principal> {
  if (!principal) throw unauthorized();
  if (principal.scope !== 'write') throw forbidden('this token is read-only');
  if (principal.isAdmin || principal.userId === ownerId) return principal;
  const m = await db.membership.findUnique({
    where: { orgId_userId: { orgId: ownerId, userId: principal.userId } },
  });
  if (m && WRITE_ROLES.has(m.role)) return principal;
  throw forbidden('no write access to this namespace');
}

/**
 * Throws 401/403 unless `principal` holds a write token and may manage repos of `ownerId`
 * (delete, move, change visibility): the namespace's own user, an owner or admin of the
 * organisation, or a site admin. Members with the write role may push, not manage.
 */
export async function requireManageNamespace(
  db: Db,
  principal: Principal | null,
  ownerId: string,
): Promise<Principal> {
  if (!principal) throw unauthorized();
  if (principal.scope !== 'write') throw forbidden('this token is read-only');
  if (await managesNamespace(db, principal, ownerId)) return principal;
  throw forbidden('managing repos of this namespace needs the owner or admin role');
}

/**
 * Whether `principal` may manage repos of `ownerId` (see {@link requireManageNamespace}), its
 * token's scope aside: what the web pages ask before offering the settings of a repo.
 */
export async function managesNamespace(
  db: Db,
  principal: Principal | null,
  ownerId: string,
): Promise<boolean> {
  if (!principal) return false;
  if (principal.isAdmin || principal.userId === ownerId) return true;
  const m = await db.membership.findUnique({
    where: { orgId_userId: { orgId: ownerId, userId: principal.userId } },
  });
  return m !== null && MANAGE_ROLES.has(m.role);
}

/** Ids of the namespaces whose private repos `principal` may see (itself and its orgs). */
export async function visibleNamespaces(db: Db, principal: Principal | null): Promise<string[]> {
  if (!principal) return [];
  const memberships = await db.membership.findMany({
    where: { userId: principal.userId },
    select: { orgId: true },
  });
  return [principal.userId, ...memberships.map((m) => m.orgId)];
}
