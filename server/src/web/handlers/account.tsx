import type { Request, Response } from 'express';
import type { TokenScope } from '../../auth/accounts.js';
import type { Principal } from '../../auth/principal.js';
import { tokensOf } from '../../auth/views.js';
import { mintToken, revokeTokenAs } from '../../auth/token-rules.js';
import { HubError } from '../../errors.js';
import type { HubContext } from '../../http/context.js';
import { checkCsrf } from '../csrf.js';
import type { PageHandler } from '../page.js';
import { LoginPage } from '../pages/login.js';
import { TokensPage } from '../pages/tokens.js';
import type { Visitor } from '../pages/layout.js';
import { sendPage } from '../render.js';
import { closeSession, openSession } from '../session.js';

const TOKENS_SHOWN = 100;

/** A redirect target after login: a local path only (never `//host` or a backslash trick). */
function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\\\s]*$/.test(value) ? value : '/';
}

/** The string fields of a posted form. */
function field(req: Request, name: string): string {
  const value: unknown = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

/** `GET /login`. */
export const loginForm =
  (): PageHandler =>
  async (req, res, { visitor }) => {
    sendPage(res, 200, <LoginPage visitor={visitor} next={safeNext(req.query['next'])} />);
  };

/** `POST /login`: checks CSRF, then the token; a refused token re-renders the form with a 401. */
export const login =
  (ctx: HubContext): PageHandler =>
  async (req, res, { visitor }) => {
    checkCsrf(ctx, req);
    const next = safeNext(field(req, 'next'));
    try {
      await openSession(ctx, req, res, field(req, 'token').trim());
    } catch (err) {
      if (!(err instanceof HubError) || err.status !== 401) throw err;
      sendPage(
        res,
        401,
        <LoginPage visitor={visitor} next={next} error={`This token was refused: ${err.message}.`} />,
      );
      return;
    }
    res.redirect(303, next);
  };

/** `POST /logout`. */
export const logout =
  (ctx: HubContext): PageHandler =>
  async (req, res) => {
    checkCsrf(ctx, req);
    await closeSession(ctx, req, res);
    res.redirect(303, '/');
  };

/** The logged-in user, or a redirect to the login form (returns null then). */
export function requireUser(req: Request, res: Response, principal: Principal | null): Principal | null {
  if (!principal) res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
  return principal;
}

async function renderTokens(
  ctx: HubContext,
  res: Response,
  p: Principal,
  visitor: Visitor,
  extra: { created?: string; error?: string; status?: number } = {},
): Promise<void> {
  const rows = await tokensOf(ctx.db, p.userId, TOKENS_SHOWN);
  const tokens = rows.map((t) => ({
    id: t.id,
    name: t.name,
    scope: t.scope,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revoked: t.revokedAt !== null,
    current: t.id === p.tokenId,
  }));
  const { status = 200, ...messages } = extra;
  sendPage(res, status, <TokensPage visitor={visitor} tokens={tokens} {...messages} />);
}

/** `GET /settings/tokens`. */
export const tokensPage =
  (ctx: HubContext): PageHandler =>
  async (req, res, { principal, visitor }) => {
    const p = requireUser(req, res, principal);
    if (p) await renderTokens(ctx, res, p, visitor);
  };

/**
 * `POST /settings/tokens`: creates a token under the API's rules (a write-scoped session only, no
 * longer-lived than the session's token) and shows it once.
 */
export const createTokenAction =
  (ctx: HubContext): PageHandler =>
  async (req, res, { principal, visitor }) => {
    checkCsrf(ctx, req);
    const p = requireUser(req, res, principal);
    if (!p) return;
    const days = field(req, 'expiresInDays');
    try {
      const created = await mintToken(ctx.db, p, {
        scope: (field(req, 'scope') || 'read') as TokenScope,
        name: field(req, 'name').slice(0, 100),
        ...(days ? { expiresInDays: Number(days) } : {}),
      });
      await renderTokens(ctx, res, p, visitor, { created: created.token, status: 201 });
    } catch (err) {
      if (!(err instanceof HubError) || err.status !== 400) throw err;
      await renderTokens(ctx, res, p, visitor, { error: err.message, status: 400 });
    }
  };

/**
 * `POST /settings/tokens/:id/revoke`: revokes one of the user's tokens (and the sessions it opened);
 * a session opened with a read-only token cannot, as over the API.
 */
export const revokeTokenAction =
  (ctx: HubContext): PageHandler =>
  async (req, res, { principal }) => {
    checkCsrf(ctx, req);
    const p = requireUser(req, res, principal);
    if (!p) return;
    await revokeTokenAs(ctx.db, p, String(req.params['id']));
    res.redirect(303, '/settings/tokens');
  };
