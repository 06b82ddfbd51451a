import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { authenticate, type Principal } from '../auth/principal.js';
import type { TokenScope } from '../auth/accounts.js';
import { dialectOf, execute, query, Sql, toBool, toDate } from '../db/sql.js';
import type { HubContext } from '../http/context.js';
import { readCookie } from './cookies.js';

/** The session cookie: a random secret whose sha256 is the `WebSession` row id. */
export const SESSION_COOKIE = 'dh_session';
/** How long a session lasts at most (less when its token expires sooner). */
export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;

const sessionId = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Whether cookies must carry `Secure`: the request came over https, or the hub is published on https. */
export function secureCookies(ctx: HubContext, req: Request): boolean {
  return req.protocol === 'https' || (ctx.config.publicUrl?.startsWith('https:') ?? false);
}

/** A session row with its token and user, as the raw query returns it. */
interface SessionRow {
  expiresAt: unknown;
  tokenId: string;
  userId: string;
  scope: string;
  tokenExpiresAt: unknown;
  revokedAt: unknown;
  userName: string;
  isAdmin: unknown;
}

const PRINCIPAL = Symbol('webPrincipal');
type WithPrincipal = Request & { [PRINCIPAL]?: Principal | null };

/**
 * The user of a page request, from its session cookie (null = anonymous). A session is valid
 * while it has not expired and its token is neither revoked nor expired, so revoking the token
 * logs its browsers out. Only pages read this cookie: the JSON API authenticates by header alone,
 * so no API route can be driven by a cross-site request carrying the cookie.
 */
export async function sessionPrincipal(ctx: HubContext, req: Request): Promise<Principal | null> {
  const r = req as WithPrincipal;
  if (r[PRINCIPAL] !== undefined) return r[PRINCIPAL];
  const secret = readCookie(req, SESSION_COOKIE);
  let principal: Principal | null = null;
  if (secret) {
    const sql = new Sql(dialectOf(ctx.db));
    const [row] = await query<SessionRow>(
      ctx.db,
      sql,
      `SELECT s."expiresAt", t."id" AS "tokenId", t."userId", t."scope", t."expiresAt" AS "tokenExpiresAt",
              t."revokedAt", a."name" AS "userName", a."isAdmin"
         FROM "WebSession" s JOIN "Token" t ON t."id" = s."tokenId" JOIN "Account" a ON a."id" = t."userId"
        WHERE s."id" = ${sql.param(sessionId(secret))}`,
    );
    const now = Date.now();
    const alive = (value: unknown): boolean =>
      value === null || value === undefined || toDate(value).getTime() > now;
    if (row && alive(row.expiresAt) && alive(row.tokenExpiresAt) && (row.revokedAt ?? null) === null) {
      principal = {
        userId: row.userId,
        userName: row.userName,
        isAdmin: toBool(row.isAdmin),
        scope: row.scope as TokenScope,
        tokenId: row.tokenId,
      };
    }
  }
  r[PRINCIPAL] = principal;
  return principal;
}

/**
 * Logs in with an access token: checks it exactly as the API does (401 when unknown, revoked or
 * expired), stores a new session and sets its cookie (HttpOnly, SameSite=Lax, Secure over https).
 */
export async function openSession(
  ctx: HubContext,
  req: Request,
  res: Response,
  token: string,
): Promise<Principal> {
  const principal = await authenticate(ctx.db, `Bearer ${token}`);
  if (!principal) throw new Error('authenticate returned no principal for a token');
  const tokenRow = await ctx.db.token.findUniqueOrThrow({
    where: { id: principal.tokenId },
    select: { expiresAt: true },
  });
  const now = Date.now();
  const expiresAt = new Date(Math.min(now + SESSION_TTL_MS, tokenRow.expiresAt?.getTime() ?? Infinity));
  const secret = randomBytes(32).toString('base64url');
  // Expired sessions are swept here, at the only moment sessions are written (indexed on expiresAt).
  await ctx.db.webSession.deleteMany({ where: { expiresAt: { lt: new Date(now) } } });
  await ctx.db.webSession.create({ data: { id: sessionId(secret), tokenId: principal.tokenId, expiresAt } });
  res.cookie(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(ctx, req),
    path: '/',
    expires: expiresAt,
  });
  return principal;
}

/** Logs out: deletes the session row and clears the cookie. */
export async function closeSession(ctx: HubContext, req: Request, res: Response): Promise<void> {
  const secret = readCookie(req, SESSION_COOKIE);
  if (secret) {
    const sql = new Sql(dialectOf(ctx.db));
    await execute(ctx.db, sql, `DELETE FROM "WebSession" WHERE "id" = ${sql.param(sessionId(secret))}`);
  }
  res.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(ctx, req),
    path: '/',
  });
}
