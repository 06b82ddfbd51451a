import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { snapshotFromHub, snapshotPretrained } from 'deltahub';
import { honest, unsafeListings } from './attacks.js';
import { BACKBONE_REPO, DELTA_REPO, PULLERS, TOKEN, pullWith } from './pullers.js';
import { useHostileHub } from './suite.js';
import { leftovers, listTree, treeDigest, type Victim } from './victim.js';

// A hub that lists paths, digests, revision ids or sizes meant to escape the cache: every way of
// pulling refuses the listing (HUB_UNSAFE_RESPONSE) before anything is written, and the sentinel
// folder beside the cache and the pull target is byte-identical afterwards.
const suite = useHostileHub();

describe('the hostile hub speaks the protocol (control)', () => {
  it('an honest answer pulls with each client', async () => {
    suite.hub.scenario = honest();
    const v = await suite.victim();
    const options = { hubUrl: suite.hub.url, token: TOKEN, cacheDir: v.cache };
    expect((await snapshotFromHub(DELTA_REPO, options)).files).toHaveLength(3);
    await snapshotPretrained(BACKBONE_REPO, options);
    expect(await pullWith('deltahub pull', suite.hub.url, v)).toEqual({ ok: true });
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
    const v = await suite.victim();
    const scenario = unsafeListings(v)[name];
    if (!scenario) throw new Error(`no scenario ${name}`);
    suite.hub.scenario = scenario;
    const before = await treeDigest(v.sentinel);

    const outcome = await pullWith(puller, suite.hub.url, v);

    expect(outcome).toMatchObject({ ok: false, code: 'HUB_UNSAFE_RESPONSE' });
    expect(outcome.ok || outcome.message).toMatch(/mallory\//);
    expect(await treeDigest(v.sentinel)).toBe(before);
    expect(await leftovers(v.cache)).toEqual([]);
    expect(await listTree(v.pulled)).toEqual([]);
    // Nothing new beside the cache either.
    expect((await readdir(v.root)).filter((e) => !['cache', 'sentinel', 'config'].includes(e))).toEqual([]);
  });
});
