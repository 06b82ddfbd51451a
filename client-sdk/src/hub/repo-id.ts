import { HubClientError } from './errors.js';

/** One segment of a repo id, as the server accepts it. */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
/** A branch or tag name (same rules), or a 64-hex revision id. */
const REVISION = /^([A-Za-z0-9][A-Za-z0-9._-]{0,95}|[0-9a-f]{64})$/;

/** A parsed `owner/name[@revision]`. */
export interface RepoId {
  owner: string;
  name: string;
  /** `owner/name`. */
  id: string;
  revision: string | undefined;
}

/** Parses `owner/name` or `owner/name@revision`; `HUB_INVALID_REPO_ID` otherwise. */
export function parseRepoId(text: string): RepoId {
  const [repo = '', revision, ...extra] = text.split('@');
  const [owner = '', name = '', ...more] = repo.split('/');
  const bad = (why: string): HubClientError =>
    new HubClientError(
      'HUB_INVALID_REPO_ID',
      `'${text}' is not a hub repo id (${why}): write owner/name or owner/name@revision.`,
    );
  if (extra.length || more.length) throw bad('too many separators');
  if (!SEGMENT.test(owner) || !SEGMENT.test(name) || owner.endsWith('.') || name.endsWith('.')) {
    throw bad('use letters, digits, ".", "_" or "-", starting with a letter or digit');
  }
  if (revision !== undefined && !REVISION.test(revision)) throw bad(`invalid revision '${revision}'`);
  return { owner, name, id: `${owner}/${name}`, revision };
}

/** Whether `name` reads as `owner/name[@revision]` rather than a path. */
export function isRepoId(name: string): boolean {
  try {
    parseRepoId(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * True for a branch or tag name, or a revision id, as the server accepts them: also safe as one
 * file name (no separator, never `.` or `..`).
 */
export function isRevisionName(rev: string): boolean {
  return REVISION.test(rev);
}

/** True for a 64-hex revision id (immutable), as opposed to a branch or tag name. */
export function isRevisionId(rev: string): boolean {
  return /^[0-9a-f]{64}$/.test(rev);
}
