import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient, makeDelta, sha256 } from '@deltahub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRepoConsistency } from '../support/consistency.js';
import { serverCli, spawnHub, type HubProcess } from '@deltahub/testing/hub';

const REPO = 'alice/delta';

/** Files in a folder (recursively), or none when it does not exist. */
async function filesUnder(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`gave up waiting for ${what}`);
}

// A hub process on SQLite + files, killed with SIGKILL (no shutdown of any kind) and restarted on
// the same folder.
describe('hub killed mid-upload and mid-commit (SQLite + fs, SIGKILL)', () => {
  let dir: string;
  let env: Record<string, string>;
  let hub: HubProcess;
  let alice: ApiClient;
  let token: string;
  let head: string;
  let commitMs: number;
  /** Per mid-commit kill: its delay, and whether the client's commit request was cut (no answer). */
  const kills: { delayMs: number; cut: boolean }[] = [];

  const restart = async (): Promise<void> => {
    hub = await spawnHub(env);
    alice = new ApiClient(hub.url, token);
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'deltahub-crash-'));
    env = { DELTAHUB_DATA: dir, DELTAHUB_ALLOW_SIGNUP: 'true', DELTAHUB_AUTH_RATE_LIMIT: '100000' };
    hub = await spawnHub(env);
    const res = await fetch(`${hub.url}/api/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'alice' }),
    });
    token = ((await res.json()) as { token: string }).token;
    alice = new ApiClient(hub.url, token);
    expect((await alice.json('POST', '/api/repos', { name: 'delta' })).status).toBe(201);
    const first = await alice.push(REPO, makeDelta(1), { parent: null });
    expect(first.status).toBe(201);
    head = first.body.revision as string;
    // How long one commit takes here, to spread the kills over its whole duration.
    const files = makeDelta(2);
    for (const b of Object.values(files)) await alice.upload(REPO, b);
    const list = Object.entries(files).map(([path, b]) => ({ path, sha256: sha256(b), size: b.length }));
    const started = performance.now();
    const second = await alice.json('POST', `/api/repos/${REPO}/commits/main`, {
      files: list,
      message: 'timed',
      parent: head,
    });
    commitMs = performance.now() - started;
    expect(second.status).toBe(201);
    head = second.body.revision as string;
  });
  afterAll(async () => {
    await hub?.kill();
    await rm(dir, { recursive: true, force: true });
  });

  it('mid-upload: after a restart the index is consistent, GC removes the partial upload, a retry stores the blob', async () => {
    const uploads = join(dir, 'blobs-store', 'uploads');
    const revisionsBefore = (await checkRepoConsistency(alice, REPO)).map((r) => r.id);
    const bytes = randomBytes(4 * 1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(sent, sent + 64 * 1024));
        sent += 64 * 1024;
        await new Promise((resolve) => setTimeout(resolve, 20));
      },
    });
    const upload = fetch(`${hub.url}/api/repos/${REPO}/blobs/${sha256(bytes)}?size=${bytes.length}`, {
      method: 'PUT',
      headers: alice.headers(),
      body,
      duplex: 'half',
    } as RequestInit).catch((err: unknown) => err);
    // Kill once part of the body sits in the temporary file.
    await until(async () => {
      const [temp] = await filesUnder(uploads);
      return temp !== undefined && (await stat(temp)).size > 0;
    }, 'the upload to reach the store');
    await hub.kill();
    expect(await upload).toBeInstanceOf(Error);
    expect(sent).toBeLessThan(bytes.length);
    expect(await filesUnder(uploads)).toHaveLength(1);

    await restart();
    expect((await checkRepoConsistency(alice, REPO)).map((r) => r.id)).toEqual(revisionsBefore);
    expect((await alice.json('GET', `/api/repos/${REPO}`)).body.head.id).toBe(head);

    const report = JSON.parse(await serverCli(env, ['gc', '--grace', '0'])) as { abandonedUploads: number };
    expect(report.abandonedUploads).toBe(1);
    expect(await filesUnder(uploads)).toEqual([]);

    const retried = await alice.upload(REPO, bytes);
    expect(retried.status).toBe(201);
  });

  it.each([0, 0.3, 0.6, 0.9, 1.2])(
    "mid-commit (killed at %f of a commit's duration): the revision is all there or not at all",
    async (fraction) => {
      const delayMs = Math.round(fraction * commitMs);
      const files = makeDelta(100 + fraction * 10);
      const list = Object.entries(files).map(([path, b]) => ({ path, sha256: sha256(b), size: b.length }));
      for (const b of Object.values(files))
        expect([200, 201]).toContain((await alice.upload(REPO, b)).status);
      const known = (await alice.json('GET', `/api/repos/${REPO}/revisions`)).body.length as number;
      const commit = fetch(`${hub.url}/api/repos/${REPO}/commits/main`, {
        method: 'POST',
        headers: alice.headers({ 'content-type': 'application/json' }),
        body: JSON.stringify({ files: list, message: `kill after ${delayMs} ms`, parent: head }),
      }).then(
        async (res) => ({ status: res.status, body: (await res.json()) as { revision?: string } }),
        (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await hub.kill();
      const answer = await commit;
      kills.push({ delayMs, cut: answer instanceof Error });
      await restart();

      const revisions = await checkRepoConsistency(alice, REPO);
      const now = (await alice.json('GET', `/api/repos/${REPO}`)).body.head.id as string;
      console.log(
        `killed ${delayMs} of ~${Math.round(commitMs)} ms into a commit: ${now === head ? 'not committed' : 'committed'}, ` +
          (answer instanceof Error ? 'request cut' : `answered ${answer.status}`),
      );
      if (now === head) {
        // Not committed: no acknowledged answer, and no revision row beyond the old ones.
        expect(answer).not.toMatchObject({ status: 201 });
        expect(revisions).toHaveLength(known);
      } else {
        // Committed: the new head is a complete revision whose parent is the old head.
        expect(revisions).toHaveLength(known + 1);
        const view = await alice.json('GET', `/api/repos/${REPO}/revisions/${now}`);
        expect(view.body.parent).toBe(head);
        expect(view.body.files).toHaveLength(list.length);
        if (!(answer instanceof Error)) expect(answer.body.revision).toBe(now);
        head = now;
      }
      // Committed or not, the same push can be retried to completion.
      const retried = await alice.push(REPO, files, { parent: head });
      expect(retried.status).toBe(201);
      head = retried.body.revision as string;
    },
  );

  it('had at least one kill land mid-commit: the request sent, the hub killed before it answered', () => {
    // Kills at 0 ms may precede the request's arrival, late ones may follow the answer; without a
    // kill in between, the cases above would prove nothing about a commit cut short.
    expect(kills).toHaveLength(5);
    expect(
      kills.filter((k) => k.cut && k.delayMs > 0),
      `no kill after 0 ms cut a commit (commit ~${Math.round(commitMs)} ms): ${JSON.stringify(kills)}`,
    ).not.toEqual([]);
  });

  it('GC then leaves exactly the referenced blobs on disk, and no temporary files', async () => {
    await serverCli(env, ['gc', '--grace', '0']);
    const revisions = await checkRepoConsistency(alice, REPO);
    const referenced = new Set<string>();
    for (const { id } of revisions) {
      const view = await alice.json('GET', `/api/repos/${REPO}/revisions/${id}`);
      for (const f of view.body.files as { sha256: string }[]) referenced.add(f.sha256);
    }
    // Each blob file sits at blobs/sha256/<2 hex>/<sha256>/<upload id>.
    const stored = (await filesUnder(join(dir, 'blobs-store', 'blobs'))).map(
      (p) => /\/([0-9a-f]{64})\/[A-Za-z0-9-]+$/.exec(p)?.[1] ?? p,
    );
    expect(stored.sort()).toEqual([...referenced].sort());
    expect(await filesUnder(join(dir, 'blobs-store', 'uploads'))).toEqual([]);
  });
});
