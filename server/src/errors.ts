import type { ErrorCode } from './error-codes.js';

/**
 * An error the API reports to clients: an HTTP status and a stable `code` (one of `ERROR_CODES`)
 * that clients branch on. Anything else thrown inside a handler becomes a 500 `internal` error.
 * (Not a subclass of core's DeltahubError: core's root entry loads TensorFlow.js, which the
 * server must not, and the error base is not exported from the TF-free subpaths.)
 */
export class HubError extends Error {
  readonly status: number;
  readonly code: ErrorCode;

  constructor(status: number, code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HubError';
    this.status = status;
    this.code = code;
  }
}

/** 400: the request is malformed or fails validation. */
export const badRequest = (code: ErrorCode, message: string, cause?: unknown): HubError =>
  new HubError(400, code, message, { cause });
/** 401: no or invalid credentials. */
export const unauthorized = (message = 'a valid access token is required'): HubError =>
  new HubError(401, 'unauthorized', message);
/** 403: authenticated but not allowed. */
export const forbidden = (message: string): HubError => new HubError(403, 'forbidden', message);
/** 404 with a specific code (repo_not_found, revision_not_found, entry_not_found...). */
export const notFound = (code: ErrorCode, message: string): HubError => new HubError(404, code, message);
/** 409: the state moved under the request (stale parent, existing name). */
export const conflict = (code: ErrorCode, message: string): HubError => new HubError(409, code, message);
