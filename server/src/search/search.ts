import type { Db } from '../db/client.js';
import { badRequest } from '../errors.js';
import type { Principal } from '../auth/principal.js';
import { visibleNamespaces } from '../auth/permissions.js';

/** Sort orders: most downloaded, most recently updated, most recently created. */
export const SORTS = ['downloads', 'updated', 'created'] as const;
export type Sort = (typeof SORTS)[number];
const SORT_COLUMN = { downloads: 'downloads', updated: 'updatedAt', created: 'createdAt' } as const;
const MAX_LIMIT = 100;

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
    const okValue = sort === 'downloads' ? Number.isSafeInteger(c.v) : typeof c.v === 'string' && !Number.isNaN(Date.parse(c.v));
    if (okValue && typeof c.id === 'string') return c;
  } catch {
    // fall through to the error below
  }
  throw badRequest('invalid_cursor', 'cursor is malformed or belongs to another sort order');
}

function str(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 256) throw badRequest('invalid_request', `${name} must be a string of at most 256 characters`);
  return value;
}

/**
 * Searches repos visible to `principal`. Text matches name, card, tags, backbone and task
 * (case-insensitive); filters are exact. Ordering is (sort column desc, id asc), and the cursor
 * continues strictly after the last item, so pages never repeat or skip rows that did not change.
 */
export async function searchRepos(db: Db, principal: Principal | null, query: SearchQuery): Promise<{ items: Record<string, unknown>[]; nextCursor: string | null }> {
  const sort = (str(query.sort, 'sort') ?? 'downloads') as Sort;
  if (!SORTS.includes(sort)) throw badRequest('invalid_request', `sort must be one of ${SORTS.join(', ')}`);
  const limitRaw = str(query.limit, 'limit') ?? '20';
  const limit = Number(limitRaw);
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw badRequest('invalid_request', `limit must be 1-${MAX_LIMIT}`);

  const column = SORT_COLUMN[sort];
  const namespaces = await visibleNamespaces(db, principal);
  const and: Record<string, unknown>[] = [
    principal?.isAdmin ? {} : { OR: [{ private: false }, { ownerId: { in: namespaces } }] },
    { headRevisionId: { not: null } },
  ];
  const q = str(query.q, 'q')?.trim().toLowerCase();
  if (q) for (const word of q.split(/\s+/).slice(0, 8)) and.push({ searchText: { contains: word } });
  const exact: [keyof SearchQuery, string][] = [
    ['deltaType', 'deltaType'],
    ['architecture', 'backboneArchitecture'],
    ['backbone', 'backboneName'],
    ['fingerprint', 'backboneFingerprint'],
    ['task', 'task'],
  ];
  for (const [param, field] of exact) {
    const value = str(query[param], param);
    if (value !== undefined) and.push({ [field]: value });
  }
  const author = str(query.author, 'author');
  if (author !== undefined) and.push({ owner: { name: author } });
  const tag = str(query.tag, 'tag');
  if (tag !== undefined) and.push({ tags: { contains: `|${tag}|` } });
  const cursorRaw = str(query.cursor, 'cursor');
  if (cursorRaw !== undefined) {
    const c = decodeCursor(cursorRaw, sort);
    const v = sort === 'downloads' ? c.v : new Date(c.v);
    and.push({ OR: [{ [column]: { lt: v } }, { [column]: v, id: { gt: c.id } }] });
  }

  const rows = await db.repo.findMany({
    where: { AND: and },
    orderBy: [{ [column]: 'desc' }, { id: 'asc' }],
    take: limit + 1,
    include: { owner: { select: { name: true } } },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? Buffer.from(
          JSON.stringify({ v: sort === 'downloads' ? last.downloads : last[column as 'updatedAt' | 'createdAt'].toISOString(), id: last.id }),
        ).toString('base64url')
      : null;
  return {
    items: page.map((r) => ({
      id: `${r.owner.name}/${r.name}`,
      private: r.private,
      downloads: r.downloads,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      revision: r.headRevisionId,
      deltaType: r.deltaType,
      backbone: { architecture: r.backboneArchitecture, nameOrPath: r.backboneName, structureFingerprint: r.backboneFingerprint },
      task: r.task,
      license: r.license,
      tags: r.tags.split('|').filter(Boolean),
    })),
    nextCursor,
  };
}
