import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileEntry } from '../push/files.js';
import { applyOperations, type ResolvedOperation } from './commit-ops.js';

const entry = (path: string, sha256 = 'a'.repeat(64)): FileEntry => ({ path, sha256, size: 1 });
const byPath = (files: FileEntry[]): FileEntry[] => [...files].sort((a, b) => (a.path < b.path ? -1 : 1));

/** The Hub's semantics stated plainly (a full scan per folder delete): the reference to agree with. */
function reference(parent: FileEntry[], ops: ResolvedOperation[]): FileEntry[] {
  const files = new Map(parent.map((f) => [f.path, f]));
  for (const op of ops) {
    if (op.kind === 'add') files.set(op.file.path, op.file);
    else if (!op.folder) files.delete(op.path);
    else for (const path of [...files.keys()]) if (path.startsWith(`${op.path}/`)) files.delete(path);
  }
  return [...files.values()];
}

/**
 * Counts the entries that Map iterations yield while `fn` runs: the work of scanning a file map,
 * which a folder delete must not repeat over the whole revision.
 */
function mapEntriesVisited(fn: () => void): number {
  const proto = Map.prototype;
  const originals = {
    keys: proto.keys,
    values: proto.values,
    entries: proto.entries,
    forEach: proto.forEach,
  };
  let visited = 0;
  const counting = <T>(original: (this: Map<unknown, unknown>) => IterableIterator<T>) =>
    function (this: Map<unknown, unknown>): IterableIterator<T> {
      const inner = original.call(this);
      return {
        next() {
          const step = inner.next();
          if (!step.done) visited++;
          return step;
        },
        [Symbol.iterator]() {
          return this;
        },
      } as IterableIterator<T>;
    };
  proto.keys = counting(originals.keys);
  proto.values = counting(originals.values);
  proto.entries = counting(originals.entries);
  proto[Symbol.iterator] = proto.entries;
  proto.forEach = function (
    this: Map<unknown, unknown>,
    ...args: Parameters<Map<unknown, unknown>['forEach']>
  ) {
    visited += this.size;
    return originals.forEach.apply(this, args);
  };
  try {
    fn();
  } finally {
    Object.assign(proto, originals);
    proto[Symbol.iterator] = originals.entries;
  }
  return visited;
}

describe('applyOperations', () => {
  it('agrees with the reference on random revisions and operations (a later operation on a path wins)', () => {
    const segment = fc.constantFrom('a', 'b', 'c', 'd.txt');
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
    const op: fc.Arbitrary<ResolvedOperation> = fc.oneof(
      fc.record({ path, sha: fc.constantFrom('1', '2') }).map(({ path, sha }) => ({
        kind: 'add' as const,
        file: entry(path, sha.repeat(64)),
      })),
      fc
        .record({ path, folder: fc.boolean() })
        .map(({ path, folder }) => ({ kind: 'delete' as const, path, folder })),
    );
    fc.assert(
      fc.property(fc.uniqueArray(path, { maxLength: 30 }), fc.array(op, { maxLength: 30 }), (paths, ops) => {
        const parent = paths.map((p) => entry(p));
        expect(byPath(applyOperations(parent, ops))).toEqual(byPath(reference(parent, ops)));
      }),
      { numRuns: 500 },
    );
  });

  it('deletes a folder in proportion to its path, not to the size of the revision', () => {
    const files = 2000;
    const parent = Array.from({ length: files }, (_, i) => entry(`d${i}/weights.bin`));
    // Half the folders exist, half do not: every delete would scan all 2000 paths otherwise.
    const ops: ResolvedOperation[] = Array.from({ length: 2000 }, (_, i) => ({
      kind: 'delete',
      path: `d${i * 2}`,
      folder: true,
    }));
    let result: FileEntry[] = [];
    const visited = mapEntriesVisited(() => {
      result = applyOperations(parent, ops);
    });
    expect(result.map((f) => f.path).sort()).toEqual(
      Array.from({ length: 1000 }, (_, i) => `d${i * 2 + 1}/weights.bin`).sort(),
    );
    // Listing the result visits each remaining file and folder once; a scan per delete, 4 million.
    expect(visited).toBeLessThanOrEqual(4 * (files + ops.length));
  });

  it('keeps a file named like a deleted folder, and what is added after the delete', () => {
    const parent = [entry('a'), entry('a/b'), entry('a/c/d'), entry('ab/x')];
    const ops: ResolvedOperation[] = [
      { kind: 'delete', path: 'a', folder: true },
      { kind: 'add', file: entry('a/new') },
    ];
    expect(byPath(applyOperations(parent, ops)).map((f) => f.path)).toEqual(['a', 'a/new', 'ab/x']);
  });
});
