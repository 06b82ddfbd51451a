import { basename } from 'node:path';
import { param, type HubContext } from '../../http/context.js';
import { checkFilePath } from '../../names.js';
import { revisionFile } from '../../read/revision-files.js';
import { resolveRevision } from '../../read/revisions.js';
import { pipeBlob } from '../../read/serve-file.js';
import type { PageHandler } from '../page.js';
import { pageRepo } from './delta.js';

/**
 * `GET /-/download/{owner}/{name}/{rev}/{path}`: a file of a private delta for a logged-in
 * visitor. Browsers cannot send the `Authorization` header the API's resolve URL needs, so the
 * pages link here instead; visibility is checked exactly as for the page (404 to others).
 */
export const download =
  (ctx: HubContext): PageHandler =>
  async (req, res, { principal }) => {
    const repo = await pageRepo(ctx, req, principal);
    const rev = await resolveRevision(ctx.db, repo, param(req, 'rev'));
    const path = checkFilePath(param(req, 'path'));
    const file = await revisionFile(ctx.db, rev.id, path);
    const { size } = file;
    res.setHeader('Content-Type', 'application/octet-stream');
    res.setHeader('Content-Length', String(size));
    res.setHeader('Content-Disposition', `attachment; filename="${basename(path).replace(/[^\w.-]/g, '_')}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Repo-Commit', rev.id);
    if (size === 0) {
      res.end();
      return;
    }
    await pipeBlob(ctx, file, res);
  };
