import express, { type Express } from 'express';
import { notFound } from '../errors.js';
import type { HubContext } from './context.js';
import { hfRoutes } from '../hf/index.js';
import { errorHandler } from './error-handler.js';
import { accessLog, requestId, securityHeaders } from './middleware.js';
import { writeRateLimit } from './rate-limit.js';
import { accountRoutes } from './routes/accounts.js';
import { fileRoutes } from './routes/files.js';
import { blobRoutes, pushRoutes } from './routes/push.js';
import { repoRoutes } from './routes/repos.js';
import { searchRoutes } from './routes/search.js';
import { webRoutes } from '../web/routes.js';

/** JSON bodies (file lists of a commit) are small; blobs are streamed and never parsed. */
const JSON_LIMIT = '4mb';

/** Builds the express app of the hub API over an open index and blob store. */
export function createApp(ctx: HubContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  // Which proxies' X-Forwarded-For names the client (`req.ip`, the rate limits' key): none by default.
  app.set('trust proxy', ctx.config.trustProxy);
  app.use(requestId, accessLog(ctx.log), securityHeaders, writeRateLimit(ctx));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(blobRoutes(ctx));
  // Hugging Face protocol: before the JSON parser (its routes parse or stream their own bodies).
  app.use(hfRoutes(ctx));
  app.use(express.json({ limit: JSON_LIMIT }));
  app.use(accountRoutes(ctx));
  app.use(searchRoutes(ctx));
  app.use(pushRoutes(ctx));
  app.use(repoRoutes(ctx));
  app.use(fileRoutes(ctx));
  // Web pages last: no API route is shadowed, and unknown /api/ paths still get the JSON 404.
  app.use(webRoutes(ctx));
  app.use(() => {
    throw notFound('not_found', 'no such route');
  });
  app.use(errorHandler(ctx.log));
  return app;
}
