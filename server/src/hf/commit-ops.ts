import { createHash } from 'node:crypto';
import { badRequest, HubError } from '../errors.js';
import { checkFilePath, isSha256 } from '../names.js';
import type { FileEntry } from '../push/files.js';
import { FileTree } from './file-tree.js';
import type { NdjsonLine } from './ndjson.js';

/** The header line of a commit. */
export interface CommitHeader {
  summary: string;
  description: string;
  parentCommit: string | undefined;
}

/** What one NDJSON line asks for. */
export type CommitOperation =
  | { kind: 'header'; header: CommitHeader }
  | { kind: 'file'; path: string; content: Buffer; sha256: string }
  /** `size` is optional on the wire (the Hub's API does not require it): the stored blob's size is used. */
  | { kind: 'lfsFile'; file: Omit<FileEntry, 'size'> & { size: number | undefined } }
  | { kind: 'delete'; path: string; folder: boolean };

const str = (v: unknown): v is string => typeof v === 'string';

/** Prefixes a validation error with its line number, so the client knows which line is wrong. */
function atLine(line: number, check: () => CommitOperation): CommitOperation {
  try {
    return check();
  } catch (err) {
    if (err instanceof HubError && err.status === 400)
      throw badRequest(err.code, `line ${line}: ${err.message}`, err);
    throw err;
  }
}

/**
 * Validates one line of a Hugging Face NDJSON commit: `header`, `file` (inline content, base64 or
 * utf-8), `lfsFile` (a blob uploaded through LFS, by sha256), `deletedFile`, `deletedFolder`.
 * Renames (`oldPath`) are not supported.
 */
export function parseCommitLine({ line, value }: NdjsonLine): CommitOperation {
  return atLine(line, () => {
    const { key, value: v } = (value ?? {}) as { key?: unknown; value?: unknown };
    const op = (v ?? {}) as Record<string, unknown>;
    if (typeof v !== 'object' || v === null) throw badRequest('invalid_commit', `"value" must be an object`);
    if (op['oldPath'] !== undefined)
      throw badRequest('invalid_commit', 'renames (oldPath) are not supported');
    if (key === 'header') {
      if (!str(op['summary']) || op['summary'].length > 10_000)
        throw badRequest('invalid_commit', 'header.summary must be a string of at most 10000 characters');
      const description = op['description'] ?? '';
      if (!str(description) || description.length > 100_000)
        throw badRequest('invalid_commit', 'header.description must be a string');
      const parent = op['parentCommit'];
      if (parent !== undefined && parent !== null && !isSha256(parent))
        throw badRequest('invalid_commit', 'header.parentCommit must be a revision id');
      return {
        kind: 'header',
        header: { summary: op['summary'], description, parentCommit: parent ?? undefined },
      };
    }
    if (!str(op['path'])) throw badRequest('invalid_commit', `${String(key)}.path must be a string`);
    if (key === 'deletedFolder')
      return { kind: 'delete', path: checkFilePath(op['path'].replace(/\/+$/, '')), folder: true };
    const path = checkFilePath(op['path']);
    if (key === 'deletedFile') return { kind: 'delete', path, folder: false };
    if (key === 'file') {
      const encoding = op['encoding'] ?? 'utf-8';
      if (!str(op['content']) || (encoding !== 'base64' && encoding !== 'utf-8'))
        throw badRequest('invalid_commit', 'file.content must be a string, encoding base64 or utf-8');
      const content = Buffer.from(op['content'], encoding === 'base64' ? 'base64' : 'utf8');
      return { kind: 'file', path, content, sha256: createHash('sha256').update(content).digest('hex') };
    }
    if (key === 'lfsFile') {
      if ((op['algo'] ?? 'sha256') !== 'sha256' || !isSha256(op['oid']))
        throw badRequest('invalid_commit', 'lfsFile needs algo sha256 and oid, a lowercase hex sha256');
      const size = op['size'] ?? undefined;
      if (size !== undefined && (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0))
        throw badRequest('invalid_commit', 'lfsFile.size must be a non-negative integer');
      return { kind: 'lfsFile', file: { path, sha256: op['oid'], size } };
    }
    throw badRequest('invalid_commit', `unknown key ${JSON.stringify(key)}`);
  });
}

/** An operation ready to apply: a file whose blob is stored, or a deletion. */
export type ResolvedOperation =
  { kind: 'add'; file: FileEntry } | { kind: 'delete'; path: string; folder: boolean };

/**
 * The files of the new revision, in no particular order: the parent's, with the operations applied
 * in order (a later operation on a path wins, as in the Hub). Each operation costs in proportion
 * to the depth of its path, so a commit of many folder deletes on a large revision stays cheap.
 */
export function applyOperations(parentFiles: FileEntry[], ops: ResolvedOperation[]): FileEntry[] {
  const tree = new FileTree(parentFiles);
  for (const op of ops) {
    if (op.kind === 'add') tree.set(op.file);
    else if (op.folder) tree.deleteFolder(op.path);
    else tree.deleteFile(op.path);
  }
  return tree.files();
}
