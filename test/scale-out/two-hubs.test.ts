import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createTestDatabase,
  ApiClient,
  makeDelta,
  postgresAvailable,
  sha256,
  type TestPg,
} from '@deltahub/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRevisionFiles } from '../support/consistency.js';
import { s3Env, spawnHub, type HubProcess } from '@deltahub/testing/hub';
import { startS3rverProcess, type S3rverProcess } from '../support/s3rver-process.js';
import { runLoad } from './load.js';

const MIGRATIONS = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'prisma',
  'migrations',
  'postgresql',
);
const REPOS = ['alice/shared-a', 'alice/shared-b', 'alice/shared-c', 'alice/shared-d'];

// Two hub processes on one PostgreSQL database and one S3 bucket (s3rver), as behind a load
// balancer. Without PostgreSQL this says skipped (CI=true: fails).
describe.runIf(await postgresAvailable())('two hubs sharing PostgreSQL and S3', () => {
  let db: TestPg;
  let s3: S3rverProcess;
  const dirs: string[] = [];
  let a: HubProcess;
  let b: HubProcess;
  let viaA: ApiClient;
  let viaB: ApiClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    s3 = await startS3rverProcess();
    const envFor = async (): Promise<Record<string, string>> => {
      const dir = await mkdtemp(join(tmpdir(), 'deltahub-two-hubs-'));
      dirs.push(dir);
      return {
        DELTAHUB_DATA: dir,
        DATABASE_URL: db.url,
        ...s3Env(s3.config),
        DELTAHUB_ALLOW_SIGNUP: 'true',
        DELTAHUB_AUTH_RATE_LIMIT: '1000000',
        // 20 clients share one user and token here: more uploads at once, and more writes a minute,
        // than one user or token is allowed by default. This suite measures the hubs, not the limits.
        DELTAHUB_MAX_CONCURRENT_UPLOADS: '100',
        DELTAHUB_WRITE_RATE_LIMIT: '1000000',
      };
    };
    // Started together on an empty database: the migration lock must serialise them.
    [a, b] = await Promise.all([spawnHub(await envFor()), spawnHub(await envFor())]);
    const res = await fetch(`${a.url}/api/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'alice' }),
    });
    const { token } = (await res.json()) as { token: string };
    viaA = new ApiClient(a.url, token);
    viaB = new ApiClient(b.url, token);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await s3?.close();
    await db?.drop();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('applied each migration exactly once though both started together', async () => {
    const names = (await readdir(MIGRATIONS))
      .filter((f) => f.endsWith('.sql'))
      .map((f) => f.replace(/\.sql$/, ''))
      .sort();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>(
        'SELECT name FROM _deltahub_migrations ORDER BY name',
      );
      expect(rows.map((r) => r.name)).toEqual(names);
    } finally {
      await client.end();
    }
    // Between them the two hubs logged each migration once: one applied it, the other found it done.
    const applied = [a.output(), b.output()]
      .join('\n')
      .split('\n')
      .filter((line) => line.includes('applied index migration'))
      .map((line) => (JSON.parse(line) as { migration: string }).migration)
      .sort();
    expect(applied).toEqual(names);
  });

  it('a push through one hub is visible through the other at once', async () => {
    for (const repo of REPOS)
      expect((await viaA.json('POST', '/api/repos', { name: repo.split('/')[1] })).status).toBe(201);
    const files = makeDelta(1);
    const pushed = await viaA.push(REPOS[0]!, files, { parent: null });
    expect(pushed.status).toBe(201);
    const seen = await viaB.json('GET', `/api/repos/${REPOS[0]}`);
    expect(seen.body.head.id).toBe(pushed.body.revision);
    expect(await checkRevisionFiles(viaB, REPOS[0]!, pushed.body.revision as string)).toBe(3);

    // And back: B pushes on top of A's revision, A sees it.
    const second = await viaB.push(REPOS[0]!, makeDelta(2), { parent: pushed.body.revision as string });
    expect(second.status).toBe(201);
    expect((await viaA.json('GET', `/api/repos/${REPOS[0]}`)).body.head.id).toBe(second.body.revision);
    const raw = await fetch(`${a.url}/${REPOS[0]}/resolve/main/delta.safetensors`);
    expect(sha256(new Uint8Array(await raw.arrayBuffer()))).toBe(sha256(makeDelta(2)['delta.safetensors']!));
  });

  it('20 concurrent clients pushing and pulling through both for 15 s: no errors, no lost revisions', async () => {
    const report = await runLoad({ hubs: [viaA, viaB], repos: REPOS, clients: 20, durationMs: 15_000 });
    console.log(
      `two hubs, 20 clients, 15 s: ${report.acknowledged.length} revisions acknowledged, ${report.conflicts} stale-parent 409s (retried), ` +
        `${report.pulls} pulls, ${report.filesVerified} files sha256-verified, ${report.retried503} 503s retried, ${report.errors.length} errors`,
    );
    // On failure, show what the hubs logged about it.
    const hubErrors = [a.output(), b.output()]
      .join('\n')
      .split('\n')
      .filter((line) => line.includes('"level":50'))
      .join('\n');
    expect(report.errors, hubErrors).toEqual([]);
    expect(report.acknowledged.length).toBeGreaterThan(0);
    expect(report.pulls).toBeGreaterThan(0);

    // Zero lost revisions: every acknowledged one is listed and downloads intact, through both hubs.
    for (const repo of REPOS) {
      const mine = report.acknowledged.filter((r) => r.repo === repo);
      for (const via of [viaA, viaB]) {
        const listed = new Set(
          (await via.json('GET', `/api/repos/${repo}/revisions`)).body.map((r: { id: string }) => r.id),
        );
        for (const ack of mine) expect(listed.has(ack.revision), `${repo}@${ack.revision}`).toBe(true);
      }
    }
    for (const [i, ack] of report.acknowledged.entries()) {
      const via = i % 2 ? viaA : viaB;
      const view = await via.json('GET', `/api/repos/${ack.repo}/revisions/${ack.revision}`);
      const recorded = Object.fromEntries(
        (view.body.files as { path: string; sha256: string }[]).map((f) => [f.path, f.sha256]),
      );
      expect(recorded).toEqual(ack.files);
      expect(await checkRevisionFiles(via, ack.repo, ack.revision)).toBe(3);
    }
  }, 120_000);
});
