import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { checkName } from '../names.js';
import { generateToken, hashToken, looksLikeToken } from './tokens.js';

/** Token scopes: `read` can read private repos the user sees; `write` can also push. */
export type TokenScope = 'read' | 'write';
/** Roles in an organisation, strongest first. */
export const ORG_ROLES = ['owner', 'admin', 'write', 'read'] as const;

/**
 * Whether creating an account failed because its name is taken: users and orgs share one
 * namespace, and names are unique case-insensitively (an index on lower(name), migration 0006).
 */
function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string }).code === 'P2002';
}

/** Creates a user. */
export async function addUser(
  db: Db,
  name: string,
  options: { admin?: boolean } = {},
): Promise<{ id: string; name: string }> {
  checkName(name, 'user name');
  try {
    return await db.account.create({
      data: { id: randomUUID(), name, kind: 'user', isAdmin: options.admin ?? false },
      select: { id: true, name: true },
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('name_taken', `the name "${name}" is already taken`);
    throw err;
  }
}

async function findAccount(db: Db, name: string, kind: 'user' | 'org'): Promise<{ id: string }> {
  const account = await db.account.findUnique({ where: { name }, select: { id: true, kind: true } });
  if (!account || account.kind !== kind)
    throw notFound(kind === 'user' ? 'user_not_found' : 'org_not_found', `no ${kind} named "${name}"`);
  return account;
}

/** Creates an organisation owned by an existing user. */
export async function addOrg(db: Db, name: string, ownerName: string): Promise<{ id: string; name: string }> {
  checkName(name, 'organisation name');
  const owner = await findAccount(db, ownerName, 'user');
  const id = randomUUID();
  try {
    await db.$transaction([
      db.account.create({ data: { id, name, kind: 'org' } }),
      db.membership.create({ data: { orgId: id, userId: owner.id, role: 'owner' } }),
    ]);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('name_taken', `the name "${name}" is already taken`);
    throw err;
  }
  return { id, name };
}

/** Adds a user to an organisation, or changes their role. */
export async function setOrgMember(db: Db, orgName: string, userName: string, role: string): Promise<void> {
  if (!(ORG_ROLES as readonly string[]).includes(role)) {
    throw badRequest('invalid_role', `role must be one of ${ORG_ROLES.join(', ')}`);
  }
  const org = await findAccount(db, orgName, 'org');
  const user = await findAccount(db, userName, 'user');
  await db.membership.upsert({
    where: { orgId_userId: { orgId: org.id, userId: user.id } },
    create: { orgId: org.id, userId: user.id, role },
    update: { role },
  });
}

/** An organisation a user belongs to, with the user's role in it. */
export interface OrgMembership {
  orgId: string;
  orgName: string;
  role: string;
}

/** The organisations a user belongs to (what both whoami answers list). */
export async function membershipsOf(db: Db, userId: string): Promise<OrgMembership[]> {
  const rows = await db.membership.findMany({
    where: { userId },
    include: { org: { select: { id: true, name: true } } },
  });
  return rows.map((m) => ({ orgId: m.org.id, orgName: m.org.name, role: m.role }));
}

/** A freshly created token: `token` is the secret, returned this once only. */
export interface CreatedToken {
  id: string;
  token: string;
  scope: TokenScope;
  expiresAt: Date | null;
}

/** Creates an access token for a user; only its hash is stored. */
export async function createToken(
  db: Db,
  userName: string,
  options: { scope?: TokenScope; expiresInDays?: number; name?: string } = {},
): Promise<CreatedToken> {
  const scope = options.scope ?? 'write';
  if (scope !== 'read' && scope !== 'write') throw badRequest('invalid_scope', 'scope must be read or write');
  const days = options.expiresInDays;
  if (days !== undefined && (!Number.isFinite(days) || days <= 0)) {
    throw badRequest('invalid_expiry', 'expiry must be a positive number of days');
  }
  const user = await findAccount(db, userName, 'user');
  const token = generateToken();
  const expiresAt = days === undefined ? null : new Date(Date.now() + days * 86_400_000);
  const id = randomUUID();
  await db.token.create({
    data: { id, userId: user.id, hash: hashToken(token), scope, name: options.name ?? '', expiresAt },
  });
  return { id, token, scope, expiresAt };
}

/**
 * Revokes a token given its id or the token itself. When `userId` is given, only that user's
 * tokens can be revoked. Revoking twice is harmless.
 */
export async function revokeToken(db: Db, idOrToken: string, userId?: string): Promise<{ id: string }> {
  const where = looksLikeToken(idOrToken) ? { hash: hashToken(idOrToken) } : { id: idOrToken };
  const token = await db.token.findUnique({ where, select: { id: true, userId: true, revokedAt: true } });
  if (!token || (userId !== undefined && token.userId !== userId))
    throw notFound('token_not_found', 'no such token');
  if (!token.revokedAt) await db.token.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
  return { id: token.id };
}
