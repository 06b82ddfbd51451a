import { Router, json, type Request } from 'express';
import { requireManageNamespace } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import type { Db } from '../db/client.js';
import { badRequest, HubError, notFound, unauthorized } from '../errors.js';
import { deleteRepo, moveRepo, setRepoVisibility } from '../repos/lifecycle.js';
import { RepoMovedError } from '../repos/redirects.js';
import { createRepo, findRepo, type RepoRef } from '../repos/repos.js';
import { param, principalOf, type HubContext } from '../http/context.js';
import { origin } from './paths.js';

const JSON_BODY = json({ limit: '64kb' });

/** Refuses repo types other than models (`type` absent or `model`). */
function checkModelType(body: Record<string, unknown>): void {
  if (body['type'] !== undefined && body['type'] !== null && body['type'] !== 'model')
    throw badRequest('unsupported_repo_type', 'this hub holds model repos only');
}

/** `private` from a body's `visibility` (`public`/`private`) or `private`; undefined when neither. */
function privateFlag(body: Record<string, unknown>): unknown {
  const visibility = body['visibility'];
  if (visibility !== undefined && visibility !== 'public' && visibility !== 'private')
    throw badRequest('invalid_request', 'visibility must be public or private');
  return visibility === undefined ? body['private'] : visibility === 'private';
}

/**
 * The repo a JSON body names (`owner/name`). A former name is not followed here: the request's
 * path does not name the repo, so there is nothing to redirect; it is a 404 as any unknown name.
 */
async function namedRepo(db: Db, principal: Principal | null, id: string): Promise<RepoRef> {
  const [owner, name, ...rest] = id.split('/');
  if (!owner || !name || rest.length > 0) throw badRequest('invalid_request', `"${id}" is not owner/name`);
  try {
    return await findRepo(db, principal, owner, name);
  } catch (err) {
    if (err instanceof RepoMovedError) throw notFound('repo_not_found', `repository ${id} not found`);
    throw err;
  }
}

/**
 * Repo management of the Hugging Face API: create (`POST /api/repos/create`), delete
 * (`DELETE /api/repos/delete`), move or rename (`POST /api/repos/move`), and visibility
 * (`PUT /api/models/{repo}/settings`), over the same domain services as the native API.
 */
export function repoManagementRoutes(ctx: HubContext): Router {
  const router = Router();
  const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;

  router.post('/api/repos/create', JSON_BODY, async (req, res) => {
    const principal = await principalOf(ctx, req);
    if (!principal) throw unauthorized();
    const body = bodyOf(req);
    checkModelType(body);
    if (body['files'] !== undefined)
      throw badRequest('invalid_request', 'files at creation are not supported: upload them in a commit');
    const isPrivate = privateFlag(body);
    const { repo, created } = await createRepo(ctx.db, principal, {
      name: body['name'],
      ...(body['organization'] !== undefined && body['organization'] !== null
        ? { organization: body['organization'] }
        : {}),
      ...(isPrivate !== undefined ? { private: isPrivate } : {}),
      existOk: true,
    });
    const id = `${repo.ownerName}/${repo.name}`;
    const url = `${origin(req, ctx.config.publicUrl)}/${id}`;
    // An existing repo (which the caller may write) is 409 with its url, as on the Hub:
    // huggingface_hub's create_repo(exist_ok=True) reads the url from that answer.
    if (!created) {
      res.setHeader('X-Error-Code', 'repo_exists');
      res.status(409).json({ error: `You already created this model repo: ${id}`, code: 'repo_exists', url });
      return;
    }
    res.status(200).json({ url, id, name: id });
  });

  router.delete('/api/repos/delete', JSON_BODY, async (req, res) => {
    const principal = await principalOf(ctx, req);
    if (!principal) throw unauthorized();
    const body = bodyOf(req);
    checkModelType(body);
    const { name, organization } = body;
    if (typeof name !== 'string') throw badRequest('invalid_request', 'name is required');
    if (organization !== undefined && organization !== null && typeof organization !== 'string')
      throw badRequest('invalid_request', 'organization must be a string');
    const repo = await namedRepo(ctx.db, principal, `${organization ?? principal.userName}/${name}`);
    await deleteRepo(ctx.db, principal, repo);
    res.json({ success: true });
  });

  router.post('/api/repos/move', JSON_BODY, async (req, res) => {
    const principal = await principalOf(ctx, req);
    if (!principal) throw unauthorized();
    const body = bodyOf(req);
    checkModelType(body);
    const { fromRepo, toRepo } = body;
    if (typeof fromRepo !== 'string' || typeof toRepo !== 'string')
      throw badRequest('invalid_request', 'fromRepo and toRepo are required');
    const repo = await namedRepo(ctx.db, principal, fromRepo);
    const moved = await moveRepo(ctx.db, ctx.config, principal, repo, { to: toRepo });
    res.json({ success: true, url: `${origin(req, ctx.config.publicUrl)}/${moved.ownerName}/${moved.name}` });
  });

  router.put('/api/models/:owner/:name/settings', JSON_BODY, async (req, res) => {
    const principal = await principalOf(ctx, req);
    const repo = await findRepo(ctx.db, principal, param(req, 'owner'), param(req, 'name'));
    const body = bodyOf(req);
    // Gating is not a feature of this hub: "not gated" is what every repo already is.
    if (body['gated'] !== undefined && body['gated'] !== false)
      throw new HubError(400, 'unsupported', 'gated repos are not supported by this hub');
    const isPrivate = privateFlag(body);
    if (isPrivate !== undefined) await setRepoVisibility(ctx.db, principal, repo, { private: isPrivate });
    else await requireManageNamespace(ctx.db, principal, repo.ownerId);
    res.json({ success: true });
  });

  return router;
}
