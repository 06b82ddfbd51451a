import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from '../../../prisma/generated/sqlite/client/index.js';
import { PrismaClient as PostgresClient } from '../../../prisma/generated/postgresql/client/index.js';
import { registerProvider } from './sql.js';

/**
 * The index client. Both generated clients come from one schema and have the same API, so the
 * SQLite client's type stands for both.
 */
export type Db = SqliteClient;
/** Index database kind, chosen by the `DATABASE_URL` scheme. */
export type Provider = 'sqlite' | 'postgresql';

/** `file:` → SQLite; `postgres://` / `postgresql://` → PostgreSQL. */
export function providerOf(databaseUrl: string): Provider {
  return databaseUrl.startsWith('file:') ? 'sqlite' : 'postgresql';
}

/** For SQLite: the database file path of a `file:` URL. */
export function sqlitePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:(\/\/)?/, '');
}

/** Opens the index through the driver adapter matching the URL (no native Prisma engine). */
export function openDb(databaseUrl: string): Db {
  if (providerOf(databaseUrl) === 'sqlite') {
    // Concurrent writers queue on SQLite's lock for up to 10 s instead of failing at once.
    const adapter = new PrismaBetterSQLite3({ url: sqlitePath(databaseUrl), timeout: 10_000 });
    const db = new SqliteClient({ adapter });
    registerProvider(db, 'sqlite', sqlitePath(databaseUrl));
    return db;
  }
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: 10 });
  const db = new PostgresClient({ adapter }) as unknown as Db;
  registerProvider(db, 'postgresql');
  return db;
}
