/**
 * Validation of everything a hub (or the local cache) says before it names a file on disk: a
 * hostile hub, or anyone in the middle of a plain-http connection, must not be able to write,
 * move or delete files outside the cache by choosing a path, a digest or a revision id.
 */
import type { HubFile } from './client.js';
import { HubClientError } from './errors.js';

/** Most files in one revision (the server's own bound). */
export const MAX_FILES = 10_000;
/** Longest file path, in characters (the server's own bound). */
export const MAX_PATH_LENGTH = 1024;
/** Longest path segment, in UTF-8 bytes (the common file-name limit of file systems). */
export const MAX_SEGMENT_BYTES = 255;

const DIGEST = /^[0-9a-f]{64}$/;
/** A deltahub revision id: the sha256 of the revision's content. */
const REVISION_ID = /^[0-9a-f]{64}$/;
/** A commit of a Hugging Face-compatible hub: a git sha1 (40 hex), or a deltahub revision id. */
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
// Control characters, backslash (a separator on Windows) and ':' (drive letters, NTFS streams)
// never belong in a file path; the server refuses them too.
// eslint-disable-next-line no-control-regex
const BAD_PATH_CHAR = /[\u0000-\u001f\u007f\\:]/;

/** Where a value came from, for error messages: the repo, and who said it (default "the hub"). */
export interface Origin {
  /** `owner/name` or `owner/name@rev`. */
  repo: string;
  /** Who sent the value: "the hub" (default) or "the cache". */
  source?: string;
}

/**
 * `HUB_UNSAFE_RESPONSE` naming the repo, the field and the bad value (JSON-escaped and truncated,
 * so a control character or a megabyte of garbage cannot garble the message).
 */
export function unsafe(origin: Origin, field: string, value: unknown, why: string): HubClientError {
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = String(value);
  }
  if (shown.length > 120) shown = `${shown.slice(0, 120)}…`;
  return new HubClientError(
    'HUB_UNSAFE_RESPONSE',
    `${origin.source ?? 'the hub'} sent an unsafe ${field} for ${origin.repo}: ${shown} (${why}). Nothing was written for it; do not use this hub or cache entry.`,
  );
}

/** A sha256 digest: 64 lowercase hex characters. */
export function checkDigest(value: unknown, origin: Origin, field = 'sha256'): string {
  if (typeof value !== 'string' || !DIGEST.test(value))
    throw unsafe(origin, field, value, 'not 64 lowercase hex characters');
  return value;
}

/** A deltahub revision id: 64 lowercase hex characters. */
export function checkRevisionId(value: unknown, origin: Origin): string {
  if (typeof value !== 'string' || !REVISION_ID.test(value))
    throw unsafe(origin, 'revision id', value, 'not 64 lowercase hex characters');
  return value;
}

/** A commit id of a Hugging Face-compatible hub: 40 or 64 lowercase hex characters. */
export function checkCommitId(value: unknown, origin: Origin): string {
  if (typeof value !== 'string' || !COMMIT_ID.test(value))
    throw unsafe(origin, 'commit id', value, 'not 40 or 64 lowercase hex characters');
  return value;
}

/** A file size: a non-negative safe integer. */
export function checkSize(value: unknown, origin: Origin, field = 'size'): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw unsafe(origin, field, value, 'not a non-negative integer');
  return value;
}

/**
 * A relative POSIX file path of safe segments: not empty nor absolute, no `.`, `..` or empty
 * segment, no backslash, `:`, NUL or other control character, at most {@link MAX_PATH_LENGTH}
 * characters and {@link MAX_SEGMENT_BYTES} bytes per segment.
 */
export function checkFilePath(value: unknown, origin: Origin): string {
  const bad = (why: string): HubClientError => unsafe(origin, 'file path', value, why);
  if (typeof value !== 'string' || value.length === 0) throw bad('not a non-empty string');
  if (value.length > MAX_PATH_LENGTH) throw bad(`longer than ${MAX_PATH_LENGTH} characters`);
  if (BAD_PATH_CHAR.test(value)) throw bad('a control character, backslash or colon');
  if (value.startsWith('/')) throw bad('an absolute path');
  for (const segment of value.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') throw bad('an empty, "." or ".." segment');
    if (Buffer.byteLength(segment) > MAX_SEGMENT_BYTES)
      throw bad(`a segment over ${MAX_SEGMENT_BYTES} bytes`);
  }
  return value;
}

/** The key two paths share when a case-insensitive (or Unicode-normalising) file system mixes them up. */
const foldCase = (path: string): string => path.normalize('NFC').toLowerCase();

/**
 * The files of a revision, each with a safe path ({@link checkFilePath}), a digest and a size; at
 * most {@link MAX_FILES}. Two paths that differ only in case (or Unicode normalisation) are always
 * refused, not only on case-insensitive file systems: it is simpler, the same everywhere, and the
 * second file would silently replace the first on macOS and Windows. A path that is both a file
 * and a folder of another file's path is refused too.
 */
export function checkFileList(value: unknown, origin: Origin): HubFile[] {
  if (!Array.isArray(value)) throw unsafe(origin, 'file list', value, 'not an array');
  if (value.length > MAX_FILES)
    throw unsafe(origin, 'file list', value.length, `more than ${MAX_FILES} files`);
  const files: HubFile[] = [];
  const seen = new Map<string, string>();
  const folders = new Set<string>();
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'object' || entry === null)
      throw unsafe(origin, 'file entry', entry, 'not an object');
    const { path, sha256, size } = entry as Record<string, unknown>;
    const file = {
      path: checkFilePath(path, origin),
      sha256: checkDigest(sha256, origin),
      size: checkSize(size, origin),
    };
    const key = foldCase(file.path);
    const other = seen.get(key);
    if (other !== undefined) {
      throw unsafe(
        origin,
        'file path',
        file.path,
        `the same file as ${JSON.stringify(other)} on a case-insensitive file system`,
      );
    }
    seen.set(key, file.path);
    const segments = key.split('/');
    for (let i = 1; i < segments.length; i++) folders.add(segments.slice(0, i).join('/'));
    files.push(file);
  }
  for (const [key, path] of seen) {
    if (folders.has(key))
      throw unsafe(origin, 'file path', path, 'both a file and the folder of another file');
  }
  return files;
}

/** A revision's id and files, validated ({@link checkRevisionId}, {@link checkFileList}). */
export function checkRevision(value: unknown, origin: Origin): { id: string; files: HubFile[] } {
  if (typeof value !== 'object' || value === null) throw unsafe(origin, 'revision', value, 'not an object');
  const { id, files } = value as Record<string, unknown>;
  return { id: checkRevisionId(id, origin), files: checkFileList(files, origin) };
}
