import { Router, type Request } from 'express';
import { unauthorized } from '../errors.js';
import { createRepo, findRepo } from '../repos/repos.js';
import { createTag, type CreateTagInput } from '../repos/tags.js';
import { listRefs } from '../read/refs.js';
import { repoInfo } from '../read/repo-info.js';
import { listRevisions, resolveRevision, revisionView } from '../read/revisions.js';
import { principalOf, param, type HubContext } from '../http/context.js';

/** The longest history `GET .../revisions` answers. */
const MAX_REVISIONS_LISTED = 1000;

/** Repo creation and the read API: info, refs, revisions, tags. */
export function repoRoutes(ctx: HubContext): Router {
  const router = Router();
  const repoOf = async (req: Request) =>
    findRepo(ctx.db, await principalOf(ctx, req), param(req, 'owner'), param(req, 'name'));

  router.post('/api/repos', async (req, res) => {
    const principal = await principalOf(ctx, req);
    if (!principal) throw unauthorized();
    const { repo, created } = await createRepo(ctx.db, principal, (req.body ?? {}) as { name: unknown });
    res
      .status(created ? 201 : 200)
      .json({ id: `${repo.ownerName}/${repo.name}`, private: repo.private, created });
  });

  router.get('/api/repos/:owner/:name', async (req, res) => {
    res.json(await repoInfo(ctx.db, await repoOf(req)));
  });

  router.get('/api/repos/:owner/:name/refs', async (req, res) => {
    res.json(await listRefs(ctx.db, await repoOf(req)));
  });

  router.get('/api/repos/:owner/:name/revisions', async (req, res) => {
    res.json(await listRevisions(ctx.db, await repoOf(req), MAX_REVISIONS_LISTED));
  });

  router.get('/api/repos/:owner/:name/revisions/:rev', async (req, res) => {
    const repo = await repoOf(req);
    const rev = await resolveRevision(ctx.db, repo, param(req, 'rev'));
    res.json(await revisionView(ctx.db, rev.id));
  });

  router.post('/api/repos/:owner/:name/tags', async (req, res) => {
    const principal = await principalOf(ctx, req);
    const repo = await repoOf(req);
    res.status(201).json(await createTag(ctx.db, principal, repo, (req.body ?? {}) as CreateTagInput));
  });

  return router;
}
