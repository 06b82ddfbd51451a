import { Readable } from 'node:stream';
import { Router } from 'express';
import type { Principal } from '../auth/principal.js';
import { requireWriteNamespace } from '../auth/permissions.js';
import { usableDigests } from '../blobs/access.js';
import { badRequest, conflict, HubError } from '../errors.js';
import { checkRefName } from '../names.js';
import { commitRevision } from '../push/commit.js';
import { revisionFiles } from '../read/revision-files.js';
import { commitLimits } from '../push/inspect.js';
import { parseFileList, type FileEntry } from '../push/files.js';
import { uploadBlob } from '../push/upload.js';
import { requireCommitBranch } from '../repos/refs.js';
import { DEFAULT_BRANCH, findRepo, type RepoRef } from '../repos/repos.js';
import { param, principalOf, type HubContext } from '../http/context.js';
import { applyOperations, parseCommitLine, type CommitHeader, type ResolvedOperation } from './commit-ops.js';
import { readNdjson } from './ndjson.js';
import { origin, revisionParam } from './paths.js';

/** Limits of an NDJSON commit body: inline files are small (larger ones go through LFS). */
const MAX_COMMIT_BYTES = 256 * 1024 * 1024;
const MAX_LINE_BYTES = 32 * 1024 * 1024;
/**
 * Attempts of a commit without `parentCommit` when the branch moves under it. Each failed attempt
 * means another commit landed after this one read the head, so with k concurrent writers k
 * attempts suffice; this covers 8.
 */
const ATTEMPTS_WITHOUT_PARENT = 8;

const tooManyOperations = (line: number, max: number): HubError =>
  new HubError(
    413,
    'too_many_operations',
    `line ${line}: a commit may carry at most ${max} operations (DELTAHUB_MAX_COMMIT_OPERATIONS); split it`,
  );

/**
 * Reads the NDJSON body: the header first, then at most `maxCommitOperations` operations (inline
 * file bytes are bounded by the body's limit: decoded content is never larger than its line).
 * Inline files are stored as verified blobs as they arrive, so memory holds one line at a time;
 * a failed commit leaves only unreferenced blobs, which GC removes. LFS files must already be
 * stored (uploaded through the batch endpoint) and usable by the writer in the repo's namespace;
 * their size, when the line omits it, is the stored blob's, looked up once the body is read.
 */
async function readCommitBody(
  ctx: HubContext,
  body: Readable,
  repo: RepoRef,
  writer: Principal,
): Promise<{ header: CommitHeader; ops: ResolvedOperation[] }> {
  let header: CommitHeader | undefined;
  const ops: ResolvedOperation[] = [];
  const namespace = { id: repo.ownerId, name: repo.ownerName };
  // LFS files whose line gave no size, with their line: sized from the store after the body.
  const unsized: { file: FileEntry; line: number }[] = [];
  const limits = {
    maxBytes: MAX_COMMIT_BYTES,
    maxLineBytes: MAX_LINE_BYTES,
    // The header and the operations, with room for blank lines; past that, nothing is parsed.
    maxLines: 2 * (ctx.config.maxCommitOperations + 1),
  };
  for await (const line of readNdjson(body, limits)) {
    const op = parseCommitLine(line);
    if (op.kind === 'header') {
      if (header) throw badRequest('invalid_commit', `line ${line.line}: a second header`);
      header = op.header;
    } else if (!header) {
      throw badRequest('invalid_commit', `line ${line.line}: the first line must be the header`);
    } else if (ops.length >= ctx.config.maxCommitOperations) {
      // Refused before reading on: the rest of the body is never parsed, stored or applied.
      throw tooManyOperations(line.line, ctx.config.maxCommitOperations);
    } else if (op.kind === 'file') {
      const file = { path: op.path, sha256: op.sha256, size: op.content.length };
      // Inline bytes are an upload into the repo's namespace: granted to it, within its quota.
      const usable = await usableDigests(ctx.db, writer, repo.ownerId, [file.sha256]);
      await uploadBlob(
        ctx.db,
        ctx.store,
        Readable.from([op.content]),
        { sha256: file.sha256, size: file.size, maxBytes: ctx.config.maxBlobBytes },
        { namespace, usable: usable.has(file.sha256), config: ctx.config },
      );
      ops.push({ kind: 'add', file });
    } else if (op.kind === 'lfsFile') {
      const { path, sha256, size } = op.file;
      const file = { path, sha256, size: size ?? 0 };
      if (size === undefined) unsized.push({ file, line: line.line });
      ops.push({ kind: 'add', file });
    } else {
      ops.push(op);
    }
  }
  if (!header) throw badRequest('invalid_commit', 'the commit body is empty: a header line is required');
  await sizeFromStore(ctx, repo, writer, unsized);
  return { header, ops };
}

/**
 * Sets the size of LFS files from their stored blobs, in two queries for the whole commit. A blob
 * the writer may not use in the repo's namespace is missing, exactly as one never uploaded.
 */
async function sizeFromStore(
  ctx: HubContext,
  repo: RepoRef,
  writer: Principal,
  unsized: { file: FileEntry; line: number }[],
): Promise<void> {
  if (unsized.length === 0) return;
  const digests = [...new Set(unsized.map((u) => u.file.sha256))];
  const [usable, blobs] = await Promise.all([
    usableDigests(ctx.db, writer, repo.ownerId, digests),
    ctx.db.blob.findMany({ where: { sha256: { in: digests } }, select: { sha256: true, size: true } }),
  ]);
  const sizes = new Map(blobs.filter((b) => usable.has(b.sha256)).map((b) => [b.sha256, Number(b.size)]));
  for (const { file, line } of unsized) {
    const size = sizes.get(file.sha256);
    if (size === undefined)
      throw badRequest(
        'missing_blob',
        `line ${line}: blob ${file.sha256} (${file.path}) has not been uploaded`,
      );
    file.size = size;
  }
}

/** Commits `ops` on top of the branch head (or `parentCommit`), through deltahub's commit code. */
async function commitOps(
  ctx: HubContext,
  repo: RepoRef,
  principal: Principal,
  branch: string,
  header: CommitHeader,
  ops: ResolvedOperation[],
): Promise<string> {
  const attempts = header.parentCommit ? 1 : ATTEMPTS_WITHOUT_PARENT;
  for (let attempt = 1; ; attempt++) {
    const ref = await ctx.db.ref.findUnique({ where: { repoId_name: { repoId: repo.id, name: branch } } });
    if (ref && ref.kind !== 'branch') throw badRequest('invalid_ref', `${branch} is a tag, not a branch`);
    const head = ref?.revisionId ?? null;
    if (header.parentCommit && header.parentCommit !== head)
      throw conflict('stale_parent', `branch ${branch} is not at parentCommit ${header.parentCommit}`);
    const base = head ? await revisionFiles(ctx.db, head) : [];
    const files = parseFileList(applyOperations(base, ops), ctx.config.maxBlobBytes);
    if (files.length === 0) throw badRequest('empty_commit', 'a revision must contain at least one file');
    try {
      const { revision } = await commitRevision(
        ctx.db,
        ctx.store,
        repo,
        principal,
        {
          branch,
          files,
          message: header.description ? `${header.summary}\n\n${header.description}` : header.summary,
          parent: head,
        },
        commitLimits(ctx.config, false),
      );
      return revision;
    } catch (err) {
      // Without parentCommit the client asked for "on top of the head": retry on the new head.
      if (!(err instanceof HubError && err.code === 'stale_parent') || attempt >= attempts) throw err;
    }
  }
}

/** `POST /api/models/{repo}/commit/{branch}`: the Hugging Face NDJSON commit. */
export function commitRoutes(ctx: HubContext): Router {
  const router = Router();
  // The body is read as a stream by readNdjson: no body parser on this route.
  router.post('/api/models/:owner/:name/commit/:rev', async (req, res) => {
    const principal = await principalOf(ctx, req);
    const repo = await findRepo(ctx.db, principal, param(req, 'owner'), param(req, 'name'));
    const writer = await requireWriteNamespace(ctx.db, principal, repo.ownerId);
    if (req.query['create_pr'] !== undefined)
      throw badRequest('unsupported', 'pull requests are not supported by this hub');
    const branch = checkRefName(revisionParam(param(req, 'rev'), DEFAULT_BRANCH));
    // Before reading the body: a commit to a branch that does not exist uploads nothing.
    await requireCommitBranch(ctx.db, repo, branch);
    const { header, ops } = await readCommitBody(ctx, req, repo, writer);
    const revision = await commitOps(ctx, repo, writer, branch, header, ops);
    const url = `${origin(req, ctx.config.publicUrl)}/${repo.ownerName}/${repo.name}/commit/${revision}`;
    ctx.log.info(
      { repo: `${repo.ownerName}/${repo.name}`, revision, branch, requestId: res.locals['requestId'] },
      'revision committed (Hugging Face commit)',
    );
    res.json({ success: true, commitOid: revision, commitUrl: url, commitMessage: header.summary });
  });
  return router;
}
