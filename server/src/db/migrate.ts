import { readdir, readFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { Umzug, type UmzugStorage } from 'umzug';
import type { Logger } from '../log.js';
import { providerOf, sqlitePath, type Provider } from './client.js';

/** prisma/migrations/<provider>/NNNN_name.sql, written offline by prisma/scripts/new-migration.mjs. */
const MIGRATIONS_DIR = fileURLToPath(new URL('../../../prisma/migrations/', import.meta.url));
const TABLE = '_deltahub_migrations';
// Any fixed 64-bit number: the advisory lock that serialises servers starting together.
const PG_LOCK_ID = 4_242_017_001;

/** Minimal SQL surface both providers offer to the migration run. */
interface SqlRunner {
  exec(sql: string): Promise<void>;
  names(): Promise<string[]>;
  record(name: string): Promise<void>;
}

const SQLITE_LOCK_WAIT_MS = 30_000;

/** Runs `attempt` until it does not fail with SQLITE_BUSY, for up to 30 s. */
async function retryWhileBusy(attempt: () => void): Promise<void> {
  const deadline = Date.now() + SQLITE_LOCK_WAIT_MS;
  for (;;) {
    try {
      attempt();
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

async function migrationFiles(provider: Provider): Promise<{ name: string; path: string }[]> {
  const dir = `${MIGRATIONS_DIR}${provider}/`;
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  return files.map((f) => ({ name: f.replace(/\.sql$/, ''), path: dir + f }));
}

async function runUmzug(provider: Provider, sql: SqlRunner, log: Logger): Promise<string[]> {
  await sql.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`);
  const storage: UmzugStorage = {
    executed: () => sql.names(),
    logMigration: ({ name }) => sql.record(name),
    unlogMigration: () => Promise.reject(new Error('index migrations are forward-only')),
  };
  const files = await migrationFiles(provider);
  const umzug = new Umzug({
    migrations: files.map((f) => ({
      name: f.name,
      up: async () => sql.exec(await readFile(f.path, 'utf8')),
    })),
    storage,
    logger: undefined,
  });
  const applied = await umzug.up();
  for (const m of applied) log.info({ migration: m.name, provider }, 'applied index migration');
  return applied.map((m) => m.name);
}

/**
 * Brings the index schema up to date and returns the names of the migrations applied.
 * The whole run is one transaction holding a lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an
 * advisory transaction lock), so servers starting together apply each migration exactly once and
 * a failed migration leaves nothing behind. Prisma's own `migrate deploy` is not used: with the
 * JS schema engine it fails on PostgreSQL.
 */
export async function migrate(databaseUrl: string, log: Logger): Promise<string[]> {
  const provider = providerOf(databaseUrl);
  if (provider === 'sqlite') {
    const path = sqlitePath(databaseUrl);
    await mkdir(dirname(path), { recursive: true });
    // No busy timeout: better-sqlite3 would wait synchronously, blocking this process's event
    // loop and any other migration run in it. The lock is retried asynchronously instead.
    const db = new Database(path, { timeout: 0 });
    try {
      await retryWhileBusy(() => {
        // WAL lets readers run while a push commits; the setting persists in the file.
        db.pragma('journal_mode = WAL');
        db.exec('BEGIN IMMEDIATE');
      });
      try {
        const applied = await runUmzug(
          provider,
          {
            exec: async (s) => void db.exec(s),
            names: async () =>
              (db.prepare(`SELECT name FROM ${TABLE} ORDER BY name`).all() as { name: string }[]).map(
                (r) => r.name,
              ),
            record: async (name) =>
              void db
                .prepare(`INSERT INTO ${TABLE} (name, applied_at) VALUES (?, ?)`)
                .run(name, new Date().toISOString()),
          },
          log,
        );
        db.exec('COMMIT');
        return applied;
      } catch (err) {
        db.exec('ROLLBACK');
        throw err;
      }
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [PG_LOCK_ID]);
      const applied = await runUmzug(
        provider,
        {
          exec: async (s) => void (await client.query(s)),
          names: async () =>
            (await client.query<{ name: string }>(`SELECT name FROM ${TABLE} ORDER BY name`)).rows.map(
              (r) => r.name,
            ),
          record: async (name) =>
            void (await client.query(`INSERT INTO ${TABLE} (name, applied_at) VALUES ($1, $2)`, [
              name,
              new Date().toISOString(),
            ])),
        },
        log,
      );
      await client.query('COMMIT');
      return applied;
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    }
  } finally {
    await client.end();
  }
}
