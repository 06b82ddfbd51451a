import express, { type Express } from 'express';
import { apiRoutes, apiUploadRoutes } from './api/index.js';
import { notFound } from './errors.js';
import { hfRoutes } from './hf/index.js';
import type { HubContext } from './http/context.js';
import { errorHandler } from './http/error-handler.js';
import { accessLog, requestId, securityHeaders } from './http/middleware.js';
import { writeRateLimit } from './http/rate-limit.js';
import { webRoutes } from './web/routes.js';

/**
 * The composition root: builds the hub's express app over an open index and blob store, from the
 * shared kit (`http/`) and three front doors over the same domain services: the native API
 * (`api/`), the Hugging Face protocol (`hf/`, which also serves the resolve URL both use) and the
 * web pages (`web/`).
 */
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
  app.use(apiUploadRoutes(ctx));
  // Hugging Face protocol: before the JSON parser (its routes parse or stream their own bodies).
  app.use(hfRoutes(ctx));
  app.use(apiRoutes(ctx));
  // Web pages last: no API route is shadowed, and unknown /api/ paths still get the JSON 404.
  app.use(webRoutes(ctx));
  app.use(() => {
    throw notFound('not_found', 'no such route');
  });
  app.use(errorHandler(ctx.log));
  return app;
}
