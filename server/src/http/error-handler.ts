import type { NextFunction, Request, Response } from 'express';
import type { ErrorCode } from '../error-codes.js';
import { HubError } from '../errors.js';
import { movedLocation, RepoMovedError } from '../repos/redirects.js';
import type { Logger } from '../log.js';
import { BlobVerificationError } from '../storage/blob-store.js';
import { redactUrl } from './middleware.js';
import { unavailableError } from './unavailable.js';

/** Maps any thrown error to `{ error: { code, message, requestId } }` with the right status. */
export function errorHandler(log: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    let status = 500;
    let code: ErrorCode = 'internal';
    let message = 'internal server error';
    // S3 or the database unreachable, or the disk full: 503 / 507 with a code, not a bare 500.
    const outage = err instanceof HubError ? undefined : unavailableError(err);
    if (err instanceof HubError) {
      ({ status, code, message } = err);
    } else if (err instanceof BlobVerificationError) {
      status = err.code === 'too_large' ? 413 : 400;
      ({ code, message } = err);
    } else if (outage) {
      ({ status, code, message } = outage);
    } else if (typeof err === 'object' && err !== null && 'type' in err) {
      // body-parser errors
      const type = (err as { type: string }).type;
      if (type === 'entity.too.large') [status, code, message] = [413, 'too_large', 'request body too large'];
      else if (type === 'entity.parse.failed')
        [status, code, message] = [400, 'invalid_json', 'request body is not valid JSON'];
    }
    const requestId = res.locals['requestId'] as string | undefined;
    if (status >= 500)
      log.error({ err, requestId, method: req.method, url: redactUrl(req.originalUrl) }, 'request failed');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    // The client may still be sending a body we will not read: close rather than drain it.
    if (!req.complete) res.setHeader('Connection', 'close');
    res.setHeader('X-Error-Code', code);
    if (err instanceof RepoMovedError) res.setHeader('Location', movedLocation(req.originalUrl, err));
    if (status === 503) res.setHeader('Retry-After', '5');
    res.status(status).json({ error: { code, message, requestId } });
  };
}
