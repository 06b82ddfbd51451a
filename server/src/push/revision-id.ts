import { createHash } from 'node:crypto';
import type { FileEntry } from './files.js';

/** What a revision id commits to. */
export interface RevisionContent {
  repoId: string;
  parent: string | null;
  author: string;
  message: string;
  /** Sorted by path (parseFileList sorts). */
  files: FileEntry[];
}

/**
 * The revision id: sha256 of the canonical JSON of its content (fixed key order, files sorted by
 * path). The repo and the parent are part of it, so ids are unique across repos and histories.
 */
export function revisionId(content: RevisionContent): string {
  const canonical = JSON.stringify([
    'deltahub-revision-v1',
    content.repoId,
    content.parent,
    content.author,
    content.message,
    content.files.map((f) => [f.path, f.sha256, f.size]),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
