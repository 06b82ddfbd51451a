import type { Request, Response } from 'express';
import { DELTA_CONFIG_FILE } from '@deltahub/core/checkpoint';
import type { Principal } from '../auth/principal.js';
import type { Db } from '../db/client.js';
import { HubError } from '../errors.js';
import type { Logger } from '../log.js';
import type { BlobRef, BlobStore, ByteRange } from '../storage/blob-store.js';
import { downloadCounter } from './download-counter.js';
import { resolveFile } from './resolve-file.js';

/** What serving a file needs: the index, the blob store and a logger (a `HubContext` has them). */
export interface FileServices {
  db: Db;
  store: BlobStore;
  log: Logger;
}

/** The file a download URL names: `{owner}/{name}` at `rev` (branch, tag or revision id), `path`. */
export interface FileTarget {
  owner: string;
  name: string;
  rev: string;
  path: string;
}

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
 * Answers a `GET` or `HEAD` of a file URL (`/{owner}/{name}/resolve/{rev}/{path}`, the form hub
 * clients use): Range, ETag (the sha256), `X-Repo-Commit`, caching by whether the revision can
 * change. With a store that hands out direct URLs (S3 with download redirects on), a GET of a
 * large file is answered with a redirect to one after the same checks; the ETag and X-Repo-Commit
 * headers still come from the hub, on the redirect (the store's own ETag is not the sha256).
 * Errors are thrown as `HubError`s for the caller's error shape.
 */
export async function serveFile(
  services: FileServices,
  principal: Principal | null,
  target: FileTarget,
  req: Request,
  res: Response,
): Promise<void> {
  const { db, store, log } = services;
  // One indexed read resolves repo, ref and file; the principal is needed for private repos.
  const file = await resolveFile(db, principal, target);
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
  if (req.method === 'GET' && whole && file.path === DELTA_CONFIG_FILE) downloadCounter(db, log).add(repo.id);
  if (req.method === 'GET' && size >= REDIRECT_MIN_BYTES) {
    const url = await store.downloadUrl(file);
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
  await pipeBlob(services, file, res, range);
}

/**
 * Streams a blob (or a range of it) into a response whose headers are set. A read failing
 * mid-response is logged and cuts the connection (the status is already sent); a client going
 * away stops the read.
 */
export async function pipeBlob(
  services: Pick<FileServices, 'store' | 'log'>,
  blob: BlobRef,
  res: Response,
  range?: ByteRange,
): Promise<void> {
  const body = await services.store.get(blob, range);
  body.on('error', (err) => {
    services.log.error({ err, sha256: blob.sha256 }, 'blob read failed mid-response');
    res.destroy(err);
  });
  res.on('close', () => body.destroy());
  body.pipe(res);
}
