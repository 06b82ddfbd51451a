import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../log.js';
import { createTestDatabase, postgresAvailable } from '../test-support/postgres.js';
import { migrate } from './migrate.js';

const log = createLogger('silent');

/** The migrations of a provider, by name, in the order they apply. */
async function migrationNames(provider: 'sqlite' | 'postgresql'): Promise<string[]> {
  const dir = new URL(`../../../prisma/migrations/${provider}/`, import.meta.url);
  return (await readdir(dir))
    .filter((f) => f.endsWith('.sql'))
    .map((f) => f.replace(/\.sql$/, ''))
    .sort();
}
const withPostgres = await postgresAvailable();

describe('index migrations', () => {
  it('apply once on SQLite, also when two servers start together', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deltahub-migrate-'));
    try {
      const url = `file:${join(dir, 'index.db')}`;
      const runs = await Promise.all([migrate(url, log), migrate(url, log)]);
      expect(runs.flat()).toEqual(await migrationNames('sqlite'));
      expect(await migrate(url, log)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.runIf(withPostgres)('apply once on PostgreSQL under concurrent starts (advisory lock)', async () => {
    const db = await createTestDatabase();
    try {
      const runs = await Promise.all(Array.from({ length: 4 }, () => migrate(db.url, log)));
      expect(runs.flat()).toEqual(await migrationNames('postgresql'));
      expect(await migrate(db.url, log)).toEqual([]);
    } finally {
      await db.drop();
    }
  });
});
