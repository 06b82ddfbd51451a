import { Router } from 'express';
import { addUser, createToken, membershipsOf, type TokenScope } from '../auth/accounts.js';
import { mintToken, revokeTokenAs } from '../auth/token-rules.js';
import { badRequest, notFound, unauthorized } from '../errors.js';
import { principalOf, param, type HubContext } from '../http/context.js';
import { rateLimit } from '../http/rate-limit.js';

/** Auth routes (rate-limited): whoami, token creation and revocation, optional signup. */
export function accountRoutes(ctx: HubContext): Router {
  const router = Router();
  const limited = rateLimit(ctx.config.authRateLimitPerMinute);

  router.get('/api/whoami', limited, async (req, res) => {
    const p = await principalOf(ctx, req);
    if (!p) throw unauthorized();
    const orgs = await membershipsOf(ctx.db, p.userId);
    res.json({
      name: p.userName,
      isAdmin: p.isAdmin,
      scope: p.scope,
      orgs: orgs.map((m) => ({ name: m.orgName, role: m.role })),
    });
  });

  router.post('/api/tokens', limited, async (req, res) => {
    const p = await principalOf(ctx, req);
    if (!p) throw unauthorized();
    const body = (req.body ?? {}) as { scope?: unknown; expiresInDays?: unknown; name?: unknown };
    if (body.expiresInDays !== undefined && typeof body.expiresInDays !== 'number')
      throw badRequest('invalid_request', 'expiresInDays must be a number');
    if (body.name !== undefined && typeof body.name !== 'string')
      throw badRequest('invalid_request', 'name must be a string');
    const created = await mintToken(ctx.db, p, {
      scope: (body.scope ?? 'read') as TokenScope,
      ...(body.expiresInDays !== undefined ? { expiresInDays: body.expiresInDays } : {}),
      ...(body.name !== undefined ? { name: body.name.slice(0, 100) } : {}),
    });
    res.status(201).json({ ...created, expiresAt: created.expiresAt?.toISOString() ?? null });
  });

  router.delete('/api/tokens/:id', limited, async (req, res) => {
    const p = await principalOf(ctx, req);
    if (!p) throw unauthorized();
    await revokeTokenAs(ctx.db, p, param(req, 'id'));
    res.status(204).end();
  });

  router.post('/api/signup', limited, async (req, res) => {
    if (!ctx.config.allowSignup) throw notFound('not_found', 'signup is disabled on this hub');
    const name = (req.body as { name?: unknown } | undefined)?.name;
    if (typeof name !== 'string') throw badRequest('invalid_request', 'name is required');
    await addUser(ctx.db, name);
    const created = await createToken(ctx.db, name, { scope: 'write', name: 'signup' });
    res.status(201).json({ name, token: created.token, tokenId: created.id });
  });

  return router;
}
