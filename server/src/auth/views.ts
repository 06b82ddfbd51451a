import type { Db } from '../db/client.js';

/** A user or organisation as pages name it. */
export interface AccountView {
  name: string;
  kind: string;
}

/** The account called `name` (exactly, as stored), or null. */
export async function accountNamed(db: Db, name: string): Promise<AccountView | null> {
  return db.account.findUnique({ where: { name }, select: { name: true, kind: true } });
}

/** A token as its owner sees it listed: never the secret, nor its hash. */
export interface TokenView {
  id: string;
  name: string;
  scope: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const TOKEN_VIEW = {
  id: true,
  name: true,
  scope: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

/** The tokens of user `userId`, newest first, at most `limit`. */
export async function tokensOf(db: Db, userId: string, limit: number): Promise<TokenView[]> {
  return db.token.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: limit,
    select: TOKEN_VIEW,
  });
}

/** One token by id, or null. */
export async function tokenById(db: Db, id: string): Promise<TokenView | null> {
  return db.token.findUnique({ where: { id }, select: TOKEN_VIEW });
}
