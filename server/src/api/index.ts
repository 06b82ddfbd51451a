import express, { Router } from 'express';
import type { HubContext } from '../http/context.js';
import { accountRoutes } from './accounts.js';
import { blobRoutes, pushRoutes } from './push.js';
import { repoRoutes } from './repos.js';
import { searchRoutes } from './search.js';

/** JSON bodies (file lists of a commit) are small; blobs are streamed and never parsed. */
const JSON_LIMIT = '4mb';

/**
 * Blob uploads of deltahub's native API (`PUT /api/repos/{owner}/{name}/blobs/{sha256}`), step 2
 * of a push: their raw body is streamed to the store, so mount them before any body parser.
 */
export function apiUploadRoutes(ctx: HubContext): Router {
  return blobRoutes(ctx);
}

/**
 * The rest of deltahub's native API (accounts, search, push, repos), behind its JSON body parser
 * (bodies of at most {@link JSON_LIMIT}). Mount after the Hugging Face routes, which parse or
 * stream their own bodies. Files are downloaded through the resolve URL `hf/` serves.
 */
export function apiRoutes(ctx: HubContext): Router {
  const router = Router();
  router.use(express.json({ limit: JSON_LIMIT }));
  router.use(accountRoutes(ctx));
  router.use(searchRoutes(ctx));
  router.use(pushRoutes(ctx));
  router.use(repoRoutes(ctx));
  return router;
}
