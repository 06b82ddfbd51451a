import { Router, type Request } from 'express';
import { badRequest, conflict, unauthorized } from '../errors.js';
import { requireWriteNamespace } from '../auth/permissions.js';
import { checkRefName, isSha256 } from '../names.js';
import { createRepo, findRepo } from '../repos/repos.js';
import { repoInfo } from '../read/repo-info.js';
import { resolveRevision, revisionView } from '../read/revisions.js';
import { principalOf, param, type HubContext } from '../http/context.js';

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
    const repo = await repoOf(req);
    const refs = await ctx.db.ref.findMany({ where: { repoId: repo.id }, orderBy: { name: 'asc' } });
    res.json(
      refs.map((r) => ({
        name: r.name,
        kind: r.kind,
        revision: r.revisionId,
        updatedAt: r.updatedAt.toISOString(),
      })),
    );
  });

  router.get('/api/repos/:owner/:name/revisions', async (req, res) => {
    const repo = await repoOf(req);
    const rows = await ctx.db.revision.findMany({
      where: { repoId: repo.id },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: 1000,
      select: { id: true, parentId: true, message: true, createdAt: true },
    });
    res.json(
      rows.map((r) => ({
        id: r.id,
        parent: r.parentId,
        message: r.message,
        createdAt: r.createdAt.toISOString(),
      })),
    );
  });

  router.get('/api/repos/:owner/:name/revisions/:rev', async (req, res) => {
    const repo = await repoOf(req);
    const rev = await resolveRevision(ctx.db, repo, param(req, 'rev'));
    res.json(await revisionView(ctx.db, rev.id));
  });

  router.post('/api/repos/:owner/:name/tags', async (req, res) => {
    const principal = await principalOf(ctx, req);
    const repo = await repoOf(req);
    await requireWriteNamespace(ctx.db, principal, repo.ownerId);
    const body = (req.body ?? {}) as { name?: unknown; revision?: unknown };
    if (typeof body.name !== 'string' || !isSha256(body.revision))
      throw badRequest('invalid_request', 'name and revision (id) are required');
    const name = checkRefName(body.name);
    const rev = await resolveRevision(ctx.db, repo, body.revision);
    try {
      await ctx.db.ref.create({ data: { repoId: repo.id, name, kind: 'tag', revisionId: rev.id } });
    } catch (err) {
      if ((err as { code?: string }).code === 'P2002')
        throw conflict('ref_exists', `ref ${name} already exists`);
      throw err;
    }
    res.status(201).json({ name, kind: 'tag', revision: rev.id });
  });

  return router;
}
