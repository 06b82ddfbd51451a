/**
 * The Hub's model tree on the pages: a delta links its base model to the base model's repo when
 * this hub holds it, and a base model's page lists the deltas (and PEFT adapters) recorded on it.
 * Both go through the API's own lookups, so private repos appear only to those who may see them.
 */
import type { Principal } from '../../auth/principal.js';
import { HubError } from '../../errors.js';
import type { HubContext } from '../../http/context.js';
import { publicBackboneName } from '../../read/local-paths.js';
import { findRepo } from '../../repos/repos.js';
import { searchRepos } from '../../search/search.js';
import type { ModelTree } from '../pages/delta.js';

/** Deltas of a model listed on its page; more are one search away. */
export const MODEL_TREE_SHOWN = 10;

/**
 * The path of the base model's page (`/owner/name`) when `nameOrPath` is the id of a repo on this
 * hub the visitor may see; null otherwise (an id of another hub, unknown, or private to others).
 */
export async function baseModelOnHub(
  ctx: HubContext,
  principal: Principal | null,
  nameOrPath: string | null,
): Promise<string | null> {
  const id = publicBackboneName(nameOrPath);
  const [owner, name, ...rest] = id?.split('/') ?? [];
  if (!owner || !name || rest.length) return null;
  try {
    const repo = await findRepo(ctx.db, principal, owner, name);
    return `/${repo.ownerName}/${repo.name}`;
  } catch (err) {
    if (err instanceof HubError && (err.status === 404 || err.code === 'invalid_name')) return null;
    throw err;
  }
}

/** The repos whose recorded backbone is `id` (`owner/name`), visible to the visitor, most downloaded first. */
export async function deltasOfModel(
  ctx: HubContext,
  principal: Principal | null,
  id: string,
): Promise<ModelTree> {
  const found = await searchRepos(ctx.db, principal, { backbone: id, limit: String(MODEL_TREE_SHOWN) });
  return { items: found.items, more: found.nextCursor !== null };
}
