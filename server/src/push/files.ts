import { badRequest } from '../errors.js';
import { checkFilePath, isSha256 } from '../names.js';

/** One file of a push: where it goes and which blob it is. */
export interface FileEntry {
  path: string;
  sha256: string;
  size: number;
}

/** Most files one revision may hold. */
export const MAX_FILES = 10_000;

/** Validates a client's `files` array: paths, digests, sizes, no duplicate paths. Sorted by path. */
export function parseFileList(value: unknown, maxBlobBytes: number): FileEntry[] {
  if (!Array.isArray(value) || value.length > MAX_FILES) {
    throw badRequest(
      'invalid_request',
      `files must be an array of at most ${MAX_FILES} {path, sha256, size}`,
    );
  }
  const seen = new Set<string>();
  const files = value.map((item: unknown, i): FileEntry => {
    const f = (item ?? {}) as Record<string, unknown>;
    if (typeof f['path'] !== 'string')
      throw badRequest('invalid_request', `files[${i}].path must be a string`);
    const path = checkFilePath(f['path']);
    if (!isSha256(f['sha256']))
      throw badRequest('invalid_digest', `files[${i}].sha256 must be 64 lowercase hex characters`);
    const size = f['size'];
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
      throw badRequest('invalid_request', `files[${i}].size must be a non-negative integer`);
    }
    if (size > maxBlobBytes)
      throw badRequest('too_large', `files[${i}] is over the ${maxBlobBytes}-byte limit`);
    if (seen.has(path)) throw badRequest('duplicate_path', `"${path}" appears twice`);
    seen.add(path);
    return { path, sha256: f['sha256'], size };
  });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
