import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { idleGuarded, readJson, timeoutError, Watchdog } from './bounded-body.js';
import { errorFromResponse, HubClientError } from './errors.js';
import { fetchFollowing, type Followed } from './redirects.js';
import type { RepoId } from './repo-id.js';
import { checkRevision, checkRevisionId, unsafe } from './validate.js';

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
  /**
   * Timeout of JSON requests in ms, reading the answer included (default `DELTAHUB_TIMEOUT_MS`, else
   * 60 s). Transfers have no overall limit but an idle one ({@link idleTimeoutMs}).
   */
  timeoutMs?: number;
  /**
   * A download or upload fails with `HUB_TIMEOUT` when no byte moves for this long, in ms (default
   * `DELTAHUB_IDLE_TIMEOUT_MS`, else 60 s).
   */
  idleTimeoutMs?: number;
  /** Largest JSON answer read, in bytes (default 16 MiB); larger ones are `HUB_BAD_RESPONSE`. */
  maxJsonBytes?: number;
  /** Redirects followed per request (default 5); one more is `HUB_BAD_RESPONSE`. */
  maxRedirects?: number;
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

/** A commit of a ref's history (`GET /api/repos/{repo}/commits/{rev}`), newest first. */
export interface HubCommit {
  id: string;
  parent: string | null;
  message: string;
  author: string | null;
  createdAt: string;
}

/** One page of history; `nextCursor` continues it (null after the first commit). */
export interface HubCommitPage {
  items: HubCommit[];
  nextCursor: string | null;
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
/** Statuses whose responses have no body (a Response cannot be built with one). */
const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);
/** Default of {@link HubClientOptions.maxJsonBytes}. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;
/** How much of an error answer is read for its message. */
const MAX_ERROR_BYTES = 64 * 1024;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Typed client of the deltahub HTTP API. Every request carries `Authorization: Bearer <token>`
 * when a token is set, and is retried on network errors, 502/503/504 and 429 (honouring
 * Retry-After) with exponential backoff, a bounded number of times. Failures are
 * {@link HubClientError}s whose messages say what to do next.
 *
 * The hub is not trusted: redirects are followed by hand (at most `maxRedirects`, the token only
 * to the hub's origin), JSON answers are size-limited and read within `timeoutMs`, transfers fail
 * after `idleTimeoutMs` without a byte, and revision listings are validated before use.
 */
export class HubClient {
  readonly hubUrl: string;
  readonly token: string | undefined;
  private readonly attempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly timeoutMs: number;
  private readonly idleTimeoutMs: number;
  private readonly maxJsonBytes: number;
  private readonly maxRedirects: number;
  private readonly userAgent: string;
  /** The hub's origin: the token goes nowhere else. */
  private readonly origin: string;

  constructor(options: HubClientOptions) {
    this.hubUrl = options.hubUrl.replace(/\/+$/, '');
    this.token = options.token;
    this.attempts = Math.max(1, options.attempts ?? envInt('DELTAHUB_RETRIES', 4));
    this.baseDelayMs = options.baseDelayMs ?? 250;
    this.maxDelayMs = options.maxDelayMs ?? 10_000;
    this.timeoutMs = options.timeoutMs ?? envInt('DELTAHUB_TIMEOUT_MS', 60_000);
    this.idleTimeoutMs = options.idleTimeoutMs ?? envInt('DELTAHUB_IDLE_TIMEOUT_MS', 60_000);
    this.maxJsonBytes = options.maxJsonBytes ?? MAX_JSON_BYTES;
    this.maxRedirects = options.maxRedirects ?? 5;
    // An unparsable URL fails at the first request, as HUB_UNREACHABLE, as it always did.
    this.origin = URL.canParse(this.hubUrl) ? new URL(this.hubUrl).origin : this.hubUrl;
    this.userAgent = options.userAgent ?? 'deltahub-js';
  }

  /**
   * Sends a request with retries; returns the response of an accepted status, throws otherwise.
   * A transfer's body fails with `HUB_TIMEOUT` when no byte arrives for `idleTimeoutMs`; other
   * bodies are read within `timeoutMs` (prefer {@link requestJson}, which bounds their size too).
   */
  async request(spec: RequestSpec): Promise<Response> {
    return this.send(spec, async (followed, watchdog) => this.guardTransfer(followed, watchdog, spec));
  }

  /**
   * Sends a request and reads its JSON answer, at most `maxJsonBytes` (`HUB_BAD_RESPONSE` beyond or
   * when not JSON), within `timeoutMs`; a body that breaks or stalls is retried like the request.
   */
  async requestJson<T>(spec: RequestSpec): Promise<T> {
    return (await this.requestJsonWithHeaders<T>(spec)).body;
  }

  /** {@link requestJson}, with the answer's headers (a `Link` to the next page, say). */
  async requestJsonWithHeaders<T>(spec: RequestSpec): Promise<{ body: T; headers: Headers }> {
    return this.send(spec, async ({ response }, watchdog) => {
      try {
        return {
          body: (await readJson(response, this.maxJsonBytes, spec.what)) as T,
          headers: response.headers,
        };
      } finally {
        watchdog.clear();
      }
    });
  }

  /**
   * The retry loop: sends `spec` (following redirects by hand, see {@link fetchFollowing}) and hands
   * an accepted response to `consume`; network errors, timeouts, 502/503/504/429 and failures of
   * `consume` other than a {@link HubClientError} are retried.
   */
  private async send<T>(
    spec: RequestSpec,
    consume: (followed: Followed, watchdog: Watchdog) => Promise<T>,
  ): Promise<T> {
    const url = this.hubUrl + spec.path;
    let lastError: unknown;
    let timedOut = false;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      const headers: Record<string, string> = { 'user-agent': this.userAgent, ...spec.headers };
      if (this.token) headers['authorization'] = `Bearer ${this.token}`;
      // A deadline for JSON requests; for transfers, a wait for the next byte (reset as bytes move).
      const watchdog = new Watchdog(spec.transfer ? this.idleTimeoutMs : this.timeoutMs);
      let body: RequestInit['body'];
      let duplex: 'half' | undefined;
      if (spec.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(spec.json);
      } else if (spec.body) {
        const { stream, length } = spec.body();
        headers['content-length'] = String(length);
        headers['content-type'] = 'application/octet-stream';
        stream.on('data', () => watchdog.reset());
        body = Readable.toWeb(stream) as unknown as RequestInit['body'];
        duplex = 'half';
      }
      const retry = async (error: unknown, delayMs: number): Promise<void> => {
        watchdog.clear();
        lastError = error;
        timedOut = watchdog.fired;
        if (attempt < this.attempts) await sleep(delayMs);
      };
      // A HubClientError is final (a refused redirect, an unsafe answer); anything else is retried.
      const retryUnlessFinal = async (error: unknown): Promise<void> => {
        if (error instanceof HubClientError) {
          watchdog.clear();
          throw error;
        }
        await retry(error, this.backoff(attempt));
      };
      let followed: Followed;
      try {
        followed = await fetchFollowing(
          url,
          {
            method: spec.method,
            headers,
            ...(body === undefined ? {} : { body }),
            ...(duplex ? { duplex } : {}),
            signal: watchdog.signal,
          },
          this.origin,
          this.maxRedirects,
          spec.what,
        );
      } catch (error) {
        await retryUnlessFinal(error);
        continue;
      }
      const { response } = followed;
      if (response.ok || spec.accept?.includes(response.status)) {
        try {
          return await consume(followed, watchdog);
        } catch (error) {
          await retryUnlessFinal(error);
          continue;
        }
      }
      if (TRANSIENT.has(response.status)) {
        await response.body?.cancel().catch(() => {});
        await retry(
          new Error(`the last answer was HTTP ${response.status}`),
          this.backoff(attempt, response.headers.get('retry-after')),
        );
        continue;
      }
      const error = errorFromResponse(response.status, await errorBody(response, spec.what), spec.what);
      watchdog.clear();
      throw error;
    }
    if (timedOut) {
      throw timeoutError(
        spec.what,
        spec.transfer
          ? `sent no bytes for ${this.idleTimeoutMs} ms (${this.attempts} attempts)`
          : `did not answer within ${this.timeoutMs} ms (${this.attempts} attempts)`,
      );
    }
    const reason = lastError instanceof Error ? describeNetworkError(lastError) : String(lastError);
    throw new HubClientError(
      'HUB_UNREACHABLE',
      `${spec.what}: the hub at ${this.hubUrl} could not be reached or kept failing after ${this.attempts} attempts (${reason}). Check the URL (--hub-url, DELTAHUB_URL) and your network, or set DELTAHUB_OFFLINE=1 to use the local cache.`,
      { cause: lastError },
    );
  }

  /**
   * A transfer's response with its body under the idle watchdog (other responses as they are).
   * The new Response keeps the status and headers, and says where the bytes came from (`url`,
   * `redirected`, which a constructed Response would lose): callers trust an ETag only from the hub.
   */
  private guardTransfer(
    { response, url, redirected }: Followed,
    watchdog: Watchdog,
    spec: RequestSpec,
  ): Response {
    if (!spec.transfer) return response;
    const nullBody = NULL_BODY_STATUS.has(response.status);
    if (nullBody || !response.body) {
      watchdog.clear();
      if (nullBody) void response.body?.cancel().catch(() => {});
    }
    const body =
      nullBody || !response.body ? null : idleGuarded(response.body, watchdog, this.idleTimeoutMs, spec.what);
    const guarded = new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    Object.defineProperties(guarded, { url: { value: url }, redirected: { value: redirected } });
    return guarded;
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

  /** Who the token belongs to. */
  whoami(): Promise<HubWhoami> {
    return this.requestJson({ method: 'GET', path: '/api/whoami', what: 'checking the token' });
  }

  /** Creates `owner/name` (ok when it already exists). */
  createRepo(repo: RepoId, options: { private?: boolean } = {}): Promise<{ id: string; created: boolean }> {
    return this.requestJson({
      method: 'POST',
      path: '/api/repos',
      json: { name: repo.name, organization: repo.owner, private: options.private ?? false, existOk: true },
      what: `creating ${repo.id}`,
    });
  }

  /** Repo info with the head revision of the default branch (its id and files validated). */
  async repoInfo(repo: RepoId): Promise<HubRepoInfo> {
    const info = await this.requestJson<HubRepoInfo>({
      method: 'GET',
      path: `/api/repos/${repoPath(repo)}`,
      what: `reading ${repo.id}`,
    });
    if (info?.head) info.head = { ...info.head, ...checkRevision(info.head, { repo: repo.id }) };
    return info;
  }

  /** The refs (branches, tags) of a repo. */
  refs(repo: RepoId): Promise<HubRef[]> {
    return this.requestJson({
      method: 'GET',
      path: `/api/repos/${repoPath(repo)}/refs`,
      what: `reading the refs of ${repo.id}`,
    });
  }

  /**
   * A revision (by branch, tag or id) with its files. Its id and files are validated (safe paths,
   * digests, sizes; see `checkRevision`): `HUB_UNSAFE_RESPONSE` otherwise.
   */
  async revision(repo: RepoId, rev: string): Promise<HubRevision> {
    const answer = await this.requestJson<HubRevision>({
      method: 'GET',
      path: `/api/repos/${repoPath(repo)}/revisions/${encodeURIComponent(rev)}`,
      what: `reading ${repo.id}@${rev}`,
    });
    return { ...answer, ...checkRevision(answer, { repo: `${repo.id}@${rev}` }) };
  }

  /** Push step 1: which of these blobs the hub lacks. */
  async preupload(repo: RepoId, files: HubFile[]): Promise<{ sha256: string; size: number }[]> {
    const answer = await this.requestJson<{ missing: { sha256: string; size: number }[] }>({
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
    return (await readJson(response, this.maxJsonBytes, `uploading ${blob.file} to ${repo.id}`)) as {
      stored: boolean;
    };
  }

  /** Push step 3: commits the files on `branch`, expecting it at `parent` (null: new branch). */
  commit(
    repo: RepoId,
    branch: string,
    body: { files: HubFile[]; message: string; parent: string | null },
  ): Promise<{ revision: string; branch: string; warnings: string[] }> {
    return this.requestJson({
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

  /**
   * Deletes a repo with its refs and revisions (the owner, an organisation's owner or admin, or a
   * site admin). The hub removes the bytes later, once no other revision uses them.
   */
  async deleteRepo(repo: RepoId): Promise<void> {
    await this.requestJson({
      method: 'DELETE',
      path: `/api/repos/${repoPath(repo)}`,
      what: `deleting ${repo.id}`,
    });
  }

  /** Renames a repo or moves it to another namespace; the old name redirects to the new one. */
  moveRepo(repo: RepoId, to: RepoId): Promise<{ id: string; private: boolean }> {
    return this.requestJson({
      method: 'POST',
      path: `/api/repos/${repoPath(repo)}/move`,
      json: { to: to.id },
      what: `moving ${repo.id} to ${to.id}`,
    });
  }

  /** Makes a repo private or public. */
  setVisibility(repo: RepoId, isPrivate: boolean): Promise<{ id: string; private: boolean }> {
    return this.requestJson({
      method: 'PUT',
      path: `/api/repos/${repoPath(repo)}/settings`,
      json: { private: isPrivate },
      what: `making ${repo.id} ${isPrivate ? 'private' : 'public'}`,
    });
  }

  /**
   * Creates a branch or tag at `revision` (a branch, a tag or a revision id; the default branch
   * when omitted), resolved now. Answers the ref with the revision id it points at (validated).
   */
  async createRef(repo: RepoId, kind: 'branch' | 'tag', name: string, revision?: string): Promise<HubRef> {
    const what = `creating ${kind} ${name} of ${repo.id}`;
    const ref = await this.requestJson<HubRef>({
      method: 'POST',
      path: `/api/repos/${repoPath(repo)}/${kind === 'branch' ? 'branches' : 'tags'}`,
      json: { name, ...(revision !== undefined ? { revision } : {}) },
      what,
    });
    return { name: ref.name, kind: ref.kind, revision: checkRevisionId(ref.revision, { repo: repo.id }) };
  }

  /** Deletes a branch (not the default one) or a tag; its revisions stay reachable by id. */
  async deleteRef(repo: RepoId, kind: 'branch' | 'tag', name: string): Promise<void> {
    await this.requestJson({
      method: 'DELETE',
      path: `/api/repos/${repoPath(repo)}/${kind === 'branch' ? 'branches' : 'tags'}/${encodeURIComponent(name)}`,
      what: `deleting ${kind} ${name} of ${repo.id}`,
    });
  }

  /**
   * One page of the history of `rev` (branch, tag or revision id), newest first: at most `limit`
   * (1-100) commits after `cursor` (the previous page's `nextCursor`). Ids are validated.
   */
  async commits(
    repo: RepoId,
    rev: string,
    page: { limit?: number; cursor?: string } = {},
  ): Promise<HubCommitPage> {
    const params = new URLSearchParams();
    if (page.limit !== undefined) params.set('limit', String(page.limit));
    if (page.cursor !== undefined) params.set('cursor', page.cursor);
    const origin = { repo: `${repo.id}@${rev}` };
    const answer = await this.requestJson<HubCommitPage>({
      method: 'GET',
      path: `/api/repos/${repoPath(repo)}/commits/${encodeURIComponent(rev)}${params.size ? `?${params.toString()}` : ''}`,
      what: `reading the history of ${repo.id}@${rev}`,
    });
    if (!Array.isArray(answer?.items)) throw unsafe(origin, 'items', answer?.items, 'not a list');
    return {
      items: answer.items.map((c) => ({
        id: checkRevisionId(c.id, origin),
        parent: c.parent === null ? null : checkRevisionId(c.parent, origin),
        message: String(c.message),
        author: c.author === null ? null : String(c.author),
        createdAt: String(c.createdAt),
      })),
      nextCursor: answer.nextCursor === null ? null : checkRevisionId(answer.nextCursor, origin),
    };
  }

  /** Searches repos. */
  search(query: HubSearchQuery): Promise<{ items: HubSearchItem[]; nextCursor: string | null }> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
    return this.requestJson({
      method: 'GET',
      path: `/api/search?${params.toString()}`,
      what: 'searching the hub',
    });
  }
}

function repoPath(repo: RepoId): string {
  return `${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.name)}`;
}

async function errorBody(
  response: Response,
  what: string,
): Promise<{ code?: string; message?: string; requestId?: string } | undefined> {
  try {
    const body = (await readJson(response, MAX_ERROR_BYTES, what)) as {
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
