import type { Db } from '../db/client.js';
import { forbidden, unauthorized } from '../errors.js';
import type { Principal } from './principal.js';

const WRITE_ROLES = new Set(['owner', 'admin', 'write']);

/** Can `principal` see private repos of account `ownerId`? (the owner itself, or any org member) */
export async function canReadNamespace(db: Db, principal: Principal | null, ownerId: string): Promise<boolean> {
  if (!principal) return false;
  if (principal.isAdmin || principal.userId === ownerId) return true;
  const m = await db.membership.findUnique({ where: { orgId_userId: { orgId: ownerId, userId: principal.userId } } });
  return m !== null;
}

/** Throws 401/403 unless `principal` holds a write token and may write in `ownerId`'s namespace. */
export async function requireWriteNamespace(db: Db, principal: Principal | null, ownerId: string): Promise<Principal> {
  if (!principal) throw unauthorized();
  if (principal.scope !== 'write') throw forbidden('this token is read-only');
  if (principal.isAdmin || principal.userId === ownerId) return principal;
  const m = await db.membership.findUnique({ where: { orgId_userId: { orgId: ownerId, userId: principal.userId } } });
  if (m && WRITE_ROLES.has(m.role)) return principal;
  throw forbidden('no write access to this namespace');
}

/** Ids of the namespaces whose private repos `principal` may see (itself and its orgs). */
export async function visibleNamespaces(db: Db, principal: Principal | null): Promise<string[]> {
  if (!principal) return [];
  const memberships = await db.membership.findMany({ where: { userId: principal.userId }, select: { orgId: true } });
  return [principal.userId, ...memberships.map((m) => m.orgId)];
}
