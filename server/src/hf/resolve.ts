import { Router, type Request, type Response } from 'express';
import { principalOf, param, type HubContext } from '../http/context.js';
import { serveFile } from '../read/serve-file.js';
import { resolveErrors } from './errors.js';

/**
 * File downloads, the URL form both deltahub's client and Hugging Face clients use:
 * `GET|HEAD /{owner}/{name}/resolve/{rev}/{path}` (Range, ETag, `X-Repo-Commit`) with the
 * `X-Error-Code`s Hugging Face clients branch on, plus `HEAD /{owner}/{name}/raw/{rev}/{path}`,
 * the existence check `huggingface_hub` and the JS client's `fileExists` use (the same answer:
 * every file is served as stored, there are no LFS pointers to show).
 */
export function resolveRoutes(ctx: HubContext): Router {
  const router = Router();
  const serve = async (req: Request, res: Response): Promise<void> => {
    const target = {
      owner: param(req, 'owner'),
      name: param(req, 'name'),
      rev: param(req, 'rev'),
      path: param(req, 'path'),
    };
    await serveFile(ctx, await principalOf(ctx, req), target, req, res);
  };
  router.get('/:owner/:name/resolve/:rev/*path', serve);
  router.head('/:owner/:name/resolve/:rev/*path', serve);
  router.head('/:owner/:name/raw/:rev/*path', serve);
  router.use(resolveErrors);
  return router;
}
