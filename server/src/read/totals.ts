import type { Db } from '../db/client.js';
import { dialectOf, query, Sql, toNumber } from '../db/sql.js';

/** What the hub holds in public: deltas with a pushed revision, their owners, their downloads. */
export interface HubTotals {
  deltas: number;
  owners: number;
  downloads: number;
}

/** Public deltas with a pushed revision, their owners and downloads: one aggregate over Repo. */
export async function publicTotals(db: Db): Promise<HubTotals> {
  const sql = new Sql(dialectOf(db));
  const [row] = await query<{ deltas: unknown; owners: unknown; downloads: unknown }>(
    db,
    sql,
    `SELECT COUNT(*) AS "deltas", COUNT(DISTINCT "ownerId") AS "owners", COALESCE(SUM("downloads"), 0) AS "downloads"
       FROM "Repo" WHERE "private" = ${sql.bool(false)} AND "headRevisionId" IS NOT NULL`,
  );
  return {
    deltas: toNumber(row?.deltas ?? 0),
    owners: toNumber(row?.owners ?? 0),
    downloads: toNumber(row?.downloads ?? 0),
  };
}
