import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { notFound } from '../errors.js';
import type { HubContext } from '../http/context.js';
import { rateLimit } from '../http/rate-limit.js';
import {
  createTokenAction,
  login,
  loginForm,
  logout,
  revokeTokenAction,
  tokensPage,
} from './handlers/account.js';
import { homePage, ownerPage, searchPage } from './handlers/browse.js';
import { deltaPage } from './handlers/delta.js';
import { download } from './handlers/download.js';
import { historyPage } from './handlers/history.js';
import { repoSettingsAction, repoSettingsPage } from './handlers/repo-settings.js';
import { page, sendErrorPage } from './page.js';
import { csrfToken } from './csrf.js';
import { staticRoutes } from './static.js';

/**
 * The web pages. Mounted after every API route: `/api/...` and the resolve URLs keep their JSON
 * answers, and only what no API route took reaches these pages (unknown `/api/...` paths still
 * fall through to the JSON 404).
 */
export function webRoutes(ctx: HubContext): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 20 });
  const limiter = rateLimit(ctx.config.authRateLimitPerMinute);
  // The shared limiter, with its 429 rendered as a page instead of JSON.
  const limited = (req: Request, res: Response, next: NextFunction): void =>
    limiter(req, res, (err?: unknown) => {
      if (err) sendErrorPage(ctx, req, res, err, { user: null, csrf: csrfToken(ctx, req, res) });
      else next();
    });

  // API paths no API route answered leave the pages alone and get the JSON 404.
  router.use('/api', (_req, _res, next) => next('router'));
  router.use(staticRoutes(ctx.log));
  router.get('/', page(ctx, homePage(ctx)));
  router.get('/search', page(ctx, searchPage(ctx)));
  router.get('/login', page(ctx, loginForm()));
  router.post('/login', limited, form, page(ctx, login(ctx)));
  router.post('/logout', form, page(ctx, logout(ctx)));
  router.get('/settings/tokens', page(ctx, tokensPage(ctx)));
  router.post('/settings/tokens', limited, form, page(ctx, createTokenAction(ctx)));
  router.post('/settings/tokens/:id/revoke', limited, form, page(ctx, revokeTokenAction(ctx)));
  router.get('/-/download/:owner/:name/:rev/*path', page(ctx, download(ctx)));
  router.get('/:owner', page(ctx, ownerPage(ctx)));
  router.get('/:owner/:name', page(ctx, deltaPage(ctx)));
  router.get('/:owner/:name/commits/:rev', page(ctx, historyPage(ctx)));
  router.get('/:owner/:name/settings', page(ctx, repoSettingsPage(ctx)));
  router.post('/:owner/:name/settings/:action', limited, form, page(ctx, repoSettingsAction(ctx)));
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    void page(ctx, async () => {
      throw notFound('not_found', 'no such page');
    })(req, res);
  });
  return router;
}
