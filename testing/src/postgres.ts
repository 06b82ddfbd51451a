import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { isCi } from './ci.js';

/** Server of the PostgreSQL tests; override with DELTAHUB_TEST_PG (a URL without database). */
const BASE = process.env['DELTAHUB_TEST_PG'] ?? 'postgresql://postgres@127.0.0.1:5432';

/** A fresh database for one test file. */
export interface TestPg {
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${BASE}/postgres`, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Whether the PostgreSQL tests run: yes when reachable; in CI ({@link isCi}) unreachable is an error. */
export async function postgresAvailable(): Promise<boolean> {
  try {
    await admin(async (c) => c.query('SELECT 1'));
    return true;
  } catch (err) {
    if (isCi()) throw new Error(`PostgreSQL at ${BASE} is required in CI: ${(err as Error).message}`);
    console.warn(`PostgreSQL at ${BASE} is unreachable: SKIPPING the PostgreSQL variants of these tests`);
    return false;
  }
}

/** Creates an empty database with a random name; `drop` removes it. */
export async function createTestDatabase(): Promise<TestPg> {
  const name = `deltahub_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  return {
    url: `${BASE}/${name}`,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
