import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../log.js';
import { createTestDatabase, postgresAvailable } from '@deltahub/testing';
import { openDb } from './client.js';
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

/** Runs `statements` on a database, as one script. */
async function run(provider: 'sqlite' | 'postgresql', url: string, statements: string): Promise<void> {
  if (provider === 'sqlite') {
    const db = new Database(url.slice('file:'.length));
    try {
      db.exec(statements);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statements);
  } finally {
    await client.end();
  }
}

/** Brings a database to the schema of migration `last`, recorded as the server records it. */
async function migrateUpTo(provider: 'sqlite' | 'postgresql', url: string, last: string): Promise<void> {
  const dir = new URL(`../../../prisma/migrations/${provider}/`, import.meta.url);
  await run(
    provider,
    url,
    'CREATE TABLE _deltahub_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)',
  );
  for (const name of (await migrationNames(provider)).filter((n) => n <= last)) {
    await run(provider, url, await readFile(new URL(`${name}.sql`, dir), 'utf8'));
    await run(provider, url, `INSERT INTO _deltahub_migrations VALUES ('${name}', 'before')`);
  }
}

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
/** An index as of 0005: alice's repo with two revisions sharing a blob, an org repo, bob with none. */
const BEFORE_GRANTS = `
  INSERT INTO "Account" ("id", "name", "kind") VALUES ('u1', 'alice', 'user'), ('o1', 'lab', 'org'), ('u2', 'bob', 'user');
  INSERT INTO "Repo" ("id", "ownerId", "name") VALUES ('r1', 'u1', 'one'), ('r2', 'o1', 'two');
  INSERT INTO "Revision" ("id", "repoId", "authorId") VALUES ('v1', 'r1', 'u1'), ('v2', 'r1', 'u1'), ('v3', 'r2', 'u1');
  INSERT INTO "RevisionFile" ("revisionId", "path", "sha256", "size") VALUES
    ('v1', 'w', '${A}', 10), ('v2', 'w', '${A}', 10), ('v2', 'x', '${B}', 20), ('v3', 'w', '${A}', 10);`;

describe.each([
  { provider: 'sqlite' as const, enabled: true },
  { provider: 'postgresql' as const, enabled: withPostgres },
])('migration 0006 on $provider', ({ provider, enabled }) => {
  it.runIf(enabled)(
    'grants every namespace the blobs of its existing revisions, and folds name case',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'deltahub-migrate-'));
      const pgDb = provider === 'postgresql' ? await createTestDatabase() : undefined;
      const url = pgDb?.url ?? `file:${join(dir, 'index.db')}`;
      try {
        await migrateUpTo(provider, url, '0005_blob_object_key');
        await run(provider, url, BEFORE_GRANTS);
        expect((await migrate(url, log))[0]).toBe('0006_blob_grants_quotas');
        const db = openDb(url);
        try {
          const grants = await db.blobGrant.findMany({ orderBy: [{ accountId: 'asc' }, { sha256: 'asc' }] });
          expect(grants.map((g) => [g.accountId, g.sha256, Number(g.size)])).toEqual([
            ['o1', A, 10],
            ['u1', A, 10],
            ['u1', B, 20],
          ]);
          // Written in the form the client compares: GC's age filter must see them as new.
          expect(
            await db.blobGrant.count({ where: { createdAt: { gt: new Date(Date.now() - 60_000) } } }),
          ).toBe(3);
          await expect(
            db.account.create({ data: { id: 'u3', name: 'Alice', kind: 'user' } }),
          ).rejects.toMatchObject({ code: 'P2002' });
        } finally {
          await db.$disconnect();
        }
      } finally {
        await pgDb?.drop();
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});

/** An index as of 0006 with backbones recorded by older clients: ids, and local paths. */
const BEFORE_PEFT = `
  INSERT INTO "Account" ("id", "name", "kind") VALUES ('u1', 'alice', 'user');
  INSERT INTO "Repo" ("id", "ownerId", "name", "backboneName") VALUES
    ('r1', 'u1', 'id', 'alice/tiny-bert'), ('r2', 'u1', 'legacy', 'bert-base-uncased'),
    ('r3', 'u1', 'abs', '/home/alice/models/bert'), ('r4', 'u1', 'rel', './bert'),
    ('r5', 'u1', 'win', 'C:\\models\\bert'), ('r6', 'u1', 'deep', 'models/bert/base'), ('r7', 'u1', 'home', '~/bert');
  INSERT INTO "Revision" ("id", "repoId", "authorId", "backboneName") VALUES
    ('v1', 'r1', 'u1', 'alice/tiny-bert'), ('v3', 'r3', 'u1', '/home/alice/models/bert');`;

describe.each([
  { provider: 'sqlite' as const, enabled: true },
  { provider: 'postgresql' as const, enabled: withPostgres },
])('migration 0008 on $provider', ({ provider, enabled }) => {
  it.runIf(enabled)('records backbones recorded as local paths as unknown and keeps hub ids', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deltahub-migrate-'));
    const pgDb = provider === 'postgresql' ? await createTestDatabase() : undefined;
    const url = pgDb?.url ?? `file:${join(dir, 'index.db')}`;
    try {
      await migrateUpTo(provider, url, '0006_blob_grants_quotas');
      await run(provider, url, BEFORE_PEFT);
      expect(await migrate(url, log)).toContain('0008_peft_config');
      const db = openDb(url);
      try {
        const repos = await db.repo.findMany({
          orderBy: { id: 'asc' },
          select: { name: true, backboneName: true },
        });
        expect(Object.fromEntries(repos.map((r) => [r.name, r.backboneName]))).toEqual({
          id: 'alice/tiny-bert',
          legacy: 'bert-base-uncased',
          abs: 'unknown',
          rel: 'unknown',
          win: 'unknown',
          deep: 'unknown',
          home: 'unknown',
        });
        const revisions = await db.revision.findMany({
          orderBy: { id: 'asc' },
          select: { backboneName: true, peftConfig: true },
        });
        expect(revisions).toEqual([
          { backboneName: 'alice/tiny-bert', peftConfig: null },
          { backboneName: 'unknown', peftConfig: null },
        ]);
      } finally {
        await db.$disconnect();
      }
    } finally {
      await pgDb?.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
