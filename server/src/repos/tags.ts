import { requireWriteNamespace } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import type { Db } from '../db/client.js';
import { badRequest, conflict } from '../errors.js';
import { checkRefName, isSha256 } from '../names.js';
import { resolveRevision } from '../read/revisions.js';
import type { RepoRef } from './repos.js';

/** Request body of tag creation. */
export interface CreateTagInput {
  name?: unknown;
  /** The revision id the tag points at (tags are never made from a branch name). */
  revision?: unknown;
}

/**
 * Tags a revision of `repo` (the caller must be allowed to write to its namespace); 409
 * `ref_exists` when a branch or tag of that name exists.
 */
export async function createTag(
  db: Db,
  principal: Principal | null,
  repo: RepoRef,
  input: CreateTagInput,
): Promise<{ name: string; kind: 'tag'; revision: string }> {
  await requireWriteNamespace(db, principal, repo.ownerId);
  if (typeof input.name !== 'string' || !isSha256(input.revision))
    throw badRequest('invalid_request', 'name and revision (id) are required');
  const name = checkRefName(input.name);
  const revision = await resolveRevision(db, repo, input.revision);
  try {
    await db.ref.create({ data: { repoId: repo.id, name, kind: 'tag', revisionId: revision.id } });
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002')
      throw conflict('ref_exists', `ref ${name} already exists`);
    throw err;
  }
  return { name, kind: 'tag', revision: revision.id };
}
