import { Router, json } from 'express';
import { badRequest, unauthorized } from '../errors.js';
import { createRepo } from '../repos/repos.js';
import { principalOf, type HubContext } from '../http/context.js';
import { origin } from './paths.js';

/** `POST /api/repos/create` `{name, organization?, private?|visibility?, type?}` → `{url, id, name}`. */
export function createRepoRoutes(ctx: HubContext): Router {
  const router = Router();
  router.post('/api/repos/create', json({ limit: '64kb' }), async (req, res) => {
    const principal = await principalOf(ctx, req);
    if (!principal) throw unauthorized();
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (body['type'] !== undefined && body['type'] !== 'model')
      throw badRequest('unsupported_repo_type', 'this hub holds model repos only');
    if (body['files'] !== undefined)
      throw badRequest('invalid_request', 'files at creation are not supported: upload them in a commit');
    const visibility = body['visibility'];
    if (visibility !== undefined && visibility !== 'public' && visibility !== 'private')
      throw badRequest('invalid_request', 'visibility must be public or private');
    const isPrivate = visibility === undefined ? body['private'] : visibility === 'private';
    // An existing repo is 409 (huggingface_hub's create_repo(exist_ok=True) relies on it).
    const { repo } = await createRepo(ctx.db, principal, {
      name: body['name'],
      ...(body['organization'] !== undefined ? { organization: body['organization'] } : {}),
      ...(isPrivate !== undefined ? { private: isPrivate } : {}),
    });
    const id = `${repo.ownerName}/${repo.name}`;
    res.status(200).json({ url: `${origin(req, ctx.config.publicUrl)}/${id}`, id, name: id });
  });
  return router;
}
