import { Router } from 'express';
import { fileRoutes } from '../http/routes/files.js';
import type { HubContext } from '../http/context.js';
import { resolveErrors } from './errors.js';

/**
 * Downloads for Hugging Face clients: deltahub's `/{owner}/{name}/resolve/{rev}/{path}` (Range,
 * ETag, `X-Repo-Commit`) with Hugging Face error codes, plus `HEAD /{owner}/{name}/raw/{rev}/{path}`,
 * the existence check `huggingface_hub` and the JS client's `fileExists` use.
 */
export function resolveRoutes(ctx: HubContext): Router {
  const router = Router();
  router.head('/:owner/:name/raw/:rev/*path', (req, _res, next) => {
    // Same answer as resolve: every file is served as stored (there are no LFS pointers to show).
    req.url = req.url.replace(/^(\/[^/]+\/[^/]+)\/raw\//, '$1/resolve/');
    next();
  });
  router.use(fileRoutes(ctx));
  router.use(resolveErrors);
  return router;
}
