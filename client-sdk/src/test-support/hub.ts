/** Test helpers: a real hub (SQLite + filesystem store in a temp folder) on an ephemeral port. */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startServer, type RunningHub } from '@deltahub/server';

/** A running test hub. */
export interface TestHub {
  url: string;
  hub: RunningHub;
  /** Signs up a user and returns a write token for it. */
  user(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** Starts a hub on 127.0.0.1 with a fresh database and blob store. */
export async function startTestHub(): Promise<TestHub> {
  const dir = await mkdtemp(join(tmpdir(), 'deltahub-sdk-hub-'));
  const config = loadConfig({
    DELTAHUB_DATA: dir,
    PORT: '0',
    LOG_LEVEL: 'silent',
    DELTAHUB_ALLOW_SIGNUP: 'true',
    DELTAHUB_AUTH_RATE_LIMIT: '10000',
  });
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
