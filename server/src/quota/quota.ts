import type { HubConfig } from '../config/config.js';
import type { Db } from '../db/client.js';
import { dialectOf, query, Sql, toNumber, toNumberOrNull } from '../db/sql.js';
import { badRequest, HubError, notFound } from '../errors.js';

/** A namespace (user or organisation) whose storage is counted. */
export interface Namespace {
  id: string;
  name: string;
}

/** A namespace's storage: the verified bytes it holds (sum of its grants) and its quota. */
export interface StorageUse {
  usedBytes: number;
  /** null: no quota. */
  quotaBytes: number | null;
}

/**
 * The storage a namespace uses and may use: its own quota (`Account.quotaBytes`, set by an admin)
 * or the hub's default; 0 in either place means no quota.
 */
export async function storageUse(
  db: Db,
  config: Pick<HubConfig, 'defaultQuotaBytes'>,
  namespaceId: string,
): Promise<StorageUse> {
  const sql = new Sql(dialectOf(db));
  const id = sql.param(namespaceId);
  const [row] = await query<{ quotaBytes: unknown; usedBytes: unknown }>(
    db,
    sql,
    `SELECT a."quotaBytes",
            (SELECT COALESCE(SUM(g."size"), 0) FROM "BlobGrant" g WHERE g."accountId" = a."id") AS "usedBytes"
       FROM "Account" a WHERE a."id" = ${id}`,
  );
  const quota = toNumberOrNull(row?.quotaBytes) ?? config.defaultQuotaBytes;
  return { usedBytes: toNumber(row?.usedBytes ?? 0), quotaBytes: quota === 0 ? null : quota };
}

/** The 413 `quota_exceeded` answer, saying the quota, the usage and what was asked. */
export function quotaExceeded(namespace: Namespace, use: StorageUse, addBytes: number): HubError {
  return new HubError(
    413,
    'quota_exceeded',
    `storage quota exceeded: ${namespace.name} uses ${use.usedBytes} of its ${use.quotaBytes ?? 0} bytes, ` +
      `and this needs ${addBytes} more`,
  );
}

/** Throws `quota_exceeded` (413) if storing `addBytes` more would take `namespace` over its quota. */
export async function checkQuota(
  db: Db,
  config: Pick<HubConfig, 'defaultQuotaBytes'>,
  namespace: Namespace,
  addBytes: number,
): Promise<void> {
  const use = await storageUse(db, config, namespace.id);
  if (exceeds(use, addBytes)) throw quotaExceeded(namespace, use, addBytes);
}

/** True when `addBytes` more would take a namespace with `use` over its quota. */
export function exceeds(use: StorageUse, addBytes: number): boolean {
  return use.quotaBytes !== null && use.usedBytes + addBytes > use.quotaBytes;
}

/**
 * Sets the storage quota of account `name` (admin CLI): bytes, `null` for the hub's default, 0 for
 * no quota. Returns the account's storage afterwards.
 */
export async function setQuota(
  db: Db,
  config: Pick<HubConfig, 'defaultQuotaBytes'>,
  name: string,
  quotaBytes: number | null,
): Promise<StorageUse> {
  if (quotaBytes !== null && (!Number.isSafeInteger(quotaBytes) || quotaBytes < 0))
    throw badRequest('invalid_quota', 'a quota is a non-negative integer number of bytes');
  const account = await db.account.findUnique({ where: { name }, select: { id: true } });
  if (!account) throw notFound('account_not_found', `no user or organisation named "${name}"`);
  await db.account.update({
    where: { id: account.id },
    data: { quotaBytes: quotaBytes === null ? null : BigInt(quotaBytes) },
  });
  return storageUse(db, config, account.id);
}
