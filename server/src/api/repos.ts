import { Router, type Request } from 'express';
import { badRequest, unauthorized } from '../errors.js';
import { createRepo, findRepo } from '../repos/repos.js';
import {
  deleteRepo,
  moveRepo,
  setRepoVisibility,
  type MoveRepoInput,
  type VisibilityInput,
} from '../repos/lifecycle.js';
import { createRef, deleteRef, type CreateRefInput } from '../repos/refs.js';
import { commitHistory } from '../read/history.js';
import { pathsInfo } from '../read/paths-info.js';
import { listRefs } from '../read/refs.js';
import { repoInfo } from '../read/repo-info.js';
import { revisionFiles } from '../read/revision-files.js';
import { listRevisions, resolveRevision, revisionView } from '../read/revisions.js';
import { principalOf, param, type HubContext } from '../http/context.js';

/** The longest history `GET .../revisions` answers. */
const MAX_REVISIONS_LISTED = 1000;

/** A query parameter given at most once, as a string. */
function queryString(req: Request, name: string): string | undefined {
  const value: unknown = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badRequest('invalid_request', `${name} must be given once`);
  return value;
}

/** Repo creation and lifecycle (delete, move, visibility, branches, tags) and the read API. */
export function repoRoutes(ctx: HubContext): Router {
  const router = Router();
  const repoOf = async (req: Request) =>
    findRepo(ctx.db, await principalOf(ctx, req), param(req, 'owner'), param(req, 'name'));
  const body = <T>(req: Request): T => (req.body ?? {}) as T;

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

  router.delete('/api/repos/:owner/:name', async (req, res) => {
    const repo = await repoOf(req);
    await deleteRepo(ctx.db, await principalOf(ctx, req), repo);
    res.json({ deleted: `${repo.ownerName}/${repo.name}` });
  });

  router.post('/api/repos/:owner/:name/move', async (req, res) => {
    const repo = await repoOf(req);
    const moved = await moveRepo(
      ctx.db,
      ctx.config,
      await principalOf(ctx, req),
      repo,
      body<MoveRepoInput>(req),
    );
    res.json({ id: `${moved.ownerName}/${moved.name}`, private: moved.private });
  });

  router.put('/api/repos/:owner/:name/settings', async (req, res) => {
    const repo = await repoOf(req);
    const changed = await setRepoVisibility(
      ctx.db,
      await principalOf(ctx, req),
      repo,
      body<VisibilityInput>(req),
    );
    res.json({ id: `${changed.ownerName}/${changed.name}`, private: changed.private });
  });

  router.get('/api/repos/:owner/:name/refs', async (req, res) => {
    res.json(await listRefs(ctx.db, await repoOf(req)));
  });

  for (const [kind, plural] of [
    ['branch', 'branches'],
    ['tag', 'tags'],
  ] as const) {
    router.post(`/api/repos/:owner/:name/${plural}`, async (req, res) => {
      const principal = await principalOf(ctx, req);
      const repo = await repoOf(req);
      res.status(201).json(await createRef(ctx.db, principal, repo, kind, body<CreateRefInput>(req)));
    });
    router.delete(`/api/repos/:owner/:name/${plural}/:ref`, async (req, res) => {
      const principal = await principalOf(ctx, req);
      const repo = await repoOf(req);
      await deleteRef(ctx.db, principal, repo, kind, param(req, 'ref'));
      res.json({ deleted: param(req, 'ref'), kind });
    });
  }

  router.get('/api/repos/:owner/:name/revisions', async (req, res) => {
    res.json(await listRevisions(ctx.db, await repoOf(req), MAX_REVISIONS_LISTED));
  });

  router.get('/api/repos/:owner/:name/revisions/:rev', async (req, res) => {
    const repo = await repoOf(req);
    const rev = await resolveRevision(ctx.db, repo, param(req, 'rev'));
    res.json(await revisionView(ctx.db, rev.id));
  });

  router.get('/api/repos/:owner/:name/commits/:rev', async (req, res) => {
    const repo = await repoOf(req);
    const limit = queryString(req, 'limit');
    const cursor = queryString(req, 'cursor');
    res.json(
      await commitHistory(ctx.db, repo, param(req, 'rev'), {
        ...(limit !== undefined ? { limit: Number(limit) } : {}),
        ...(cursor !== undefined ? { cursor } : {}),
      }),
    );
  });

  router.post('/api/repos/:owner/:name/paths-info/:rev', async (req, res) => {
    const repo = await repoOf(req);
    const rev = await resolveRevision(ctx.db, repo, param(req, 'rev'));
    res.setHeader('X-Repo-Commit', rev.id);
    res.json(pathsInfo(await revisionFiles(ctx.db, rev.id), body<{ paths?: unknown }>(req).paths));
  });

  return router;
}
