import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * Node.js 20.19 must run deltahub. npm only warns (EBADENGINE) when a dependency declares a newer
 * Node.js, and such a package may then fail at run time: this keeps the lockfile honest.
 */
const lockfile = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string }; optional?: boolean; os?: string[] }>;
};
const rootPackage = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
};

describe('installed packages', () => {
  it('all accept the oldest Node.js the project supports', () => {
    const oldest = semver.minVersion(rootPackage.engines.node)!;
    expect(oldest.version).toBe('20.19.0');
    const refusing = Object.entries(lockfile.packages)
      .filter(([, pkg]) => typeof pkg.engines?.node === 'string')
      .filter(([, pkg]) => !semver.satisfies(oldest, pkg.engines!.node!))
      .map(([path, pkg]) => `${path} (node ${pkg.engines!.node})`);
    expect(refusing).toEqual([]);
  });
});
