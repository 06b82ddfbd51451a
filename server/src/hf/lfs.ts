import { Router, json, type Request } from 'express';
import { requireWriteNamespace } from '../auth/permissions.js';
import { usableDigests } from '../blobs/access.js';
import { tokenIsLive } from '../auth/principal.js';
import { badRequest, forbidden, HubError, notFound, unauthorized } from '../errors.js';
import { checkFilePath, isSha256 } from '../names.js';
import { missingBlobs } from '../push/announce.js';
import { uploadBlob, type UploadTarget } from '../push/upload.js';
import { exceeds, quotaExceeded, storageUse } from '../quota/quota.js';
import { takeUploadSlot } from '../quota/upload-slots.js';
import { requireCommitBranch } from '../repos/refs.js';
import { DEFAULT_BRANCH, findRepo } from '../repos/repos.js';
import { param, principalOf, type HubContext } from '../http/context.js';
import { isLfsPath, origin, revisionParam } from './paths.js';
import type { UploadSigner } from './signed-url.js';

/** How long an upload URL stays valid. */
const UPLOAD_URL_SECONDS = 15 * 60;
/** Objects per batch request (the JS client sends at most 100). */
const MAX_BATCH_OBJECTS = 1000;
const LFS_JSON = 'application/vnd.git-lfs+json';

/**
 * Where a signed upload goes: the namespace owning the repo, and the user the URL was issued to
 * (whose concurrent uploads are counted). A signed URL carries no principal, so only the
 * namespace's grants and public revisions make the digest usable without sending the bytes.
 */
async function uploadTarget(
  ctx: HubContext,
  repoId: string,
  tokenId: string,
  oid: string,
): Promise<UploadTarget & { uploaderId: string }> {
  const [repo, token] = await Promise.all([
    ctx.db.repo.findUnique({
      where: { id: repoId },
      select: { ownerId: true, owner: { select: { name: true } } },
    }),
    ctx.db.token.findUnique({ where: { id: tokenId }, select: { userId: true } }),
  ]);
  if (!repo) throw notFound('repo_not_found', 'the repository of this upload URL no longer exists');
  const usable = await usableDigests(ctx.db, null, repo.ownerId, [oid]);
  return {
    namespace: { id: repo.ownerId, name: repo.owner.name },
    usable: usable.has(oid),
    config: ctx.config,
    uploaderId: token?.userId ?? repo.ownerId,
  };
}

/** The repo of a write request, once the caller is known to be allowed to write to it. */
async function writableRepo(ctx: HubContext, req: Request) {
  const principal = await principalOf(ctx, req);
  const repo = await findRepo(ctx.db, principal, param(req, 'owner'), param(req, 'name'));
  await requireWriteNamespace(ctx.db, principal, repo.ownerId);
  return repo;
}

function nonNegativeInt(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw badRequest('invalid_request', `${what} must be a non-negative integer`);
  return value;
}

/**
 * The upload half of the Hugging Face protocol: preupload (which files go through LFS), the git-lfs
 * batch endpoint, and the signed upload URLs it hands out. An upload streams into the same
 * verifying blob upload as deltahub's push (sha256 and size checked while streaming), so a blob row
 * exists only for verified content; the NDJSON commit then references the blobs.
 */
export function lfsRoutes(ctx: HubContext, signer: UploadSigner): Router {
  const router = Router();

  router.post('/api/models/:owner/:name/preupload/:rev', json({ limit: '4mb' }), async (req, res) => {
    const repo = await writableRepo(ctx, req);
    await requireCommitBranch(ctx.db, repo, revisionParam(param(req, 'rev'), DEFAULT_BRANCH));
    const files = (req.body as { files?: unknown } | undefined)?.files;
    if (!Array.isArray(files) || files.length > MAX_BATCH_OBJECTS)
      throw badRequest('invalid_request', `files must be an array of at most ${MAX_BATCH_OBJECTS} entries`);
    res.json({
      files: files.map((item: unknown, i) => {
        const f = (item ?? {}) as { path?: unknown; size?: unknown; sample?: unknown };
        if (typeof f.path !== 'string')
          throw badRequest('invalid_request', `files[${i}].path must be a string`);
        const path = checkFilePath(f.path);
        const size = nonNegativeInt(f.size, `files[${i}].size`);
        // A NUL byte in the first 512 bytes marks binary content, which belongs in LFS like git's.
        const binary = typeof f.sample === 'string' && Buffer.from(f.sample, 'base64').includes(0);
        return { path, uploadMode: binary || isLfsPath(path, size) ? 'lfs' : 'regular', shouldIgnore: false };
      }),
    });
  });

  router.post(
    '/:owner/:name.git/info/lfs/objects/batch',
    json({ limit: '4mb', type: [LFS_JSON, 'application/json'] }),
    async (req, res) => {
      const repo = await writableRepo(ctx, req);
      const body = (req.body ?? {}) as { operation?: unknown; objects?: unknown };
      if (body.operation !== 'upload')
        throw badRequest(
          'unsupported_operation',
          'only the upload operation is supported; download with resolve URLs',
        );
      if (!Array.isArray(body.objects) || body.objects.length > MAX_BATCH_OBJECTS)
        throw badRequest(
          'invalid_request',
          `objects must be an array of at most ${MAX_BATCH_OBJECTS} entries`,
        );
      const objects = body.objects.map((item: unknown, i) => {
        const o = (item ?? {}) as { oid?: unknown; size?: unknown };
        if (!isSha256(o.oid))
          throw badRequest('invalid_digest', `objects[${i}].oid must be a lowercase hex sha256`);
        const size = nonNegativeInt(o.size, `objects[${i}].size`);
        if (size > ctx.config.maxBlobBytes)
          throw new HubError(
            413,
            'too_large',
            `objects[${i}] is over the ${ctx.config.maxBlobBytes}-byte limit`,
          );
        return { path: o.oid, sha256: o.oid, size };
      });
      const principal = await principalOf(ctx, req);
      const missing = new Set(
        (await missingBlobs(ctx.db, principal, repo.ownerId, objects)).map((o) => o.sha256),
      );
      const namespace = { id: repo.ownerId, name: repo.ownerName };
      const use = await storageUse(ctx.db, ctx.config, repo.ownerId);
      // Bytes of the objects this answer asks for so far: each must fit in the quota with them.
      let asked = 0;
      const expires = Math.floor(Date.now() / 1000) + UPLOAD_URL_SECONDS;
      // The URL works only while the token that asked for it does (writableRepo needed one).
      const tokenId = (await principalOf(ctx, req))?.tokenId ?? '';
      const base = origin(req, ctx.config.publicUrl);
      res.type(LFS_JSON).json({
        transfer: 'basic',
        objects: objects.map(({ sha256: oid, size }) => {
          // No `actions`: the hub already has the content, there is nothing to upload.
          if (!missing.has(oid)) return { oid, size };
          if (exceeds(use, asked + size))
            return {
              oid,
              size,
              error: { code: 413, message: quotaExceeded(namespace, use, asked + size).message },
            };
          asked += size;
          const grant = { repoId: repo.id, tokenId, oid, size, expires };
          const query = new URLSearchParams({
            size: String(size),
            expires: String(expires),
            tokenId,
            signature: signer.sign(grant),
          });
          return {
            oid,
            size,
            authenticated: true,
            actions: {
              upload: {
                href: `${base}/api/lfs-uploads/${repo.id}/${oid}?${query.toString()}`,
                expires_in: UPLOAD_URL_SECONDS,
              },
            },
          };
        }),
      });
    },
  );

  // The body is streamed to the store whatever its Content-Type: no body parser on this route.
  router.put('/api/lfs-uploads/:repoId/:oid', async (req, res) => {
    const oid = param(req, 'oid');
    const grant = {
      repoId: param(req, 'repoId'),
      tokenId: typeof req.query['tokenId'] === 'string' ? req.query['tokenId'] : '',
      oid,
      size: Number(req.query['size']),
      expires: Number(req.query['expires']),
    };
    const signature = typeof req.query['signature'] === 'string' ? req.query['signature'] : '';
    if (!isSha256(oid) || !Number.isSafeInteger(grant.size) || !signer.verify(grant, signature))
      throw forbidden('this upload URL is invalid or expired; ask the batch endpoint for a new one');
    if (!(await tokenIsLive(ctx.db, grant.tokenId)))
      throw unauthorized('the token this upload URL was issued to is revoked or expired');
    const declared = req.get('content-length');
    if (declared !== undefined && Number(declared) !== grant.size)
      throw badRequest(
        'size_mismatch',
        `Content-Length ${declared} differs from the announced size ${grant.size}`,
      );
    const target = await uploadTarget(ctx, grant.repoId, grant.tokenId, oid);
    const release = takeUploadSlot(ctx, target.uploaderId, ctx.config.maxConcurrentUploads, res);
    const result = await uploadBlob(
      ctx.db,
      ctx.store,
      req,
      { sha256: oid, size: grant.size, maxBytes: ctx.config.maxBlobBytes },
      target,
    ).finally(release);
    if (!req.complete) res.setHeader('Connection', 'close');
    res.status(200).json(result);
  });

  return router;
}
