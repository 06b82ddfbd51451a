import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SHARD_DIGEST, byteAttacks, honest } from './attacks.js';
import { startHostileHub, type HostileHub } from './hostile-hub.js';
import { CLIENT_ENV, PULLERS, pullWith } from './pullers.js';
import {
  cachedBlobs,
  cachedSnapshots,
  leftovers,
  listTree,
  makeVictim,
  treeDigest,
  type Victim,
} from './victim.js';

// A hub that serves a file with more bytes than declared (endless, even), fewer, cut off, other
// bytes than the digest, or stops sending: each pull fails with HUB_INTEGRITY (HUB_TIMEOUT for the
// stall) and keeps nothing of the file: no blob, no snapshot, no temporary file (issue 22.2).
let hub: HostileHub;
const victims: Victim[] = [];

beforeAll(async () => {
  for (const [name, value] of Object.entries(CLIENT_ENV)) vi.stubEnv(name, value);
  hub = await startHostileHub(honest());
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await hub?.stop();
  for (const victim of victims) await victim.cleanup();
});

describe.each(Object.entries(byteAttacks()))('a hub serving %s', (_name, attack) => {
  it.each(PULLERS)(`%s fails with ${attack.code} and keeps nothing of the file`, async (puller) => {
    const v = await makeVictim();
    victims.push(v);
    hub.scenario = attack.scenario;
    const before = await treeDigest(v.sentinel);

    const outcome = await pullWith(puller, hub.url, v);

    expect(outcome).toMatchObject({ ok: false, code: attack.code });
    expect(outcome.ok || outcome.message).toMatch(/weights\.safetensors|blob [0-9a-f]{64}/);
    expect((await cachedBlobs(v.cache)).filter((p) => p.endsWith(SHARD_DIGEST))).toEqual([]);
    expect(await cachedSnapshots(v.cache)).toEqual([]);
    expect(await leftovers(v.cache)).toEqual([]);
    expect(await listTree(v.pulled)).toEqual([]);
    expect(await treeDigest(v.sentinel)).toBe(before);
  });
});

describe('a download longer than declared', () => {
  it('is stopped: the client hangs up on an endless body', async () => {
    const v = await makeVictim();
    victims.push(v);
    const endless = byteAttacks()['an endless body for a small declared size'];
    if (!endless) throw new Error('no endless attack');
    hub.scenario = {
      ...endless.scenario,
      files: endless.scenario.files.map((f) => (f.path === 'weights.safetensors' ? { ...f, size: 1024 } : f)),
    };
    const aborted = hub.abortedDownloads;
    expect(await pullWith('fromFinetuned', hub.url, v)).toMatchObject({ ok: false, code: 'HUB_INTEGRITY' });
    expect(hub.abortedDownloads).toBeGreaterThan(aborted);
  });
});
