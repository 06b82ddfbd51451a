import { badRequest } from '../errors.js';
import { checkFilePath } from '../names.js';
import type { RevisionFileView } from './revision-files.js';

/** The most paths one paths-info request may ask about. */
export const MAX_PATHS_INFO = 1000;

/** What a path of a revision is: a file (with its blob) or a folder holding files. */
export type PathInfo = ({ type: 'file' } & RevisionFileView) | { type: 'directory'; path: string };

/**
 * What each of `paths` is in a revision holding `files`, in the order asked; paths that are
 * neither a file nor a folder are left out, as the Hugging Face Hub does. One pass over the
 * revision's files (bounded by the commit limits), then a lookup per path.
 */
export function pathsInfo(files: readonly RevisionFileView[], paths: unknown): PathInfo[] {
  if (!Array.isArray(paths) || paths.length > MAX_PATHS_INFO || paths.some((p) => typeof p !== 'string'))
    throw badRequest('invalid_request', `paths must be a list of at most ${MAX_PATHS_INFO} strings`);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const folders = new Set<string>();
  for (const f of files) {
    for (let slash = f.path.indexOf('/'); slash > 0; slash = f.path.indexOf('/', slash + 1))
      folders.add(f.path.slice(0, slash));
  }
  const out: PathInfo[] = [];
  const seen = new Set<string>();
  for (const raw of paths as string[]) {
    const path = checkFilePath(raw.replace(/\/+$/, ''));
    if (seen.has(path)) continue;
    seen.add(path);
    const file = byPath.get(path);
    if (file) out.push({ type: 'file', ...file });
    else if (folders.has(path)) out.push({ type: 'directory', path });
  }
  return out;
}
