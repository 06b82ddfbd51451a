import { describe, expect, it } from 'vitest';
import { movedLocation, RepoMovedError } from './redirects.js';

const moved = new RepoMovedError({ owner: 'alice', name: 'old' }, { owner: 'lab', name: 'new name' });

describe('movedLocation', () => {
  it('replaces the repo in the path and keeps the rest and the query', () => {
    expect(movedLocation('/api/repos/alice/old/refs', moved)).toBe('/api/repos/lab/new%20name/refs');
    expect(movedLocation('/alice/old/resolve/main/a%20b.txt?download=1', moved)).toBe(
      '/lab/new%20name/resolve/main/a%20b.txt?download=1',
    );
    expect(movedLocation('/api/models/alice/old', moved)).toBe('/api/models/lab/new%20name');
    expect(movedLocation('/alice/old.git/info/lfs/objects/batch', moved)).toBe(
      '/lab/new%20name.git/info/lfs/objects/batch',
    );
  });

  it('matches the first owner/name pair only, never a file path that repeats it', () => {
    expect(movedLocation('/alice/old/resolve/main/alice/old', moved)).toBe(
      '/lab/new%20name/resolve/main/alice/old',
    );
  });

  it('falls back on the repo page when the path does not name the repo', () => {
    expect(movedLocation('/api/repos/move', moved)).toBe('/lab/new%20name');
  });
});
