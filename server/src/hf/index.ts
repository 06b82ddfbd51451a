import { Router } from 'express';
import type { HubContext } from '../http/context.js';
import { commitRoutes } from './commit.js';
import { createRepoRoutes } from './create-repo.js';
import { hfApiErrors } from './errors.js';
import { lfsRoutes } from './lfs.js';
import { modelRoutes } from './models.js';
import { resolveRoutes } from './resolve.js';
import { UploadSigner } from './signed-url.js';
import { validateYamlRoutes } from './validate-yaml.js';
import { whoamiRoutes } from './whoami.js';

/**
 * The Hugging Face Hub protocol, so `@huggingface/hub`, `huggingface_hub` and transformers.js work
 * against this hub: reads (model list, info, tree, resolve, raw), whoami, repo creation, and
 * uploads (model card check, preupload, git-lfs batch with signed upload URLs, NDJSON commit). Mounted before the
 * JSON body parser: each route parses its own body (or streams it). Only specific paths match;
 * anything else falls through to the other routes.
 */
export function hfRoutes(ctx: HubContext): Router {
  const router = Router();
  router.use(resolveRoutes(ctx));
  const api = Router();
  api.use(whoamiRoutes(ctx));
  api.use(createRepoRoutes(ctx));
  api.use(modelRoutes(ctx));
  api.use(lfsRoutes(ctx, new UploadSigner(ctx.uploadSigningKey)));
  api.use(commitRoutes(ctx));
  api.use(validateYamlRoutes());
  api.use(hfApiErrors);
  router.use(api);
  return router;
}
