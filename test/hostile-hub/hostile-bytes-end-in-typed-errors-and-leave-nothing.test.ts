import { describe, expect, it } from 'vitest';
import { SHARD_DIGEST, byteAttacks } from './attacks.js';
import { PULLERS, pullWith } from './pullers.js';
import { useHostileHub } from './suite.js';
import { cachedBlobs, cachedSnapshots, leftovers, listTree, treeDigest } from './victim.js';

// A hub that serves a file with more bytes than declared (endless, even), fewer, cut off, other
// bytes than the digest, or stops sending: each pull fails with HUB_INTEGRITY (HUB_TIMEOUT for the
// stall) and keeps nothing of the file: no blob, no snapshot, no temporary file (issue 22.2).
const suite = useHostileHub();

describe.each(Object.entries(byteAttacks()))('a hub serving %s', (_name, attack) => {
  it.each(PULLERS)(`%s fails with ${attack.code} and keeps nothing of the file`, async (puller) => {
    const v = await suite.victim();
    suite.hub.scenario = attack.scenario;
    const before = await treeDigest(v.sentinel);

    const outcome = await pullWith(puller, suite.hub.url, v);

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
    const v = await suite.victim();
    const endless = byteAttacks()['an endless body for a small declared size'];
    if (!endless) throw new Error('no endless attack');
    suite.hub.scenario = {
      ...endless.scenario,
      files: endless.scenario.files.map((f) => (f.path === 'weights.safetensors' ? { ...f, size: 1024 } : f)),
    };
    const aborted = suite.hub.abortedDownloads;
    expect(await pullWith('fromFinetuned', suite.hub.url, v)).toMatchObject({
      ok: false,
      code: 'HUB_INTEGRITY',
    });
    expect(suite.hub.abortedDownloads).toBeGreaterThan(aborted);
  });
});
