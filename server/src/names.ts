import { badRequest } from './errors.js';

/** One segment of a repo id (`owner` or `name`): letters, digits, `.`, `_`, `-`, starting alphanumeric. */
export const NAME_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
/** Names that would shadow top-level routes. */
const RESERVED = new Set(['api', 'health', 'static']);
const MAX_PATH_LENGTH = 1024;
// Control characters, backslash and ':' (drive letters, streams) never belong in a file path.
// eslint-disable-next-line no-control-regex
const BAD_PATH_CHAR = /[\u0000-\u001f\u007f\\:]/;

/** Throws 400 `invalid_name` unless `name` is a valid owner or repo name. */
export function checkName(name: string, what = 'name'): string {
  if (!NAME_SEGMENT.test(name) || name.endsWith('.') || RESERVED.has(name.toLowerCase())) {
    throw badRequest(
      'invalid_name',
      `invalid ${what} "${printable(name)}": use 1-96 letters, digits, '.', '_' or '-', starting with a letter or digit`,
    );
  }
  return name;
}

/** Throws 400 `invalid_path` unless `path` is a relative file path without `.`/`..` segments. */
export function checkFilePath(path: string): string {
  const segments = path.split('/');
  if (
    path.length === 0 ||
    path.length > MAX_PATH_LENGTH ||
    BAD_PATH_CHAR.test(path) ||
    segments.some((s) => s === '' || s === '.' || s === '..')
  ) {
    throw badRequest('invalid_path', `invalid file path "${printable(path)}"`);
  }
  return path;
}

/** Throws 400 `invalid_ref` unless `ref` is a valid branch or tag name (same rules as names). */
export function checkRefName(ref: string): string {
  if (!NAME_SEGMENT.test(ref)) throw badRequest('invalid_ref', `invalid ref name "${printable(ref)}"`);
  return ref;
}

/** True for a 64-character lowercase hex sha256 digest. */
export function isSha256(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}

/** Shortens and escapes a client-supplied string for an error message. */
function printable(s: string): string {
  return JSON.stringify(s.slice(0, 120)).slice(1, -1);
}
