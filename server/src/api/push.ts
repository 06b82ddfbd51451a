import { Router, type Request } from 'express';
import { badRequest, HubError } from '../errors.js';
import { requireWriteNamespace } from '../auth/permissions.js';
import { isSha256 } from '../names.js';
import { findRepo } from '../repos/repos.js';
import { usableDigests } from '../blobs/access.js';
import { missingBlobs } from '../push/announce.js';
import { checkQuota } from '../quota/quota.js';
import { takeUploadSlot } from '../quota/upload-slots.js';
import { uploadBlob } from '../push/upload.js';
import { commitRevision } from '../push/commit.js';
import { commitLimits } from '../push/inspect.js';
import { parseFileList } from '../push/files.js';
import { principalOf, param, type HubContext } from '../http/context.js';

/** The repo of a write request, once the caller is known to be allowed to write to it. */
async function writableRepo(ctx: HubContext, req: Request) {
  const principal = await principalOf(ctx, req);
  const repo = await findRepo(ctx.db, principal, param(req, 'owner'), param(req, 'name'));
  return { repo, principal: await requireWriteNamespace(ctx.db, principal, repo.ownerId) };
}

/**
 * Blob upload, step 2 of a push. Mounted before the JSON body parser: the body is streamed to the
 * store whatever its Content-Type, never parsed or buffered.
 */
export function blobRoutes(ctx: HubContext): Router {
  const router = Router();
  router.put('/api/repos/:owner/:name/blobs/:sha256', async (req, res) => {
    const { repo, principal } = await writableRepo(ctx, req);
    const sha256 = param(req, 'sha256');
    if (!isSha256(sha256))
      throw badRequest('invalid_digest', 'the blob address must be a lowercase hex sha256');
    // The size comes from ?size= or Content-Length; a chunked body without either is accepted
    // (its size is checked at commit) and only the cap, enforced while streaming, applies.
    const declared = req.get('content-length');
    const announced = typeof req.query['size'] === 'string' ? req.query['size'] : declared;
    const size = announced === undefined ? undefined : Number(announced);
    if (size !== undefined && (!Number.isSafeInteger(size) || size < 0)) {
      throw badRequest('invalid_request', 'size must be a non-negative integer');
    }
    if ((size ?? 0) > ctx.config.maxBlobBytes || Number(declared ?? 0) > ctx.config.maxBlobBytes) {
      throw new HubError(413, 'too_large', `blobs are limited to ${ctx.config.maxBlobBytes} bytes`);
    }
    if (declared !== undefined && Number(declared) !== size) {
      throw badRequest('size_mismatch', `Content-Length ${declared} differs from the announced size ${size}`);
    }
    const usable = await usableDigests(ctx.db, principal, repo.ownerId, [sha256]);
    const release = takeUploadSlot(ctx, principal.userId, ctx.config.maxConcurrentUploads, res);
    const result = await uploadBlob(
      ctx.db,
      ctx.store,
      req,
      { sha256, size, maxBytes: ctx.config.maxBlobBytes },
      {
        namespace: { id: repo.ownerId, name: repo.ownerName },
        usable: usable.has(sha256),
        config: ctx.config,
      },
    ).finally(release);
    // An already-stored blob is answered without reading the body: close instead of draining it.
    if (!req.complete) res.setHeader('Connection', 'close');
    res.status(result.stored ? 201 : 200).json(result);
  });
  return router;
}

/** The push protocol's JSON steps: announce (what is missing?) and commit. */
export function pushRoutes(ctx: HubContext): Router {
  const router = Router();

  router.post('/api/repos/:owner/:name/preupload', async (req, res) => {
    const { repo, principal } = await writableRepo(ctx, req);
    const files = parseFileList(
      (req.body as { files?: unknown } | undefined)?.files,
      ctx.config.maxBlobBytes,
    );
    const missing = await missingBlobs(ctx.db, principal, repo.ownerId, files);
    // Uploads that cannot fit in the quota are refused now rather than after streaming.
    const needed = missing.reduce((sum, f) => sum + f.size, 0);
    if (needed > 0) await checkQuota(ctx.db, ctx.config, { id: repo.ownerId, name: repo.ownerName }, needed);
    const base = `/api/repos/${repo.ownerName}/${repo.name}/blobs/`;
    res.json({
      missing: missing.map((f) => ({
        sha256: f.sha256,
        size: f.size,
        upload: `${base}${f.sha256}?size=${f.size}`,
      })),
    });
  });

  router.post('/api/repos/:owner/:name/commits/:branch', async (req, res) => {
    const { repo, principal } = await writableRepo(ctx, req);
    const body = (req.body ?? {}) as { files?: unknown; message?: unknown; parent?: unknown };
    if (body.message !== undefined && (typeof body.message !== 'string' || body.message.length > 10_000)) {
      throw badRequest('invalid_request', 'message must be a string of at most 10000 characters');
    }
    if (body.parent !== null && typeof body.parent !== 'string') {
      throw badRequest(
        'invalid_request',
        'parent is required: the revision the branch points at, or null for a new branch',
      );
    }
    const files = parseFileList(body.files, ctx.config.maxBlobBytes);
    const result = await commitRevision(
      ctx.db,
      ctx.store,
      repo,
      principal,
      { branch: param(req, 'branch'), files, message: body.message ?? '', parent: body.parent },
      commitLimits(ctx.config),
    );
    ctx.log.info(
      { repo: `${repo.ownerName}/${repo.name}`, ...result, requestId: res.locals['requestId'] },
      'revision committed',
    );
    res.status(201).json(result);
  });

  return router;
}
