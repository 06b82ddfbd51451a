import { Router, type Request, type Response } from 'express';
import { DELTA_CONFIG_FILE } from '@deltahub/core/checkpoint';
import { HubError } from '../../errors.js';
import { downloadCounter } from '../../read/download-counter.js';
import { resolveFile } from '../../read/resolve-file.js';
import type { ByteRange } from '../../storage/blob-store.js';
import { principalOf, param, type HubContext } from '../context.js';

/**
 * Parses a single-range `Range` header. Returns undefined for no (or an unsupported multi-)
 * range, which is answered with the whole file; throws 416 for an unsatisfiable one.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | undefined {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return undefined;
  const [, a = '', b = ''] = m;
  let start: number;
  let end: number;
  if (a === '') {
    if (b === '') return undefined;
    start = Math.max(0, size - Number(b));
    end = size - 1;
  } else {
    start = Number(a);
    end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  }
  if (start > end || start >= size)
    throw new HubError(416, 'range_not_satisfiable', `range ${header} is outside the ${size}-byte file`);
  return { start, end };
}

function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

// Smaller files are cheaper to send than a redirect's extra round trip costs.
const REDIRECT_MIN_BYTES = 1024 * 1024;

/**
 * File downloads: `GET|HEAD /{owner}/{name}/resolve/{rev}/{path}`, the URL form hub clients use.
 * With a store that hands out direct URLs (S3 with download redirects on), a GET of a large
 * file is answered with a redirect to one after the same checks; the ETag and X-Repo-Commit
 * headers still come from the hub, on the redirect (the store's own ETag is not the sha256).
 */
export function fileRoutes(ctx: HubContext): Router {
  const router = Router();

  const resolve = async (req: Request, res: Response): Promise<void> => {
    // One indexed read resolves repo, ref and file; the principal is needed for private repos.
    const file = await resolveFile(ctx.db, await principalOf(ctx, req), {
      owner: param(req, 'owner'),
      name: param(req, 'name'),
      rev: param(req, 'rev'),
      path: param(req, 'path'),
    });
    const { repo, revision: rev, size } = file;
    const etag = `"${file.sha256}"`;
    res.setHeader('ETag', etag);
    res.setHeader('X-Repo-Commit', rev.id);
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('Content-Type', 'application/octet-stream');
    // Content behind a revision id never changes; behind a branch it can, so revalidate.
    const visibility = repo.private ? 'private' : 'public';
    res.setHeader(
      'Cache-Control',
      rev.immutable ? `${visibility}, max-age=31536000, immutable` : `${visibility}, no-cache`,
    );
    if (etagMatches(req.get('if-none-match'), etag)) {
      res.status(304).end();
      return;
    }
    const range = size === 0 ? undefined : parseRange(req.get('range'), size);
    // One download per full fetch of the config: not a HEAD, a 304 revalidation or a piece of a
    // ranged (resumed, parallel) download; a range of the whole file is a full fetch.
    // Counted in memory and written in batches: no database write before the bytes go out.
    const whole = !range || (range.start === 0 && range.end === size - 1);
    if (req.method === 'GET' && whole && file.path === DELTA_CONFIG_FILE)
      downloadCounter(ctx.db, ctx.log).add(repo.id);
    if (req.method === 'GET' && size >= REDIRECT_MIN_BYTES) {
      const url = await ctx.store.downloadUrl(file);
      if (url) {
        // The URL is signed and short-lived: a cached redirect would outlive it.
        res.setHeader('Cache-Control', 'no-store');
        res.redirect(302, url);
        return;
      }
    }
    if (range) {
      res.status(206);
      res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
      res.setHeader('Content-Length', String(range.end - range.start + 1));
    } else {
      res.setHeader('Content-Length', String(size));
    }
    if (req.method === 'HEAD' || size === 0) {
      res.end();
      return;
    }
    const body = await ctx.store.get(file, range);
    body.on('error', (err) => {
      ctx.log.error({ err, sha256: file.sha256 }, 'blob read failed mid-response');
      res.destroy(err);
    });
    res.on('close', () => body.destroy());
    body.pipe(res);
  };

  router.get('/:owner/:name/resolve/:rev/*path', resolve);
  router.head('/:owner/:name/resolve/:rev/*path', resolve);
  return router;
}
