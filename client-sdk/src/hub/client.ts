import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { errorFromResponse, HubClientError } from './errors.js';
import type { RepoId } from './repo-id.js';

/** Retry policy for transient failures: network errors, 502/503/504, 429. */
export interface RetryOptions {
  /** Attempts in all, the first included (default 4). */
  attempts?: number;
  /** Delay before the first retry, doubled each time, with jitter (default 250 ms). */
  baseDelayMs?: number;
  /** Longest single wait, including a server's Retry-After (default 10 s). */
  maxDelayMs?: number;
}

/** Options of {@link HubClient}. */
export interface HubClientOptions extends RetryOptions {
  hubUrl: string;
  token?: string | undefined;
  /** Per-request timeout of JSON requests in ms (default 60 s). Transfers are not limited. */
  timeoutMs?: number;
  /** User-Agent sent with each request. */
  userAgent?: string;
}

/** One file of a revision. */
export interface HubFile {
  path: string;
  sha256: string;
  size: number;
}

/** `GET /api/repos/{repo}/revisions/{rev}` (the fields this client uses; the rest passes through). */
export interface HubRevision {
  id: string;
  parent: string | null;
  message: string;
  author: string | null;
  createdAt: string;
  deltaType: string | null;
  files: HubFile[];
  [key: string]: unknown;
}

/** `GET /api/repos/{repo}`. */
export interface HubRepoInfo {
  id: string;
  owner: string;
  name: string;
  private: boolean;
  downloads: number;
  defaultBranch: string;
  refs: { name: string; kind: string; revision: string }[];
  head: HubRevision | null;
  [key: string]: unknown;
}

/** A ref of a repo. */
export interface HubRef {
  name: string;
  kind: string;
  revision: string;
}

/** Search filters of `GET /api/search`. */
export interface HubSearchQuery {
  q?: string;
  deltaType?: string;
  architecture?: string;
  backbone?: string;
  task?: string;
  author?: string;
  tag?: string;
  sort?: 'downloads' | 'updated' | 'created';
  limit?: number;
  cursor?: string;
}

/** One search hit. */
export interface HubSearchItem {
  id: string;
  private: boolean;
  downloads: number;
  revision: string | null;
  deltaType: string | null;
  backbone: { architecture: string | null; nameOrPath: string | null };
  task: string | null;
  tags: string[];
  [key: string]: unknown;
}

/** `GET /api/whoami`. */
export interface HubWhoami {
  name: string;
  isAdmin: boolean;
  scope: string;
  orgs: { name: string; role: string }[];
}

interface RequestSpec {
  method: string;
  path: string;
  json?: unknown;
  /** A fresh body per attempt (streams cannot be replayed). */
  body?: () => { stream: Readable; length: number };
  headers?: Record<string, string>;
  /** What the request does, for error messages ("pushing alice/x"). */
  what: string;
  /** Statuses returned to the caller instead of thrown. */
  accept?: number[];
  /** No timeout (downloads and uploads). */
  transfer?: boolean;
}

/**
 * Read size of local files that are hashed or uploaded whole: 1 MiB chunks instead of the 64 KiB
 * default mean 16x fewer reads, hash updates and stream hand-offs for a large weights file.
 */
export const FILE_CHUNK_BYTES = 1024 * 1024;

const TRANSIENT = new Set([502, 503, 504, 429]);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Typed client of the deltahub HTTP API. Every request carries `Authorization: Bearer <token>`
 * when a token is set, and is retried on network errors, 502/503/504 and 429 (honouring
 * Retry-After) with exponential backoff, a bounded number of times. Failures are
 * {@link HubClientError}s whose messages say what to do next.
 */
export class HubClient {
  readonly hubUrl: string;
  readonly token: string | undefined;
  private readonly attempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly timeoutMs: number;
  private readonly userAgent: string;

  constructor(options: HubClientOptions) {
    this.hubUrl = options.hubUrl.replace(/\/+$/, '');
    this.token = options.token;
    this.attempts = Math.max(1, options.attempts ?? envInt('DELTAHUB_RETRIES', 4));
    this.baseDelayMs = options.baseDelayMs ?? 250;
    this.maxDelayMs = options.maxDelayMs ?? 10_000;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.userAgent = options.userAgent ?? 'deltahub-js';
  }

  /** Sends a request with retries; returns the response of an accepted status, throws otherwise. */
  async request(spec: RequestSpec): Promise<Response> {
    const url = this.hubUrl + spec.path;
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      const headers: Record<string, string> = { 'user-agent': this.userAgent, ...spec.headers };
      if (this.token) headers['authorization'] = `Bearer ${this.token}`;
      let body: RequestInit['body'];
      let duplex: 'half' | undefined;
      if (spec.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(spec.json);
      } else if (spec.body) {
        const { stream, length } = spec.body();
        headers['content-length'] = String(length);
        headers['content-type'] = 'application/octet-stream';
        body = Readable.toWeb(stream) as unknown as RequestInit['body'];
        duplex = 'half';
      }
      let response: Response;
      try {
        response = await fetch(url, {
          method: spec.method,
          headers,
          ...(body === undefined ? {} : { body }),
          ...(duplex ? { duplex } : {}),
          ...(spec.transfer ? {} : { signal: AbortSignal.timeout(this.timeoutMs) }),
        } as RequestInit);
      } catch (error) {
        lastError = error;
        if (attempt < this.attempts) await sleep(this.backoff(attempt));
        continue;
      }
      if (response.ok || spec.accept?.includes(response.status)) return response;
      if (TRANSIENT.has(response.status)) {
        await response.body?.cancel().catch(() => {});
        lastError = new Error(`the last answer was HTTP ${response.status}`);
        if (attempt < this.attempts) await sleep(this.backoff(attempt, response.headers.get('retry-after')));
        continue;
      }
      throw errorFromResponse(response.status, await errorBody(response), spec.what);
    }
    const reason = lastError instanceof Error ? describeNetworkError(lastError) : String(lastError);
    throw new HubClientError(
      'HUB_UNREACHABLE',
      `${spec.what}: the hub at ${this.hubUrl} could not be reached or kept failing after ${this.attempts} attempts (${reason}). Check the URL (--hub-url, DELTAHUB_URL) and your network, or set DELTAHUB_OFFLINE=1 to use the local cache.`,
      { cause: lastError },
    );
  }

  private backoff(attempt: number, retryAfter?: string | null): number {
    if (retryAfter) {
      const seconds = Number(retryAfter);
      const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
      if (Number.isFinite(ms) && ms >= 0) return Math.min(ms, this.maxDelayMs);
    }
    const exp = this.baseDelayMs * 2 ** (attempt - 1);
    return Math.min(this.maxDelayMs, exp / 2 + Math.random() * (exp / 2));
  }

  private async json<T>(spec: RequestSpec): Promise<T> {
    const response = await this.request(spec);
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw new HubClientError('HUB_BAD_RESPONSE', `${spec.what}: the hub answered with invalid JSON.`, {
        cause: error,
      });
    }
  }

  /** Who the token belongs to. */
  whoami(): Promise<HubWhoami> {
    return this.json({ method: 'GET', path: '/api/whoami', what: 'checking the token' });
  }

  /** Creates `owner/name` (ok when it already exists). */
  createRepo(repo: RepoId, options: { private?: boolean } = {}): Promise<{ id: string; created: boolean }> {
    return this.json({
      method: 'POST',
      path: '/api/repos',
      json: { name: repo.name, organization: repo.owner, private: options.private ?? false, existOk: true },
      what: `creating ${repo.id}`,
    });
  }

  /** Repo info with the head revision of the default branch. */
  repoInfo(repo: RepoId): Promise<HubRepoInfo> {
    return this.json({ method: 'GET', path: `/api/repos/${repoPath(repo)}`, what: `reading ${repo.id}` });
  }

  /** The refs (branches, tags) of a repo. */
  refs(repo: RepoId): Promise<HubRef[]> {
    return this.json({
      method: 'GET',
      path: `/api/repos/${repoPath(repo)}/refs`,
      what: `reading the refs of ${repo.id}`,
    });
  }

  /** A revision (by branch, tag or id) with its files. */
  revision(repo: RepoId, rev: string): Promise<HubRevision> {
    return this.json({
      method: 'GET',
      path: `/api/repos/${repoPath(repo)}/revisions/${encodeURIComponent(rev)}`,
      what: `reading ${repo.id}@${rev}`,
    });
  }

  /** Push step 1: which of these blobs the hub lacks. */
  async preupload(repo: RepoId, files: HubFile[]): Promise<{ sha256: string; size: number }[]> {
    const answer = await this.json<{ missing: { sha256: string; size: number }[] }>({
      method: 'POST',
      path: `/api/repos/${repoPath(repo)}/preupload`,
      json: { files },
      what: `pushing to ${repo.id}`,
    });
    return answer.missing.map((m) => ({ sha256: m.sha256, size: m.size }));
  }

  /** Push step 2: streams one blob from a file; the server verifies its sha256 and size. */
  async uploadBlob(
    repo: RepoId,
    blob: { sha256: string; size: number; file: string },
    onBytes?: (bytes: number) => void,
  ): Promise<{ stored: boolean }> {
    const response = await this.request({
      method: 'PUT',
      path: `/api/repos/${repoPath(repo)}/blobs/${blob.sha256}?size=${blob.size}`,
      body: () => {
        const stream = createReadStream(blob.file, { highWaterMark: FILE_CHUNK_BYTES });
        if (onBytes) stream.on('data', (chunk) => onBytes(chunk.length));
        return { stream, length: blob.size };
      },
      what: `uploading ${blob.file} to ${repo.id}`,
      transfer: true,
    });
    return (await response.json()) as { stored: boolean };
  }

  /** Push step 3: commits the files on `branch`, expecting it at `parent` (null: new branch). */
  commit(
    repo: RepoId,
    branch: string,
    body: { files: HubFile[]; message: string; parent: string | null },
  ): Promise<{ revision: string; branch: string; warnings: string[] }> {
    return this.json({
      method: 'POST',
      path: `/api/repos/${repoPath(repo)}/commits/${encodeURIComponent(branch)}`,
      json: body,
      what: `committing to ${repo.id}@${branch}`,
    });
  }

  /**
   * Downloads a file of a revision: the response (status 200, or 304 when `etag` still matches).
   * The ETag of a file is its quoted sha256.
   */
  download(repo: RepoId, rev: string, path: string, etag?: string): Promise<Response> {
    return this.request({
      method: 'GET',
      path: `/${repoPath(repo)}/resolve/${encodeURIComponent(rev)}/${path.split('/').map(encodeURIComponent).join('/')}`,
      ...(etag ? { headers: { 'if-none-match': etag } } : {}),
      accept: [304],
      what: `downloading ${path} of ${repo.id}@${rev}`,
      transfer: true,
    });
  }

  /** Searches repos. */
  search(query: HubSearchQuery): Promise<{ items: HubSearchItem[]; nextCursor: string | null }> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
    return this.json({ method: 'GET', path: `/api/search?${params.toString()}`, what: 'searching the hub' });
  }
}

function repoPath(repo: RepoId): string {
  return `${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.name)}`;
}

async function errorBody(
  response: Response,
): Promise<{ code?: string; message?: string; requestId?: string } | undefined> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; requestId?: string };
    };
    return body.error;
  } catch {
    return undefined;
  }
}

function describeNetworkError(error: Error): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.code}${cause.message ? `: ${cause.message}` : ''}`;
  return error.message;
}

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return process.env[name] && Number.isSafeInteger(value) && value > 0 ? value : fallback;
}
