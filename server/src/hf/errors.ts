import type { ErrorRequestHandler, Response } from 'express';
import type { ErrorCode } from '../error-codes.js';
import { HubError } from '../errors.js';
import { movedLocation, RepoMovedError } from '../repos/redirects.js';

/** deltahub error codes and the `X-Error-Code` values Hugging Face clients branch on. */
const HF_ERROR_CODES: Partial<Record<ErrorCode, string>> = {
  repo_not_found: 'RepoNotFound',
  revision_not_found: 'RevisionNotFound',
  entry_not_found: 'EntryNotFound',
};

/** The `X-Error-Code` of an error for Hugging Face clients; other codes stay deltahub's. */
export function hfErrorCode(code: ErrorCode): string {
  return HF_ERROR_CODES[code] ?? code;
}

function errorMiddleware(body: (err: HubError, res: Response) => unknown): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (!(err instanceof HubError) || res.headersSent) {
      next(err);
      return;
    }
    // The client may still be sending a body that will not be read: close rather than drain it.
    if (!req.complete) res.setHeader('Connection', 'close');
    res.setHeader('X-Error-Code', hfErrorCode(err.code));
    if (err instanceof RepoMovedError) res.setHeader('Location', movedLocation(req.originalUrl, err));
    res.status(err.status).json(body(err, res));
  };
}

/**
 * Errors of the Hugging Face API routes, in the shape those clients read: `{ error: message }`
 * (the JS client shows `error` as the message, so it must be a string; `code` is deltahub's).
 * Anything that is not a {@link HubError} goes on to the app's error handler.
 */
export const hfApiErrors = errorMiddleware((err, res) => ({
  error: err.message,
  code: err.code,
  requestId: res.locals['requestId'] as string | undefined,
}));

/**
 * Errors of file downloads, which deltahub's own client and Hugging Face clients share: deltahub's
 * body (`{ error: { code, message, requestId } }`), with the `X-Error-Code` Hugging Face clients
 * branch on (`EntryNotFound` means "no such file"; any other 404 means no such repo or revision).
 */
export const resolveErrors = errorMiddleware((err, res) => ({
  error: { code: err.code, message: err.message, requestId: res.locals['requestId'] as string | undefined },
}));
