/**
 * A hub in this process (the built `@deltahub/server`), configured from an environment map, with
 * signup enabled: tests reach its index and store through `hub.context` to check what was kept.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startServer, type RunningHub } from '@deltahub/server';

/** A running in-process hub and the folder it owns. */
export interface InProcessHub extends RunningHub {
  /** Signs `name` up and returns its write token. */
  signup(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** Starts a hub on an ephemeral port; `env` overrides the embedded defaults (SQLite + fs in a temp folder). */
export async function startInProcessHub(env: Record<string, string> = {}): Promise<InProcessHub> {
  const dir = await mkdtemp(join(tmpdir(), 'deltahub-test-hub-'));
  const hub = await startServer(
    loadConfig({
      DELTAHUB_DATA: dir,
      PORT: '0',
      LOG_LEVEL: 'silent',
      DELTAHUB_ALLOW_SIGNUP: 'true',
      DELTAHUB_AUTH_RATE_LIMIT: '100000',
      ...env,
    }),
  );
  return {
    ...hub,
    async signup(name) {
      const res = await fetch(`${hub.url}/api/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
      if (res.status !== 201) throw new Error(`signup answered ${res.status}: ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    },
    async stop() {
      await hub.close(1000);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The `DELTAHUB_S3_*` environment of an s3rver config, with the endpoint's port replaced by `port`. */
export function s3Env(
  config: { endpoint: string | undefined; bucket: string; prefix: string },
  port?: number,
): Record<string, string> {
  const endpoint = port === undefined ? config.endpoint! : `http://127.0.0.1:${port}`;
  return {
    DELTAHUB_STORAGE: 's3',
    DELTAHUB_S3_ENDPOINT: endpoint,
    DELTAHUB_S3_BUCKET: config.bucket,
    DELTAHUB_S3_PREFIX: config.prefix,
    // s3rver's fixed credentials.
    DELTAHUB_S3_ACCESS_KEY_ID: 'S3RVER',
    DELTAHUB_S3_SECRET_ACCESS_KEY: 'S3RVER',
  };
}
