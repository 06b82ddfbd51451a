import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { snapshotFromHub, snapshotPretrained } from 'deltahub';
import { honest, unsafeListings } from './attacks.js';
import { startHostileHub, type HostileHub } from './hostile-hub.js';
import { BACKBONE_REPO, CLIENT_ENV, DELTA_REPO, PULLERS, TOKEN, pullWith } from './pullers.js';
import { leftovers, listTree, makeVictim, treeDigest, type Victim } from './victim.js';

// A hub that lists paths, digests, revision ids or sizes meant to escape the cache: every way of
// pulling refuses the listing (HUB_UNSAFE_RESPONSE) before anything is written, and the sentinel
// folder beside the cache and the pull target is byte-identical afterwards.
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

async function victim(): Promise<Victim> {
  const v = await makeVictim();
  victims.push(v);
  return v;
}

describe('the hostile hub speaks the protocol (control)', () => {
  it('an honest answer pulls with each client', async () => {
    hub.scenario = honest();
    const v = await victim();
    const options = { hubUrl: hub.url, token: TOKEN, cacheDir: v.cache };
    expect((await snapshotFromHub(DELTA_REPO, options)).files).toHaveLength(3);
    await snapshotPretrained(BACKBONE_REPO, options);
    expect(await pullWith('deltahub pull', hub.url, v)).toEqual({ ok: true });
    expect(await listTree(v.pulled)).toEqual([
      'config.json',
      'model.safetensors.index.json',
      'weights.safetensors',
    ]);
  });
});

// The names come from a throwaway victim; each case builds its scenario for its own victim.
const names = Object.keys(
  unsafeListings({ cache: '/c', targets: { bashrc: '/b', file: '/f', folder: '/d' } } as Victim),
);

describe.each(names)('a hub listing %s', (name) => {
  it.each(PULLERS)('%s refuses it and writes nothing outside the cache', async (puller) => {
    const v = await victim();
    const scenario = unsafeListings(v)[name];
    if (!scenario) throw new Error(`no scenario ${name}`);
    hub.scenario = scenario;
    const before = await treeDigest(v.sentinel);

    const outcome = await pullWith(puller, hub.url, v);

    expect(outcome).toMatchObject({ ok: false, code: 'HUB_UNSAFE_RESPONSE' });
    expect(outcome.ok || outcome.message).toMatch(/mallory\//);
    expect(await treeDigest(v.sentinel)).toBe(before);
    expect(await leftovers(v.cache)).toEqual([]);
    expect(await listTree(v.pulled)).toEqual([]);
    // Nothing new beside the cache either.
    expect((await readdir(v.root)).filter((e) => !['cache', 'sentinel', 'config'].includes(e))).toEqual([]);
  });
});
