import { basename } from 'node:path';
import { dialectOf, query, Sql, toNumber } from '../../db/sql.js';
import { notFound } from '../../errors.js';
import { param, type HubContext } from '../../http/context.js';
import { checkFilePath } from '../../names.js';
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
    const sql = new Sql(dialectOf(ctx.db));
    const [file] = await query<{ sha256: string; objectKey: string | null; size: unknown }>(
      ctx.db,
      sql,
      `SELECT f."sha256", f."size", b."objectKey"
         FROM "RevisionFile" f LEFT JOIN "Blob" b ON b."sha256" = f."sha256"
        WHERE f."revisionId" = ${sql.param(rev.id)} AND f."path" = ${sql.param(path)}`,
    );
    if (!file) throw notFound('entry_not_found', `${path} is not in revision ${rev.id}`);
    const size = toNumber(file.size);
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
