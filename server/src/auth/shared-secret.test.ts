import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { createLogger } from '../log.js';
import { createTestDatabase, postgresAvailable } from '@deltahub/testing';
import { sharedSecret } from './shared-secret.js';

const log = createLogger('silent');
const withPostgres = await postgresAvailable();

/** Opens `instances` clients on one migrated index, as that many hub processes would. */
async function instancesOf(url: string, instances: number) {
  await migrate(url, log);
  return Array.from({ length: instances }, () => openDb(url));
}

async function expectOneSecretFor(url: string): Promise<void> {
  const dbs = await instancesOf(url, 4);
  try {
    const keys = await Promise.all(dbs.map((db) => sharedSecret(db, 'lfs-upload-signing')));
    expect(keys[0]).toHaveLength(32);
    for (const key of keys) expect(key.equals(keys[0]!)).toBe(true);
    // Asked again later, the same; another name is another secret.
    expect((await sharedSecret(dbs[1]!, 'lfs-upload-signing')).equals(keys[0]!)).toBe(true);
    expect((await sharedSecret(dbs[2]!, 'other')).equals(keys[0]!)).toBe(false);
  } finally {
    await Promise.all(dbs.map((db) => db.$disconnect()));
  }
}

describe('sharedSecret', () => {
  it('gives every instance on one SQLite index the same key, made once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deltahub-secret-'));
    try {
      await expectOneSecretFor(`file:${join(dir, 'index.db')}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.runIf(withPostgres)('gives every instance on one PostgreSQL index the same key, made once', async () => {
    const db = await createTestDatabase();
    try {
      await expectOneSecretFor(db.url);
    } finally {
      await db.drop();
    }
  });
});
