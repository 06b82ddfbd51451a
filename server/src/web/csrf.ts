import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { HubError } from '../errors.js';
import { origin } from '../hf/paths.js';
import type { HubContext } from '../http/context.js';
import { readCookie } from './cookies.js';
import { secureCookies } from './session.js';

/** The double-submit cookie: every POST form carries its value in the `_csrf` field. */
export const CSRF_COOKIE = 'dh_csrf';
/** The form field holding the CSRF token. */
export const CSRF_FIELD = '_csrf';

/** 403 `csrf_failed`: a form post that may come from another site. */
const csrfFailed = (why: string): HubError => new HubError(403, 'csrf_failed', `form rejected: ${why}`);

/**
 * The CSRF token of this browser for the forms of a page: the `dh_csrf` cookie, set now (random,
 * HttpOnly, SameSite=Strict) when missing. Another site can neither read it nor set it, so it
 * cannot forge the matching form field.
 */
export function csrfToken(ctx: HubContext, req: Request, res: Response): string {
  const existing = readCookie(req, CSRF_COOKIE);
  if (existing) return existing;
  const token = randomBytes(24).toString('base64url');
  res.cookie(CSRF_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookies(ctx, req),
    path: '/',
  });
  return token;
}

/**
 * The origin the hub is reached at, from trusted configuration only (the public URL, or the address
 * the server listens on): a `Host` header would let a page on a rebound name pass the check.
 */
function ownOrigin(ctx: HubContext, req: Request): string {
  return new URL(origin(req, ctx.config.publicUrl)).origin;
}

/**
 * Throws 403 `csrf_failed` unless a form post is same-origin: the `Origin` header (sent by
 * browsers on every POST) must be the hub's, `Sec-Fetch-Site` when present must not be
 * cross-site, and the `_csrf` field must equal the cookie.
 */
export function checkCsrf(ctx: HubContext, req: Request): void {
  const origin = req.get('origin');
  if (origin !== undefined && origin !== ownOrigin(ctx, req)) throw csrfFailed('cross-origin post');
  const site = req.get('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') throw csrfFailed('cross-site post');
  const cookie = readCookie(req, CSRF_COOKIE);
  const field: unknown = (req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
  if (!cookie || typeof field !== 'string') throw csrfFailed('missing CSRF token');
  const a = Buffer.from(cookie);
  const b = Buffer.from(field);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw csrfFailed('CSRF token mismatch');
}
