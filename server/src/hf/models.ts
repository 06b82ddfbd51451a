import { Router, type Request, type Response } from 'express';
import { badRequest, notFound } from '../errors.js';
import { checkFilePath } from '../names.js';
import { DEFAULT_BRANCH, findRepo } from '../repos/repos.js';
import { resolveRevision } from '../read/revisions.js';
import { searchRepos, type SearchQuery } from '../search/search.js';
import { param, principalOf, type HubContext } from '../http/context.js';
import { revisionFiles, type RevisionFileView } from '../read/revision-files.js';
import { modelView } from './model-view.js';
import { isLfsPath, LFS_POINTER_SIZE, origin, revisionParam } from './paths.js';

/** Hugging Face sort keys and the search sort they map to. */
const SORTS: Record<string, string> = {
  downloads: 'downloads',
  lastModified: 'updated',
  createdAt: 'created',
};
const MAX_PAGE = 100;
const TREE_PAGE = 1000;

/** A string query parameter; repeated or non-string values are refused. */
function single(req: Request, name: string): string | undefined {
  const value: unknown = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badRequest('invalid_request', `${name} must be given once`);
  return value;
}

/** Whether a model-info request asks for file sizes and digests (`?blobs=true`). */
const withBlobs = (req: Request): boolean => ['1', 'true', 'True'].includes(single(req, 'blobs') ?? '');

/** The `/api/models` query as a deltahub search. */
function toSearch(req: Request): SearchQuery {
  const sort = single(req, 'sort');
  const limit = single(req, 'limit');
  const filter = single(req, 'filter');
  // The Hub's model tree filters (`base_model:adapter:<id>`, `base_model:<id>`): the deltas
  // recorded on a backbone.
  const base = filter === undefined ? undefined : /^base_model:(?:adapter:)?(.+)$/.exec(filter)?.[1];
  const q: SearchQuery = {
    q: single(req, 'search'),
    author: single(req, 'author'),
    ...(base !== undefined ? { backbone: base } : { tag: filter }),
    task: single(req, 'pipeline_tag'),
    // Sorts the hub does not keep (likes, trending) fall back to downloads.
    sort: sort === undefined ? undefined : (SORTS[sort] ?? 'downloads'),
    // The JS client asks for up to 500 per page; pages are capped and continue through `Link`.
    limit: String(Math.min(MAX_PAGE, Math.max(1, Number(limit ?? MAX_PAGE) || MAX_PAGE))),
    cursor: single(req, 'cursor'),
  };
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) as SearchQuery;
}

/** The `Link: rel="next"` header continuing `req` with another cursor (absolute: clients require it). */
function nextLink(req: Request, publicUrl: string | undefined, cursor: string): string {
  const url = new URL(req.originalUrl, origin(req, publicUrl));
  url.searchParams.set('cursor', cursor);
  return `<${url.toString()}>; rel="next"`;
}

/** Entries of a tree listing under `dir` (files and the folders leading to them). */
function treeEntries(files: RevisionFileView[], dir: string, recursive: boolean): Record<string, unknown>[] {
  const prefix = dir ? `${dir}/` : '';
  const entries: Record<string, unknown>[] = [];
  const folders = new Set<string>();
  for (const f of files) {
    if (!f.path.startsWith(prefix)) continue;
    const parts = f.path.slice(prefix.length).split('/');
    const depth = recursive ? parts.length - 1 : Math.min(1, parts.length - 1);
    for (let i = 1; i <= depth; i++) {
      const folder = prefix + parts.slice(0, i).join('/');
      if (!folders.has(folder)) {
        folders.add(folder);
        entries.push({ type: 'directory', oid: '', size: 0, path: folder });
      }
    }
    if (!recursive && parts.length > 1) continue;
    entries.push({
      type: 'file',
      oid: f.sha256,
      size: f.size,
      path: f.path,
      ...(isLfsPath(f.path, f.size)
        ? { lfs: { oid: f.sha256, size: f.size, pointerSize: LFS_POINTER_SIZE } }
        : {}),
    });
  }
  return entries;
}

/** Read routes of the Hugging Face API: model list and search, model info, file tree. */
export function modelRoutes(ctx: HubContext): Router {
  const router = Router();
  const repoOf = async (req: Request) =>
    findRepo(ctx.db, await principalOf(ctx, req), param(req, 'owner'), param(req, 'name'));

  router.get('/api/models', async (req, res) => {
    const result = await searchRepos(ctx.db, await principalOf(ctx, req), toSearch(req));
    if (result.nextCursor) res.setHeader('Link', nextLink(req, ctx.config.publicUrl, result.nextCursor));
    res.json(
      result.items.map((item) => ({
        _id: item.id,
        id: item.id,
        modelId: item.id,
        private: item.private,
        gated: false,
        downloads: item.downloads,
        likes: 0,
        createdAt: item.createdAt,
        lastModified: item.updatedAt,
        tags: item.tags,
        ...(item.task ? { pipeline_tag: item.task } : {}),
        ...(item.revision ? { sha: item.revision } : {}),
      })),
    );
  });

  router.get('/api/models/:owner/:name', async (req, res) => {
    const repo = await repoOf(req);
    const head = await resolveRevision(ctx.db, repo, DEFAULT_BRANCH).catch(() => null);
    res.json(await modelView(ctx.db, repo, head?.id ?? null, { blobs: withBlobs(req) }));
  });

  router.get('/api/models/:owner/:name/revision/:rev', async (req, res) => {
    const repo = await repoOf(req);
    const rev = await resolveRevision(ctx.db, repo, revisionParam(param(req, 'rev'), DEFAULT_BRANCH));
    res.json(await modelView(ctx.db, repo, rev.id, { blobs: withBlobs(req) }));
  });

  const tree = async (req: Request, res: Response): Promise<void> => {
    const repo = await repoOf(req);
    const rev = await resolveRevision(ctx.db, repo, revisionParam(param(req, 'rev'), DEFAULT_BRANCH));
    const dir = req.params['path'] === undefined ? '' : checkFilePath(param(req, 'path'));
    const recursive = ['1', 'true'].includes(single(req, 'recursive') ?? '');
    const entries = treeEntries(await revisionFiles(ctx.db, rev.id), dir, recursive);
    if (dir && entries.length === 0) throw notFound('entry_not_found', `${dir} is not a folder of ${rev.id}`);
    const start = Number(single(req, 'cursor') ?? '0');
    if (!Number.isSafeInteger(start) || start < 0) throw badRequest('invalid_cursor', 'invalid cursor');
    if (start + TREE_PAGE < entries.length)
      res.setHeader('Link', nextLink(req, ctx.config.publicUrl, String(start + TREE_PAGE)));
    res.setHeader('X-Repo-Commit', rev.id);
    res.json(entries.slice(start, start + TREE_PAGE));
  };
  router.get('/api/models/:owner/:name/tree/:rev', tree);
  router.get('/api/models/:owner/:name/tree/:rev/*path', tree);

  return router;
}
