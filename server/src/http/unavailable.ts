import { HubError } from '../errors.js';
import { NETWORK_CODES, StorageUnavailableError } from '../storage/outage.js';

type ErrorShape = { code?: unknown; syscall?: unknown; name?: unknown; message?: unknown; cause?: unknown };

/** The error and its `cause` chain (driver errors arrive wrapped by Prisma and by the adapter). */
function chain(err: unknown): ErrorShape[] {
  const out: ErrorShape[] = [];
  for (let e = err; typeof e === 'object' && e !== null && out.length < 8; e = (e as ErrorShape).cause) {
    out.push(e as ErrorShape);
  }
  return out;
}

// Prisma's codes for an unreachable, closed or exhausted database, and PostgreSQL's SQLSTATEs for
// a connection the server ended (admin shutdown, crash) or cannot accept (57P0x, 08xxx).
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const DB_MESSAGE =
  /Connection terminated|terminating connection|Can't reach database|Server has closed the connection|the database system is (?:starting up|shutting down)|Timed out fetching a new connection/i;

function isDatabaseOutage(e: ErrorShape): boolean {
  if (typeof e.code === 'string' && PRISMA_CODES.has(e.code)) return true;
  if (typeof e.code === 'string' && /^(08|57P0)/.test(e.code)) return true;
  if (e.name === 'PrismaClientInitializationError') return true;
  if (typeof e.message === 'string' && DB_MESSAGE.test(e.message)) return true;
  // The store reports its own failures as StorageUnavailableError, so a failed connect left bare
  // is the database driver's. (A client hanging up mid-upload reports ECONNRESET, not from a connect.)
  return e.syscall === 'connect' && typeof e.code === 'string' && NETWORK_CODES.has(e.code);
}

/**
 * Maps an infrastructure failure to the answer clients should see instead of a 500: the blob store
 * unreachable → 503 `storage_unavailable`; the index database unreachable → 503
 * `database_unavailable`; the filesystem store out of space → 507 `insufficient_storage`. Both 503s
 * are worth retrying later; nothing was committed (commits are one transaction).
 */
export function unavailableError(err: unknown): HubError | undefined {
  const errors = chain(err);
  if (errors.some((e) => e.code === 'ENOSPC' || e.code === 'EDQUOT'))
    return new HubError(507, 'insufficient_storage', 'the blob store is out of space');
  if (errors.some((e) => e instanceof StorageUnavailableError))
    return new HubError(503, 'storage_unavailable', 'the blob store is unreachable; retry later');
  if (errors.some(isDatabaseOutage))
    return new HubError(503, 'database_unavailable', 'the index database is unreachable; retry later');
  return undefined;
}
