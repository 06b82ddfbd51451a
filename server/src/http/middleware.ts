import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { HubError } from '../errors.js';
import type { Logger } from '../log.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Sets `X-Request-Id` (the caller's if well-formed, else a new one) on the request and response. */
export function requestId(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.get('x-request-id');
  const id = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.locals['requestId'] = id;
  res.setHeader('X-Request-Id', id);
  next();
}

const EXPOSED = [
  'Content-Range',
  'Content-Length',
  'Accept-Ranges',
  'ETag',
  'X-Repo-Commit',
  'X-Error-Code',
  'X-Request-Id',
  'Link',
];

/**
 * CORS for browser clients (tokens travel in `Authorization`, never cookies, so any origin is
 * safe) and security headers suited to a JSON and download API.
 */
export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', EXPOSED.join(', '));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; sandbox");
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, PUT, DELETE, OPTIONS');
    res.setHeader(
      'Access-Control-Allow-Headers',
      'Authorization, Content-Type, Range, If-None-Match, X-Request-Id',
    );
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
    return;
  }
  next();
}

/**
 * Fixed-window rate limit per client address, for the auth routes (token checks and creation):
 * enough to stop guessing and flooding, without a shared store (limits are per server process).
 */
export function rateLimit(perMinute: number): (req: Request, res: Response, next: NextFunction) => void {
  let windowStart = Date.now();
  let counts = new Map<string, number>();
  return (req, res, next) => {
    const now = Date.now();
    if (now - windowStart >= 60_000) {
      windowStart = now;
      counts = new Map();
    }
    const key = req.socket.remoteAddress ?? 'unknown';
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count > perMinute) {
      res.setHeader('Retry-After', String(Math.ceil((windowStart + 60_000 - now) / 1000)));
      next(new HubError(429, 'rate_limited', 'too many requests to authentication routes; retry later'));
      return;
    }
    next();
  };
}

/** One structured log line per request, when its response has been sent (or the client left). */
export function accessLog(log: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = performance.now();
    res.on('close', () => {
      log.info(
        {
          requestId: res.locals['requestId'] as string,
          method: req.method,
          url: req.originalUrl,
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
          complete: res.writableFinished,
        },
        'request',
      );
    });
    next();
  };
}
