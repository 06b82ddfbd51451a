import { Router, json, urlencoded, type Request } from 'express';
import { badRequest } from '../errors.js';
import { commitHistory } from '../read/history.js';
import { pathsInfo } from '../read/paths-info.js';
import { listRefs } from '../read/refs.js';
import { revisionFiles } from '../read/revision-files.js';
import { resolveRevision } from '../read/revisions.js';
import { createRef, deleteRef } from '../repos/refs.js';
import { DEFAULT_BRANCH, findRepo } from '../repos/repos.js';
import { param, principalOf, type HubContext } from '../http/context.js';
import { fileEntry, nextLink, revisionParam } from './paths.js';

const JSON_BODY = json({ limit: '64kb' });
/** Commits per page of `list_repo_commits` (the Hub pages by 50 too). */
const COMMITS_PAGE = 50;

/** A commit message as the Hub splits it: the first line is the title, the rest the message. */
function splitMessage(message: string): { title: string; message: string } {
  const newline = message.indexOf('\n');
  if (newline < 0) return { title: message, message: '' };
  return { title: message.slice(0, newline), message: message.slice(newline + 1).replace(/^\n/, '') };
}

/** A string field of a JSON body; undefined when absent. */
function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest('invalid_request', `${name} must be a string`);
  return value;
}

/**
 * Refs, history and paths of the Hugging Face API: `GET /api/models/{repo}/refs`, branch and tag
 * creation and deletion (`/branch/{name}`, `/tag/{rev}`, `/tag/{name}`), `GET .../commits/{rev}`
 * (paged with `Link`), and `POST .../paths-info/{rev}`, over the same domain services as the
 * native API.
 */
export function refRoutes(ctx: HubContext): Router {
  const router = Router();
  const repoOf = async (req: Request) =>
    findRepo(ctx.db, await principalOf(ctx, req), param(req, 'owner'), param(req, 'name'));
  const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;

  router.get('/api/models/:owner/:name/refs', async (req, res) => {
    const refs = await listRefs(ctx.db, await repoOf(req));
    const view = (kind: string, prefix: string) =>
      refs
        .filter((r) => r.kind === kind)
        .map((r) => ({ name: r.name, ref: `${prefix}${r.name}`, targetCommit: r.revision }));
    res.json({
      branches: view('branch', 'refs/heads/'),
      tags: view('tag', 'refs/tags/'),
      converts: [],
      ...(req.query['include_prs'] !== undefined ? { pullRequests: [] } : {}),
    });
  });

  router.post('/api/models/:owner/:name/branch/:branch', JSON_BODY, async (req, res) => {
    const principal = await principalOf(ctx, req);
    const repo = await repoOf(req);
    const startingPoint = optionalString(bodyOf(req), 'startingPoint');
    if (bodyOf(req)['emptyBranch'] === true)
      throw badRequest('unsupported', 'empty branches are not supported: a branch starts at a revision');
    await createRef(ctx.db, principal, repo, 'branch', {
      name: param(req, 'branch'),
      ...(startingPoint !== undefined ? { revision: revisionParam(startingPoint, DEFAULT_BRANCH) } : {}),
    });
    res.json({ success: true });
  });

  router.delete('/api/models/:owner/:name/branch/:branch', async (req, res) => {
    const principal = await principalOf(ctx, req);
    await deleteRef(ctx.db, principal, await repoOf(req), 'branch', param(req, 'branch'));
    res.json({ success: true });
  });

  router.post('/api/models/:owner/:name/tag/:rev', JSON_BODY, async (req, res) => {
    const principal = await principalOf(ctx, req);
    const repo = await repoOf(req);
    const tag = optionalString(bodyOf(req), 'tag');
    if (tag === undefined) throw badRequest('invalid_request', 'tag is required');
    await createRef(ctx.db, principal, repo, 'tag', {
      name: tag,
      revision: revisionParam(param(req, 'rev'), DEFAULT_BRANCH),
    });
    res.json({ success: true });
  });

  router.delete('/api/models/:owner/:name/tag/:tag', async (req, res) => {
    const principal = await principalOf(ctx, req);
    await deleteRef(ctx.db, principal, await repoOf(req), 'tag', param(req, 'tag'));
    res.json({ success: true });
  });

  router.get('/api/models/:owner/:name/commits/:rev', async (req, res) => {
    const repo = await repoOf(req);
    const cursor = req.query['cursor'];
    if (cursor !== undefined && typeof cursor !== 'string')
      throw badRequest('invalid_cursor', 'invalid cursor');
    const page = await commitHistory(ctx.db, repo, revisionParam(param(req, 'rev'), DEFAULT_BRANCH), {
      limit: COMMITS_PAGE,
      ...(cursor !== undefined ? { cursor } : {}),
    });
    if (page.nextCursor) res.setHeader('Link', nextLink(req, ctx.config.publicUrl, page.nextCursor));
    res.json(
      page.items.map((c) => ({
        id: c.id,
        ...splitMessage(c.message),
        authors: c.author === null ? [] : [{ user: c.author }],
        date: c.createdAt,
      })),
    );
  });

  // huggingface_hub sends a form (`paths` repeated, `expand`), @huggingface/hub JSON.
  router.post(
    '/api/models/:owner/:name/paths-info/:rev',
    urlencoded({ extended: false, limit: '1mb', parameterLimit: 2000 }),
    json({ limit: '1mb' }),
    async (req, res) => {
      const repo = await repoOf(req);
      const rev = await resolveRevision(ctx.db, repo, revisionParam(param(req, 'rev'), DEFAULT_BRANCH));
      const paths: unknown = bodyOf(req)['paths'];
      const asked = typeof paths === 'string' ? [paths] : paths;
      res.setHeader('X-Repo-Commit', rev.id);
      res.json(
        pathsInfo(await revisionFiles(ctx.db, rev.id), asked).map((info) =>
          info.type === 'file' ? fileEntry(info) : { type: 'directory', oid: '', path: info.path },
        ),
      );
    },
  );

  return router;
}
