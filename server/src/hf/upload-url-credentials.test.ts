import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createToken, revokeToken } from '../auth/accounts.js';
import { loadConfig } from '../config/config.js';
import { startServer, type RunningHub } from '../server.js';
import { bodyOf, sha256, type Json, hubVariants } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

/** Asks the git-lfs batch endpoint for the upload URL of `bytes` into `repo`. */
async function uploadUrl(base: string, token: string, repo: string, bytes: Buffer): Promise<string> {
  const res = await fetch(`${base}/${repo}.git/info/lfs/objects/batch`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/vnd.git-lfs+json' },
    body: JSON.stringify({ operation: 'upload', objects: [{ oid: sha256(bytes), size: bytes.length }] }),
  });
  expect(res.status).toBe(200);
  return ((await bodyOf(res)) as Json).objects[0].actions.upload.href as string;
}

async function createRepo(base: string, token: string, name: string): Promise<void> {
  const res = await fetch(`${base}/api/repos/create`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  expect(res.status).toBe(200);
}

describe.each(await hubVariants())('signed upload URLs die with their token on $db + $storage', (variant) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(variant);
  });
  afterAll(async () => hub?.stop());

  it('refuses an upload URL once the token that obtained it is revoked (401), stores nothing', async () => {
    await hub.user('uma');
    const { id, token } = await createToken(hub.context.db, 'uma', { scope: 'write' });
    await createRepo(hub.url, token, 'leaky');
    const bytes = Buffer.from('bytes uploaded with a leaked URL');
    const href = await uploadUrl(hub.url, token, 'uma/leaky', bytes);
    await revokeToken(hub.context.db, id);
    const put = await fetch(href, { method: 'PUT', body: bytes });
    expect(put.status).toBe(401);
    expect(((await bodyOf(put)) as Json).code).toBe('unauthorized');
    expect(await hub.context.db.blob.findUnique({ where: { sha256: sha256(bytes) } })).toBeNull();

    // A live token's URL still works.
    const fresh = await hub.user('uma');
    const ok = await fetch(await uploadUrl(hub.url, fresh, 'uma/leaky', bytes), {
      method: 'PUT',
      body: bytes,
    });
    expect(ok.status).toBe(200);
  });
});

describe('access logs', () => {
  let hub: RunningHub;
  let dir: string;
  const lines: Json[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'deltahub-log-test-'));
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    hub = await startServer(loadConfig({ DELTAHUB_DATA: dir, PORT: '0' }), log);
  });
  afterAll(async () => {
    await hub?.close(1000);
    await rm(dir, { recursive: true, force: true });
  });

  it('never hold the signature of an upload URL', async () => {
    await addUser(hub.context.db, 'lou');
    const { token } = await createToken(hub.context.db, 'lou', { scope: 'write' });
    await createRepo(hub.url, token, 'logged');
    const bytes = Buffer.from('bytes whose upload URL must not be logged');
    const href = new URL(await uploadUrl(hub.url, token, 'lou/logged', bytes));
    const signature = href.searchParams.get('signature') ?? '';
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect((await fetch(href, { method: 'PUT', body: bytes })).status).toBe(200);
    // The line is written when the response closes.
    await expect.poll(() => lines.some((l) => String(l.url).startsWith('/api/lfs-uploads/'))).toBe(true);
    const logged = lines.find((l) => String(l.url).startsWith('/api/lfs-uploads/'));
    expect(logged.url).toContain('signature=[redacted]');
    expect(logged.url).toContain(`size=${bytes.length}`);
    expect(JSON.stringify(lines)).not.toContain(signature);
  });
});
