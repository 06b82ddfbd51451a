import { Router } from 'express';
import { membershipsOf } from '../auth/accounts.js';
import { tokenById } from '../auth/views.js';
import { unauthorized } from '../errors.js';
import { principalOf, type HubContext } from '../http/context.js';
import { rateLimit } from '../http/rate-limit.js';

/**
 * `GET /api/whoami-v2`: the caller in the shape of the Hugging Face API (`whoAmI` in the JS client).
 * Rate-limited like deltahub's `/api/whoami`: it is the natural route for guessing tokens.
 */
export function whoamiRoutes(ctx: HubContext): Router {
  const router = Router();
  router.get('/api/whoami-v2', rateLimit(ctx.config.authRateLimitPerMinute), async (req, res) => {
    const p = await principalOf(ctx, req);
    if (!p) throw unauthorized();
    const [memberships, token] = await Promise.all([
      membershipsOf(ctx.db, p.userId),
      tokenById(ctx.db, p.tokenId),
    ]);
    const entity = { fullname: '', email: null, canPay: false, avatarUrl: '', periodEnd: null };
    res.json({
      type: 'user',
      id: p.userId,
      name: p.userName,
      ...entity,
      fullname: p.userName,
      emailVerified: false,
      isPro: false,
      billingMode: 'postpaid',
      orgs: memberships.map((m) => ({
        type: 'org',
        id: m.orgId,
        name: m.orgName,
        ...entity,
        fullname: m.orgName,
        roleInOrg: m.role,
      })),
      auth: {
        type: 'access_token',
        accessToken: {
          displayName: token?.name ?? '',
          role: p.scope,
          createdAt: token?.createdAt.toISOString(),
        },
      },
    });
  });
  return router;
}
