import type { DeltaType } from '@deltahub/core/checkpoint';
import type { Db } from '../db/client.js';
import { badRequest } from '../errors.js';
import type { Principal } from '../auth/principal.js';
import { visibleNamespaces } from '../auth/permissions.js';
import { dialectOf, readQuery, Sql, toBool, toIsoString, toNumber } from '../db/sql.js';
import { decodeTags, tagNeedle } from './encoding.js';
import {
  INDEX_MAX_SHARE,
  indexedRepoIds,
  sampleIndexableShare,
  searchWords,
  trigramMatch,
} from './text-match.js';

/** Sort orders: most downloaded, most recently updated, most recently created. */
export const SORTS = ['downloads', 'updated', 'created'] as const;
export type Sort = (typeof SORTS)[number];
const SORT_COLUMN = { downloads: 'downloads', updated: 'updatedAt', created: 'createdAt' } as const;
const MAX_LIMIT = 100;
// Rows in sort order SQLite examines before another plan: a text search before asking the
// trigram index (also the sample size that decides whether to ask it), a search by filters only
// before leaving the plan to SQLite. Filters-only fallbacks can be slow (a low-cardinality index
// and a sort), so those probes go further: 1000 rows fill a page of 20 at 2% selectivity.
const TEXT_PROBE_ROWS = 250;
const FILTER_PROBE_ROWS = 1000;

/** How one SQLite statement finds rows: see the strategy comment in searchRepos. */
type Mode = 'index' | 'probe' | 'fts' | 'scan';

/** A search result row as the raw query returns it (column types vary by driver). */
interface RepoRow {
  id: string;
  name: string;
  ownerName: string;
  private: unknown;
  downloads: unknown;
  createdAt: unknown;
  updatedAt: unknown;
  headRevisionId: string | null;
  deltaType: string | null;
  backboneArchitecture: string | null;
  backboneName: string | null;
  backboneFingerprint: string | null;
  task: string | null;
  license: string | null;
  tags: string;
}

/** A repo in search results: what lists of deltas show. */
export interface RepoSummary {
  /** `owner/name`. */
  id: string;
  private: boolean;
  downloads: number;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601. */
  updatedAt: string;
  /** The head revision of the default branch. */
  revision: string | null;
  deltaType: DeltaType | null;
  backbone: {
    architecture: string | null;
    nameOrPath: string | null;
    structureFingerprint: string | null;
  };
  task: string | null;
  license: string | null;
  tags: string[];
}

/** A page of search results, and the cursor of the next one (null on the last page). */
export interface SearchResults {
  items: RepoSummary[];
  nextCursor: string | null;
}

/** Search parameters, as received in the query string. */
export interface SearchQuery {
  q?: string;
  deltaType?: string;
  architecture?: string;
  backbone?: string;
  fingerprint?: string;
  task?: string;
  author?: string;
  tag?: string;
  sort?: string;
  limit?: string;
  cursor?: string;
}

/** Cursor: the sort value and id of the last item of the previous page (base64url JSON). */
interface Cursor {
  v: number | string;
  id: string;
}

function decodeCursor(raw: string, sort: Sort): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    const okValue =
      sort === 'downloads'
        ? Number.isSafeInteger(c.v)
        : typeof c.v === 'string' && !Number.isNaN(Date.parse(c.v));
    if (okValue && typeof c.id === 'string') return c;
  } catch {
    // fall through to the error below
  }
  throw badRequest('invalid_cursor', 'cursor is malformed or belongs to another sort order');
}

function str(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 256)
    throw badRequest('invalid_request', `${name} must be a string of at most 256 characters`);
  return value;
}

/**
 * Searches repos visible to `principal`. Each word of the text query must occur as a substring
 * (case-insensitive) of the repo's name, backbone, delta type, task, dataset, tags or card;
 * filters are exact. Ordering is (sort column desc, id asc), and the cursor continues strictly
 * after the last item, so pages never repeat or skip rows that did not change. Hand-written,
 * parameterised SQL read through `readQuery` (no Prisma query compilation on the hot path), with
 * trigram indexes for the text: FTS5 on SQLite, pg_trgm on PostgreSQL. No total count: a page
 * fetches `limit + 1` rows to know whether there is a next one.
 */
export async function searchRepos(
  db: Db,
  principal: Principal | null,
  query: SearchQuery,
): Promise<SearchResults> {
  const sort = (str(query.sort, 'sort') ?? 'downloads') as Sort;
  if (!SORTS.includes(sort)) throw badRequest('invalid_request', `sort must be one of ${SORTS.join(', ')}`);
  const limitRaw = str(query.limit, 'limit') ?? '20';
  const limit = Number(limitRaw);
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw badRequest('invalid_request', `limit must be 1-${MAX_LIMIT}`);

  const column = SORT_COLUMN[sort];
  const namespaces = await visibleNamespaces(db, principal);
  // searchText is stored lowercased and the words are lowercased, so an exact substring test is
  // the case-insensitive match (and user text can never act as a wildcard).
  const words = searchWords(str(query.q, 'q'));
  const match = trigramMatch(words);
  const exact: [keyof SearchQuery, string][] = [
    ['deltaType', 'deltaType'],
    ['architecture', 'backboneArchitecture'],
    ['backbone', 'backboneName'],
    ['fingerprint', 'backboneFingerprint'],
    ['task', 'task'],
  ];
  const equals: [string, string][] = [];
  for (const [param, field] of exact) {
    const value = str(query[param], param);
    if (value !== undefined) equals.push([field, value]);
  }
  const author = str(query.author, 'author');
  const tag = str(query.tag, 'tag');
  const cursorRaw = str(query.cursor, 'cursor');
  const cursor = cursorRaw === undefined ? undefined : decodeCursor(cursorRaw, sort);
  const cursorValue = cursor === undefined ? undefined : sort === 'downloads' ? cursor.v : new Date(cursor.v);
  const after = (sql: Sql, alias: string): string =>
    cursor === undefined
      ? ''
      : `(${alias}."${column}" < ${sql.param(cursorValue)} OR (${alias}."${column}" = ${sql.param(cursorValue)} AND ${alias}."id" > ${sql.param(cursor.id)}))`;

  /**
   * One statement. `source` is what rows come from: the table, or (probe) only the first
   * `PROBE_ROWS` rows in sort order after the cursor. `order` is the ORDER BY column expression.
   */
  const statement = (sql: Sql, mode: Mode): string => {
    const source =
      mode === 'probe'
        ? `(SELECT * FROM "Repo" p ${cursor ? `WHERE ${after(sql, 'p')}` : ''} ORDER BY p."${column}" DESC, p."id" ASC LIMIT ${sql.param(words.length ? TEXT_PROBE_ROWS : FILTER_PROBE_ROWS)})`
        : '"Repo"';
    const where: string[] = ['r."headRevisionId" IS NOT NULL'];
    if (!principal?.isAdmin) {
      where.push(
        namespaces.length
          ? `(r."private" = ${sql.bool(false)} OR r."ownerId" IN (${sql.list(namespaces)}))`
          : `r."private" = ${sql.bool(false)}`,
      );
    }
    if (mode === 'fts' && match !== undefined) where.push(indexedRepoIds(sql, match));
    for (const word of words) where.push(sql.containsExact('r."searchText"', word));
    for (const [field, value] of equals) where.push(`r."${field}" = ${sql.param(value)}`);
    if (author !== undefined) where.push(`a."name" = ${sql.param(author)}`);
    if (tag !== undefined) where.push(sql.contains('r."tags"', tagNeedle(tag)));
    if (cursor && mode !== 'probe') where.push(after(sql, 'r'));
    // `+` (a no-op on the value) keeps SQLite's planner off the sort index, so it starts from the
    // index matches (fts) or scans the table once (scan) and sorts what matched.
    const order = mode === 'fts' || mode === 'scan' ? `+r."${column}"` : `r."${column}"`;
    return `SELECT r."id", r."name", r."private", r."downloads", r."createdAt", r."updatedAt", r."headRevisionId", r."deltaType",
            r."backboneArchitecture", r."backboneName", r."backboneFingerprint", r."task", r."license", r."tags",
            a."name" AS "ownerName"
       FROM ${source} r JOIN "Account" a ON a."id" = r."ownerId"
      WHERE ${where.join(' AND ')}
      ORDER BY ${order} DESC, r."id" ASC
      LIMIT ${sql.param(limit + 1)}`;
  };
  const run = (mode: Mode): Promise<RepoRow[]> => {
    const sql = new Sql(dialectOf(db));
    return readQuery<RepoRow>(db, sql, statement(sql, mode));
  };

  /** Whether few enough repos contain the indexable words for the trigram index to pay off. */
  const indexPays = async (): Promise<boolean> => {
    const sql = new Sql('sqlite');
    const [row] = await readQuery<{ n: unknown }>(
      db,
      sql,
      sampleIndexableShare(sql, words, column, TEXT_PROBE_ROWS),
    );
    return toNumber(row?.n ?? 0) <= INDEX_MAX_SHARE * TEXT_PROBE_ROWS;
  };

  // SQLite walks the sort index and stops after one page: best unless the conditions are rare,
  // when it visits every row through the index; without statistics it also prefers an equality
  // index however many rows share the value (deltaType), then sorts them. So text searches and
  // searches by low-cardinality filters first probe the first rows in sort order: for common
  // conditions enough matches are there, and that is the page. Otherwise, with text, the trigram
  // index lists the repos containing the words and only those are checked and sorted, unless a
  // sample says that would be most of the table (the rarity came from filters or short words):
  // then one sequential scan, which also serves queries of short words only. The worst case stays
  // one scan. Filters only: SQLite's own plan. Selective filters with an index of their own
  // (fingerprint, author) go straight to it. PostgreSQL's planner has statistics and pg_trgm.
  const weakFilters = equals.some(([field]) => field !== 'backboneFingerprint') || tag !== undefined;
  const selectiveFilter = equals.some(([field]) => field === 'backboneFingerprint') || author !== undefined;
  let rows: RepoRow[];
  if (dialectOf(db) === 'sqlite' && (words.length || (weakFilters && !selectiveFilter))) {
    rows = await run('probe');
    if (rows.length <= limit && words.length)
      rows = await run(match !== undefined && (await indexPays()) ? 'fts' : 'scan');
    else if (rows.length <= limit) rows = await run('index');
  } else {
    rows = await run('index');
  }
  const page = rows.slice(0, limit).map((r): RepoSummary => ({
    id: `${r.ownerName}/${r.name}`,
    private: toBool(r.private),
    downloads: toNumber(r.downloads),
    createdAt: toIsoString(r.createdAt),
    updatedAt: toIsoString(r.updatedAt),
    revision: r.headRevisionId,
    deltaType: r.deltaType as DeltaType | null,
    backbone: {
      architecture: r.backboneArchitecture,
      nameOrPath: r.backboneName,
      structureFingerprint: r.backboneFingerprint,
    },
    task: r.task,
    license: r.license,
    tags: decodeTags(r.tags),
  }));
  const last = page.at(-1);
  const lastRow = rows[limit - 1];
  const nextCursor =
    rows.length > limit && last && lastRow
      ? Buffer.from(
          JSON.stringify({
            v: sort === 'downloads' ? last.downloads : last[sort === 'updated' ? 'updatedAt' : 'createdAt'],
            id: lastRow.id,
          }),
        ).toString('base64url')
      : null;
  return {
    items: page,
    nextCursor,
  };
}
