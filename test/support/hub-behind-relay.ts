/**
 * The fault suites' outage setup: an in-process hub that reaches one dependency (PostgreSQL, S3)
 * through a relay the test cuts, with alice signed up and `alice/delta` created and pushed once.
 */
import { ApiClient, makeDelta } from '@deltahub/testing';
import { expect } from 'vitest';
import type { RunningHub } from '@deltahub/server';
import { startTestHub, type TestHub } from '@deltahub/testing/hub';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

/** A hub behind a cuttable relay, and alice's first push to `alice/delta`. */
export interface HubBehindRelay {
  proxy: TcpProxy;
  hub: TestHub<RunningHub>;
  alice: ApiClient;
  /** The revision of the first push. */
  head: string;
  /** Stops the hub, then closes the relay (the dependency behind it is the caller's). */
  stop(): Promise<void>;
}

/**
 * Starts a relay to `127.0.0.1:targetPort` and a hub configured by `env(relayPort)`, so that the
 * hub only ever reaches the dependency through the relay. On a failed start, stops what it started.
 */
export async function startHubBehindRelay(
  targetPort: number,
  env: (relayPort: number) => Record<string, string>,
): Promise<HubBehindRelay> {
  const proxy = await startTcpProxy(targetPort);
  let hub: TestHub<RunningHub> | undefined;
  const stop = async (): Promise<void> => {
    await hub?.stop();
    await proxy.close();
  };
  try {
    hub = await startTestHub<RunningHub>({ env: env(proxy.port) });
    const alice = new ApiClient(hub.url, await hub.user('alice'));
    expect((await alice.json('POST', '/api/repos', { name: 'delta' })).status).toBe(201);
    const first = await alice.push('alice/delta', makeDelta(1), { parent: null });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    return { proxy, hub, alice, head: first.body.revision as string, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
