import type { Db } from '../db/client.js';
import { badRequest, forbidden } from '../errors.js';
import { createToken, revokeToken, type CreatedToken, type TokenScope } from './accounts.js';
import type { Principal } from './principal.js';

const DAY_MS = 86_400_000;

/** What a caller asks for when minting a token. */
export interface MintRequest {
  scope: TokenScope;
  expiresInDays?: number;
  name?: string;
}

/**
 * Creates a token on behalf of a caller authenticated by another token (the API and the web token
 * page). A token never grants more than the one that made it: minting needs write scope (so the
 * child's scope, read or write, never exceeds its parent's), and when the parent expires, the child
 * must expire no later: 400 `invalid_expiry` otherwise, rather than a silently shortened token.
 */
export async function mintToken(db: Db, parent: Principal, request: MintRequest): Promise<CreatedToken> {
  if (parent.scope !== 'write') throw forbidden('a read-only token cannot create tokens');
  const { expiresAt } = await db.token.findUniqueOrThrow({
    where: { id: parent.tokenId },
    select: { expiresAt: true },
  });
  if (expiresAt !== null) {
    const now = Date.now();
    const days = request.expiresInDays;
    if (days === undefined || !(now + days * DAY_MS <= expiresAt.getTime())) {
      // Two decimals, rounded down: the largest expiry the form or API can ask for that still fits.
      const maxDays = Math.floor(((expiresAt.getTime() - now) / DAY_MS) * 100) / 100;
      throw badRequest(
        'invalid_expiry',
        `the token making this request expires at ${expiresAt.toISOString()} and a token it creates cannot outlive it: ` +
          (maxDays > 0 ? `set an expiry of at most ${maxDays} days` : 'use a longer-lived token'),
      );
    }
  }
  return createToken(db, parent.userName, request);
}

/**
 * Revokes one of the caller's tokens (any token for an admin). Needs write scope: a leaked read
 * token must not be able to cut its owner's other credentials.
 */
export async function revokeTokenAs(db: Db, caller: Principal, idOrToken: string): Promise<{ id: string }> {
  if (caller.scope !== 'write') throw forbidden('a read-only token cannot revoke tokens');
  return revokeToken(db, idOrToken, caller.isAdmin ? undefined : caller.userId);
}
