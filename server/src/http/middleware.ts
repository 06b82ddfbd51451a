import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
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

// Query parameters that are credentials: a signed upload URL's signature (and S3's, should one
// pass through) would let anyone reading the logs upload until the URL expires.
const SECRET_PARAMS =
  /^(signature|x-amz-signature|x-amz-credential|x-amz-security-token|token|access_token)$/i;

/** A request URL with the values of credential query parameters replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // A malformed escape is matched as sent.
      }
      return SECRET_PARAMS.test(decoded) ? `${name}=[redacted]` : pair;
    });
  return `${url.slice(0, q)}?${params.join('&')}`;
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
          url: redactUrl(req.originalUrl),
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
