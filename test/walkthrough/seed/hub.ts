/**
 * The hub the walkthrough pushes to: the one named by `DELTAHUB_URL` (with a write token in
 * `DELTAHUB_TOKEN`), or else an embedded hub (SQLite index, filesystem blobs) in a temporary
 * folder on an ephemeral loopback port, with one signed-up user.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startServer } from '@deltahub/server';

/** Where to push: base URL, a write token, the token's user, and how to let go of the hub. */
export interface WalkthroughHub {
  url: string;
  token: string;
  user: string;
  embedded: boolean;
  stop(): Promise<void>;
}

async function whoami(url: string, token: string): Promise<string> {
  const res = await fetch(`${url}/api/whoami`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`${url}/api/whoami answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { name: string }).name;
}

/** The hub of `DELTAHUB_URL`, or a fresh embedded one. */
export async function openWalkthroughHub(env: NodeJS.ProcessEnv = process.env): Promise<WalkthroughHub> {
  const external = env['DELTAHUB_URL'];
  if (external) {
    const token = env['DELTAHUB_TOKEN'];
    if (!token) throw new Error('DELTAHUB_URL is set: set DELTAHUB_TOKEN to a write token of that hub too');
    const url = external.replace(/\/+$/, '');
    return { url, token, user: await whoami(url, token), embedded: false, stop: async () => {} };
  }
  const dir = await mkdtemp(join(tmpdir(), 'deltahub-walkthrough-hub-'));
  const hub = await startServer(
    loadConfig({ DELTAHUB_DATA: dir, PORT: '0', LOG_LEVEL: 'silent', DELTAHUB_ALLOW_SIGNUP: 'true' }),
  );
  const stop = async (): Promise<void> => {
    await hub.close(1000);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const res = await fetch(`${hub.url}/api/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'alice' }),
    });
    if (res.status !== 201) throw new Error(`signup answered ${res.status}: ${await res.text()}`);
    const { token } = (await res.json()) as { token: string };
    return { url: hub.url, token, user: 'alice', embedded: true, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
