import { resolve } from 'node:path';

/** S3 settings, read from `DELTAHUB_S3_*` (credentials also from the standard AWS_* variables). */
export interface S3Config {
  endpoint: string | undefined;
  bucket: string;
  region: string;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  forcePathStyle: boolean;
  /** Key prefix inside the bucket, '' or ending with '/'. */
  prefix: string;
  /**
   * Answer downloads of large files with a redirect to a presigned S3 URL, so their bytes go from
   * S3 to the client without passing through the hub (`DELTAHUB_S3_REDIRECT_DOWNLOADS`).
   */
  redirectDownloads: boolean;
  /** Endpoint that clients reach S3 at, for those URLs; the hub's own endpoint when unset. */
  publicEndpoint: string | undefined;
}

/** Everything the hub reads from its environment. */
export interface HubConfig {
  /** Folder for the embedded defaults: SQLite file, filesystem blobs. */
  dataDir: string;
  port: number;
  host: string;
  /** `file:...` → SQLite, `postgresql://...` → PostgreSQL. */
  databaseUrl: string;
  storage: { kind: 'fs'; root: string } | { kind: 's3'; s3: S3Config };
  /** Largest blob accepted by an upload, in bytes. */
  maxBlobBytes: number;
  /** Largest `delta_config.json` / `README.md` the server parses, in bytes. */
  maxMetadataBytes: number;
  /**
   * Most operations (files added or deleted) one Hugging Face NDJSON commit may carry
   * (`DELTAHUB_MAX_COMMIT_OPERATIONS`); the commit is refused as soon as one more arrives.
   */
  maxCommitOperations: number;
  /**
   * Safetensors header bytes one commit may make the hub read and parse, all files together
   * (`DELTAHUB_MAX_COMMIT_HEADER_BYTES`); each distinct blob counts once.
   */
  maxCommitHeaderBytes: number;
  /** GC leaves unreferenced blobs and unfinished uploads younger than this alone. */
  gcGraceMs: number;
  /**
   * GC removes unreferenced blobs created longer ago than this even if a push touched them
   * recently, and grants no revision of their namespace references (`DELTAHUB_GC_MAX_AGE_SECONDS`).
   */
  gcMaxAgeMs: number;
  /**
   * Storage quota of a namespace without its own (`DELTAHUB_DEFAULT_QUOTA_BYTES`), counted on
   * verified bytes; 0 = no quota.
   */
  defaultQuotaBytes: number;
  /** Blob uploads one user may run at once on this hub process (`DELTAHUB_MAX_CONCURRENT_UPLOADS`). */
  maxConcurrentUploads: number;
  /** Requests per minute per client address on the auth routes. */
  authRateLimitPerMinute: number;
  /**
   * Write requests (not GET/HEAD) per minute per token on the API and Hugging Face routes
   * (`DELTAHUB_WRITE_RATE_LIMIT`); requests without a token count per client address.
   */
  writeRateLimitPerMinute: number;
  /**
   * Express's `trust proxy` setting (`DELTAHUB_TRUST_PROXY`): which reverse proxies' `X-Forwarded-For`
   * gives the client address the rate limits key on. `false` (default) ignores the header.
   */
  trustProxy: TrustProxy;
  allowSignup: boolean;
  /**
   * Public base URL of upload links, absolute links and the web forms' origin check; derived from
   * host and port when unset (required when `HOST` is a wildcard address). Never taken from a
   * request's `Host` header.
   */
  publicUrl: string | undefined;
  /**
   * Key for signing LFS upload URLs (`DELTAHUB_SIGNING_SECRET`). Unset: a random key kept in the
   * index, which every instance sharing the index reads.
   */
  signingSecret: string | undefined;
  logLevel: string;
}

/** Express's `trust proxy` values: off, on (any proxy), a hop count, or trusted addresses/subnets. */
export type TrustProxy = boolean | number | string[];

/** Thrown for an environment the hub cannot start with. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min)
    throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}"`);
  return n;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/**
 * `DELTAHUB_TRUST_PROXY`: `true`/`false`, a number of proxy hops, or a comma-separated list of
 * addresses, subnets (CIDR) or express's names (`loopback`, `linklocal`, `uniquelocal`).
 */
function trustProxy(env: NodeJS.ProcessEnv): TrustProxy {
  const raw = env['DELTAHUB_TRUST_PROXY']?.trim();
  if (raw === undefined || raw === '' || ['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  if (['true', 'yes'].includes(raw.toLowerCase())) return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw.split(',').map((e) => e.trim());
  if (entries.some((e) => !/^(loopback|linklocal|uniquelocal|[0-9A-Fa-f.:]+(\/\d{1,3})?)$/.test(e)))
    throw new ConfigError(
      `DELTAHUB_TRUST_PROXY must be true, false, a hop count or a comma-separated list of addresses or subnets, got "${raw}"`,
    );
  return entries;
}

/** Listening on every interface: no address the hub could build its links on. */
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]', '::0']);

/**
 * Reads the hub configuration from `env`. Defaults give the embedded setup: SQLite and
 * filesystem blobs under `DELTAHUB_DATA` (./.deltahub), port 8080.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const dataDir = resolve(env['DELTAHUB_DATA'] || '.deltahub');
  const databaseUrl = env['DATABASE_URL'] || `file:${resolve(dataDir, 'index.db')}`;
  if (!/^(file:|postgres(ql)?:\/\/)/.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)');
  }
  const storageKind = env['DELTAHUB_STORAGE'] || 'fs';
  let storage: HubConfig['storage'];
  if (storageKind === 'fs') {
    storage = { kind: 'fs', root: resolve(env['DELTAHUB_FS_ROOT'] || resolve(dataDir, 'blobs-store')) };
  } else if (storageKind === 's3') {
    const bucket = env['DELTAHUB_S3_BUCKET'];
    if (!bucket) throw new ConfigError('DELTAHUB_STORAGE=s3 needs DELTAHUB_S3_BUCKET');
    const prefix = env['DELTAHUB_S3_PREFIX'] ?? '';
    storage = {
      kind: 's3',
      s3: {
        endpoint: env['DELTAHUB_S3_ENDPOINT'] || undefined,
        bucket,
        region: env['DELTAHUB_S3_REGION'] || env['AWS_REGION'] || 'us-east-1',
        accessKeyId: env['DELTAHUB_S3_ACCESS_KEY_ID'] || env['AWS_ACCESS_KEY_ID'] || undefined,
        secretAccessKey: env['DELTAHUB_S3_SECRET_ACCESS_KEY'] || env['AWS_SECRET_ACCESS_KEY'] || undefined,
        forcePathStyle: flag(env, 'DELTAHUB_S3_FORCE_PATH_STYLE', true),
        prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`,
        redirectDownloads: flag(env, 'DELTAHUB_S3_REDIRECT_DOWNLOADS', false),
        publicEndpoint: env['DELTAHUB_S3_PUBLIC_ENDPOINT'] || undefined,
      },
    };
  } else {
    throw new ConfigError(`DELTAHUB_STORAGE must be fs or s3, got "${storageKind}"`);
  }
  const host = env['HOST'] || '127.0.0.1';
  const publicUrl = env['DELTAHUB_PUBLIC_URL'] || undefined;
  if (WILDCARD_HOSTS.has(host) && !publicUrl)
    throw new ConfigError(
      `HOST=${host} listens on every interface: set DELTAHUB_PUBLIC_URL to the URL clients reach the hub at (upload links and the web forms' origin check are built on it, never on the request's Host header)`,
    );
  if (publicUrl !== undefined && !/^https?:\/\/[^/]+/.test(publicUrl))
    throw new ConfigError(`DELTAHUB_PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`);
  return {
    dataDir,
    port: integer(env, 'PORT', 8080),
    host,
    databaseUrl,
    storage,
    maxBlobBytes: integer(env, 'DELTAHUB_MAX_BLOB_BYTES', 5 * 1024 ** 3, 1),
    maxMetadataBytes: integer(env, 'DELTAHUB_MAX_METADATA_BYTES', 1024 ** 2, 1),
    maxCommitOperations: integer(env, 'DELTAHUB_MAX_COMMIT_OPERATIONS', 10_000, 1),
    maxCommitHeaderBytes: integer(env, 'DELTAHUB_MAX_COMMIT_HEADER_BYTES', 64 * 1024 ** 2, 1),
    gcGraceMs: integer(env, 'DELTAHUB_GC_GRACE_SECONDS', 24 * 3600) * 1000,
    gcMaxAgeMs: integer(env, 'DELTAHUB_GC_MAX_AGE_SECONDS', 7 * 24 * 3600) * 1000,
    defaultQuotaBytes: integer(env, 'DELTAHUB_DEFAULT_QUOTA_BYTES', 50 * 1024 ** 3),
    maxConcurrentUploads: integer(env, 'DELTAHUB_MAX_CONCURRENT_UPLOADS', 8, 1),
    authRateLimitPerMinute: integer(env, 'DELTAHUB_AUTH_RATE_LIMIT', 60, 1),
    writeRateLimitPerMinute: integer(env, 'DELTAHUB_WRITE_RATE_LIMIT', 600, 1),
    trustProxy: trustProxy(env),
    allowSignup: flag(env, 'DELTAHUB_ALLOW_SIGNUP', false),
    publicUrl,
    signingSecret: env['DELTAHUB_SIGNING_SECRET'] || undefined,
    logLevel: env['LOG_LEVEL'] || 'info',
  };
}
