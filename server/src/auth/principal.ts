import type { Db } from '../db/client.js';
import { dialectOf, query, Sql, toBool, toDate } from '../db/sql.js';
import { HubError, unauthorized } from '../errors.js';
import { hashToken, looksLikeToken } from './tokens.js';
import type { TokenScope } from './accounts.js';

/** Who is calling: a user authenticated by a token of some scope. */
export interface Principal {
  userId: string;
  userName: string;
  isAdmin: boolean;
  scope: TokenScope;
  tokenId: string;
}

/** A token row with its user, as the raw query returns it. */
interface TokenRow {
  id: string;
  userId: string;
  scope: string;
  expiresAt: unknown;
  revokedAt: unknown;
  lastUsedAt: unknown;
  userName: string;
  isAdmin: unknown;
}

// lastUsedAt is written at most this often per token, so reads do not turn into writes.
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Resolves an `Authorization` header. No header → null (anonymous). A malformed, unknown,
 * revoked or expired token → 401. A failing lookup → 503: never silently anonymous.
 */
export async function authenticate(db: Db, header: string | undefined): Promise<Principal | null> {
  if (header === undefined || header === '') return null;
  const match = /^Bearer (\S+)$/i.exec(header);
  if (!match || !looksLikeToken(match[1] ?? ''))
    throw unauthorized('malformed Authorization header: expected "Bearer hf_..."');
  let row: TokenRow | undefined;
  try {
    // Every authenticated request: raw SQL, no Prisma query compilation.
    const sql = new Sql(dialectOf(db));
    [row] = await query<TokenRow>(
      db,
      sql,
      `SELECT t."id", t."userId", t."scope", t."expiresAt", t."revokedAt", t."lastUsedAt", a."name" AS "userName", a."isAdmin"
         FROM "Token" t JOIN "Account" a ON a."id" = t."userId"
        WHERE t."hash" = ${sql.param(hashToken(match[1] ?? ''))}`,
    );
  } catch (err) {
    throw new HubError(503, 'auth_unavailable', 'cannot check credentials right now', { cause: err });
  }
  if (!row) throw unauthorized('unknown token');
  const now = Date.now();
  if (row.revokedAt !== null && row.revokedAt !== undefined) throw unauthorized('token revoked');
  if (row.expiresAt !== null && row.expiresAt !== undefined && toDate(row.expiresAt).getTime() <= now)
    throw unauthorized('token expired');
  if (
    row.lastUsedAt === null ||
    row.lastUsedAt === undefined ||
    now - toDate(row.lastUsedAt).getTime() > LAST_USED_RESOLUTION_MS
  ) {
    await db.token.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return {
    userId: row.userId,
    userName: row.userName,
    isAdmin: toBool(row.isAdmin),
    scope: row.scope as TokenScope,
    tokenId: row.id,
  };
}

/**
 * Whether a token still authenticates (exists, not revoked, not expired): credentials derived from
 * a token, such as signed upload URLs, die with it.
 */
export async function tokenIsLive(db: Db, tokenId: string): Promise<boolean> {
  if (tokenId === '') return false;
  const token = await db.token.findUnique({
    where: { id: tokenId },
    select: { revokedAt: true, expiresAt: true },
  });
  return (
    token !== null &&
    token.revokedAt === null &&
    (token.expiresAt === null || token.expiresAt.getTime() > Date.now())
  );
}
