import type { RunningHub } from '@deltahub/server';
import {
  createTestDatabase,
  ApiClient,
  isStored,
  makeDelta,
  postgresAvailable,
  sha256,
  type TestPg,
} from '@deltahub/testing';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { indexState } from '../support/index-state.js';
import { startHubBehindRelay, type HubBehindRelay } from '../support/hub-behind-relay.js';
import type { TestHub } from '@deltahub/testing/hub';
import type { TcpProxy } from '../support/tcp-proxy.js';

// PostgreSQL through a relay the test cuts. Without PostgreSQL this says skipped (CI=true: fails).
describe.runIf(await postgresAvailable())('PostgreSQL unreachable', () => {
  let db: TestPg;
  let relay: HubBehindRelay;
  let proxy: TcpProxy;
  let hub: TestHub<RunningHub>;
  let alice: ApiClient;
  let head: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const url = new URL(db.url);
    relay = await startHubBehindRelay(Number(url.port || 5432), (port) => {
      url.port = String(port);
      return { DATABASE_URL: url.toString() };
    });
    ({ proxy, hub, alice, head } = relay);
  });
  // A failed assertion must not leave the database cut for the next test.
  afterEach(() => proxy.restore());
  afterAll(async () => {
    await relay?.stop();
    await db?.drop();
  });

  it('answers reads, uploads and commits with 503 and writes nothing', async () => {
    const files = makeDelta(2);
    for (const bytes of Object.values(files))
      expect([200, 201]).toContain((await alice.upload('alice/delta', bytes)).status);
    const list = Object.entries(files).map(([path, b]) => ({ path, sha256: sha256(b), size: b.length }));
    const fresh = new TextEncoder().encode('a blob uploaded while the index is away');
    const before = await indexState(hub);

    proxy.cut();
    const info = await new ApiClient(hub.url).json('GET', '/api/repos/alice/delta');
    expect(info.status).toBe(503);
    expect(info.body.error.code).toBe('database_unavailable');
    expect(info.headers.get('retry-after')).not.toBeNull();
    // With a token, the credential check is the first query to fail (never silently anonymous).
    const upload = await alice.upload('alice/delta', fresh);
    expect(upload.status).toBe(503);
    expect(upload.body.error.code).toBe('auth_unavailable');
    const commit = await alice.json('POST', '/api/repos/alice/delta/commits/main', {
      files: list,
      message: 'while the index is away',
      parent: head,
    });
    expect(commit.status).toBe(503);
    expect(commit.body.error.code).toBe('auth_unavailable');
    proxy.restore();

    // Nothing half-done: no row, no stored bytes for the refused upload, the branch where it was.
    expect(await indexState(hub)).toEqual(before);
    expect(await isStored(hub, sha256(fresh))).toBe(false);
    expect((await alice.json('GET', '/api/repos/alice/delta')).body.head.id).toBe(head);

    const retried = await alice.json('POST', '/api/repos/alice/delta/commits/main', {
      files: list,
      message: 'after the index came back',
      parent: head,
    });
    expect(retried.status, JSON.stringify(retried.body)).toBe(201);
    head = retried.body.revision as string;
  });

  it("recovers by itself when PostgreSQL terminates the hub's connections", async () => {
    expect((await alice.json('GET', '/api/repos/alice/delta')).status).toBe(200); // the pool has connections
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    try {
      const name = new URL(db.url).pathname.slice(1);
      const ended = await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [name],
      );
      expect(ended.rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    // The pool drops the dead connections and opens new ones: at most one request sees the outage.
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await alice.json('GET', '/api/repos/alice/delta')).status);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect(statuses.slice(1)).toEqual([200, 200]);
    const pushed = await alice.push('alice/delta', makeDelta(3), { parent: head });
    expect(pushed.status, JSON.stringify(pushed.body)).toBe(201);
  });
});
