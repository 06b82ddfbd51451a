import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import type { Logger } from '../log.js';

/**
 * The compiled browser assets: `tsc -p tsconfig.web.json` writes them to `server/dist/web/assets`
 * (the `build` and `pretest` scripts run it). The path is the same from `src/web` and `dist/web`.
 */
const ASSETS_DIR = fileURLToPath(new URL('../../dist/web/assets/', import.meta.url));
const ASSETS: Record<string, string> = {
  'style.css': 'text/css; charset=utf-8',
  'copy.js': 'text/javascript; charset=utf-8',
};

/** `GET /assets/<file>`: the stylesheet and the copy-button script, read once at start-up. */
export function staticRoutes(log: Logger): Router {
  const router = Router();
  for (const [file, type] of Object.entries(ASSETS)) {
    const path = ASSETS_DIR + file;
    if (!existsSync(path)) {
      log.warn({ path }, 'web asset missing: run `npm run build:web -w @deltahub/server`');
      continue;
    }
    const body = readFileSync(path);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
    router.get(`/assets/${file}`, (req, res) => {
      res.setHeader('Content-Type', type);
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', 'public, max-age=3600');
      res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
      if (req.get('if-none-match') === etag) res.status(304).end();
      else res.send(body);
    });
  }
  return router;
}
