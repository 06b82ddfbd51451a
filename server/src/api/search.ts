import { Router } from 'express';
import { searchRepos, type SearchQuery } from '../search/search.js';
import { principalOf, type HubContext } from '../http/context.js';

/** `GET /api/search`: text, filters, sort, cursor paging. */
export function searchRoutes(ctx: HubContext): Router {
  const router = Router();
  router.get('/api/search', async (req, res) => {
    const result = await searchRepos(ctx.db, await principalOf(ctx, req), req.query as SearchQuery);
    if (result.nextCursor) {
      const next = new URLSearchParams(req.query as Record<string, string>);
      next.set('cursor', result.nextCursor);
      res.setHeader('Link', `</api/search?${next.toString()}>; rel="next"`);
    }
    res.json(result);
  });
  return router;
}
