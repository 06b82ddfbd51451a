import { canReadNamespace } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import type { Db } from '../db/client.js';
import { dialectOf, query, Sql, toBool } from '../db/sql.js';
import { HubError } from '../errors.js';

/**
 * 307 for a repo's former name (`RepoRedirect`): the front doors answer with a `Location` naming
 * the same path under the repo's current name, as the Hugging Face Hub does after a rename or a
 * transfer (its Python client follows such relative redirects on downloads; HTTP clients follow
 * them on reads and, 307 keeping the method, on writes).
 */
export class RepoMovedError extends HubError {
  /** The name requested. */
  readonly from: { owner: string; name: string };
  /** The repo's current name. */
  readonly to: { owner: string; name: string };

  constructor(from: { owner: string; name: string }, to: { owner: string; name: string }) {
    super(307, 'repo_moved', `repository ${from.owner}/${from.name} moved to ${to.owner}/${to.name}`);
    this.from = from;
    this.to = to;
  }
}

/**
 * The current name of the repo once called `owner/name`, when `principal` may see it there; null
 * otherwise (a private repo's new name never leaks through its old one).
 */
export async function redirectTarget(
  db: Db,
  principal: Principal | null,
  owner: string,
  name: string,
): Promise<{ owner: string; name: string } | null> {
  const sql = new Sql(dialectOf(db));
  const [row] = await query<{ ownerId: string; ownerName: string; name: string; private: unknown }>(
    db,
    sql,
    `SELECT r."ownerId", a."name" AS "ownerName", r."name", r."private"
       FROM "RepoRedirect" d
       JOIN "Account" o ON o."id" = d."fromOwnerId"
       JOIN "Repo" r ON r."id" = d."repoId"
       JOIN "Account" a ON a."id" = r."ownerId"
      WHERE o."name" = ${sql.param(owner)} AND d."fromName" = ${sql.param(name)}
      LIMIT 1`,
  );
  if (!row) return null;
  if (toBool(row.private) && !(await canReadNamespace(db, principal, row.ownerId))) return null;
  return { owner: row.ownerName, name: row.name };
}

/**
 * Where a request for a moved repo goes: its path with the first `/{from owner}/{from name}`
 * (followed by `/`, `.git`, or the end) replaced by the current name, and its query kept. A
 * relative URL: clients follow it on the host they asked.
 */
export function movedLocation(originalUrl: string, err: RepoMovedError): string {
  const queryAt = originalUrl.indexOf('?');
  const path = queryAt < 0 ? originalUrl : originalUrl.slice(0, queryAt);
  const search = queryAt < 0 ? '' : originalUrl.slice(queryAt);
  const raw = path.split('/');
  const segments = raw.map(safeDecode);
  for (let i = 0; i + 1 < segments.length; i++) {
    const name = segments[i + 1];
    // `{name}.git` is the git-lfs form of the name (`/{owner}/{name}.git/info/lfs/...`).
    const suffix = name === `${err.from.name}.git` ? '.git' : '';
    if (segments[i] !== err.from.owner || (name !== err.from.name && suffix === '')) continue;
    raw[i] = encodeURIComponent(err.to.owner);
    raw[i + 1] = encodeURIComponent(err.to.name) + suffix;
    return raw.join('/') + search;
  }
  // A path naming the repo elsewhere (a JSON body, e.g. POST /api/repos/move): its page.
  return `/${encodeURIComponent(err.to.owner)}/${encodeURIComponent(err.to.name)}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * For a repo name nothing holds: throws {@link RepoMovedError} when it is a former name of a repo
 * `principal` may see, and returns otherwise (the caller answers its 404).
 */
export async function throwIfMoved(
  db: Db,
  principal: Principal | null,
  owner: string,
  name: string,
): Promise<void> {
  const target = await redirectTarget(db, principal, owner, name);
  if (target) throw new RepoMovedError({ owner, name }, target);
}
