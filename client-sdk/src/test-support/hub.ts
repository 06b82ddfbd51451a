/**
 * Test helpers: a real hub (SQLite + filesystem store in a temp folder, or S3 through s3rver) on
 * an ephemeral port.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startServer, type HubConfig, type RunningHub } from '@deltahub/server';
import { startS3, type TestS3 } from '@deltahub/server/test-support';

/** A running test hub. */
export interface TestHub {
  url: string;
  hub: RunningHub;
  /** Signs up a user and returns a write token for it. */
  user(name: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts a hub on 127.0.0.1 with a fresh database and blob store. `redirectingS3` stores blobs in
 * an s3rver and redirects large downloads to presigned URLs (`DELTAHUB_S3_REDIRECT_DOWNLOADS`).
 */
export async function startTestHub(options: { redirectingS3?: boolean } = {}): Promise<TestHub> {
  const dir = await mkdtemp(join(tmpdir(), 'deltahub-sdk-hub-'));
  const s3: TestS3 | undefined = options.redirectingS3
    ? await startS3({ redirectDownloads: true })
    : undefined;
  const embedded = loadConfig({
    DELTAHUB_DATA: dir,
    PORT: '0',
    LOG_LEVEL: 'silent',
    DELTAHUB_ALLOW_SIGNUP: 'true',
    DELTAHUB_AUTH_RATE_LIMIT: '10000',
  });
  const config: HubConfig = s3 ? { ...embedded, storage: { kind: 's3', s3: s3.config } } : embedded;
  const hub = await startServer(config);
  return {
    url: hub.url,
    hub,
    async user(name) {
      const res = await fetch(`${hub.url}/api/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
      if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    },
    async stop() {
      await hub.close(1000);
      await s3?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A loopback port nothing listens on. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
