import { DeltahubError } from '@deltahub/core';

/**
 * Stable codes of {@link HubClientError}:
 *
 * - `HUB_UNAUTHORIZED` (401): no, unknown, revoked or expired token.
 * - `HUB_FORBIDDEN` (403): the token may not do this (read-only token, another namespace).
 * - `HUB_NOT_FOUND` (404): repo, revision or file not found (or private and not visible).
 * - `HUB_STALE_PARENT` (409): the branch moved since the push started; pull and push again.
 * - `HUB_CONFLICT` (409): another conflict (a name taken, a tag that exists).
 * - `HUB_BAD_REQUEST` (400, 413, 416): the server refused the request or the content.
 * - `HUB_UNREACHABLE`: the server could not be reached, or kept failing, after the retries.
 * - `HUB_SERVER_ERROR`: a 5xx that is not transient.
 * - `HUB_BAD_RESPONSE`: the server answered something this client does not understand, a JSON
 *   answer over the size limit (`maxJsonBytes`), a redirect loop or an unusable redirect.
 * - `HUB_UNSAFE_RESPONSE`: the hub (or the local cache) named a file path, digest, revision id or
 *   size that could escape or damage the cache (`..`, absolute, control characters, two paths
 *   differing only in case, ...); refused before anything touched the disk.
 * - `HUB_TIMEOUT`: the hub did not answer a JSON request within `timeoutMs`, or a transfer sent no
 *   bytes for `idleTimeoutMs`.
 * - `HUB_INTEGRITY`: downloaded bytes do not match their sha256 or size (more bytes than declared
 *   stop the download at once); nothing of the download is kept.
 * - `HUB_OFFLINE_MISS`: `DELTAHUB_OFFLINE=1` and what was asked is not in the cache.
 * - `HUB_INVALID_REPO_ID`: not an `owner/name[@revision]` id.
 * - `HUB_CREDENTIALS_INVALID`: the credentials file cannot be read.
 */
export type HubClientErrorCode =
  | 'HUB_UNAUTHORIZED'
  | 'HUB_FORBIDDEN'
  | 'HUB_NOT_FOUND'
  | 'HUB_STALE_PARENT'
  | 'HUB_CONFLICT'
  | 'HUB_BAD_REQUEST'
  | 'HUB_UNREACHABLE'
  | 'HUB_SERVER_ERROR'
  | 'HUB_BAD_RESPONSE'
  | 'HUB_UNSAFE_RESPONSE'
  | 'HUB_TIMEOUT'
  | 'HUB_INTEGRITY'
  | 'HUB_OFFLINE_MISS'
  | 'HUB_INVALID_REPO_ID'
  | 'HUB_CREDENTIALS_INVALID';

/** A hub operation failed. `status` and `serverCode` are the HTTP status and the server's error code. */
export class HubClientError extends DeltahubError {
  declare readonly code: HubClientErrorCode;
  readonly status: number | undefined;
  readonly serverCode: string | undefined;
  readonly requestId: string | undefined;

  constructor(
    code: HubClientErrorCode,
    message: string,
    options: { status?: number; serverCode?: string; requestId?: string; cause?: unknown } = {},
  ) {
    super(code, message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = options.status;
    this.serverCode = options.serverCode;
    this.requestId = options.requestId;
  }
}

/** Maps an HTTP error answer to a {@link HubClientError} whose message says what to do next. */
export function errorFromResponse(
  status: number,
  body: { code?: string; message?: string; requestId?: string } | undefined,
  what: string,
): HubClientError {
  const serverCode = body?.code;
  const detail = body?.message ? `: ${body.message}` : '';
  const options = {
    status,
    ...(serverCode ? { serverCode } : {}),
    ...(body?.requestId ? { requestId: body.requestId } : {}),
  };
  switch (status) {
    case 401:
      return new HubClientError(
        'HUB_UNAUTHORIZED',
        `${what} was refused (401${detail}). Run \`deltahub login\` or set DELTAHUB_TOKEN to a valid token.`,
        options,
      );
    case 403:
      return new HubClientError(
        'HUB_FORBIDDEN',
        `${what} is not allowed with this token (403${detail}). Use a write token of an account that may write there (\`deltahub login\`).`,
        options,
      );
    case 404:
      return new HubClientError(
        'HUB_NOT_FOUND',
        `${what}: not found (404${detail}). Check the repo id and revision; private repos need a token (\`deltahub login\`).`,
        options,
      );
    case 409:
      if (serverCode === 'stale_parent') {
        return new HubClientError(
          'HUB_STALE_PARENT',
          `${what}: the branch moved while pushing (409${detail}). Someone else pushed; push again to commit on top of it.`,
          options,
        );
      }
      return new HubClientError('HUB_CONFLICT', `${what}: conflict (409${detail}).`, options);
    default:
      if (status >= 500) {
        return new HubClientError(
          'HUB_SERVER_ERROR',
          `${what}: the hub failed (${status}${detail}). Retry later${body?.requestId ? `; quote request id ${body.requestId} when reporting it` : ''}.`,
          options,
        );
      }
      return new HubClientError('HUB_BAD_REQUEST', `${what} was refused (${status}${detail}).`, options);
  }
}

/**
 * `error` of loading `name` from a hub, reworded for callers who may have meant a local path:
 * `fromPretrained('alice/bert')` and `AutoTokenizer.fromPretrained('alice/bert')` try the hub only
 * when no such folder exists.
 */
export function notLocalFolderError(name: string, error: HubClientError): HubClientError {
  return new HubClientError(
    error.code,
    `'${name}' is not a local folder, and from the hub: ${error.message}`,
    {
      ...(error.status !== undefined ? { status: error.status } : {}),
      ...(error.serverCode !== undefined ? { serverCode: error.serverCode } : {}),
      cause: error,
    },
  );
}
