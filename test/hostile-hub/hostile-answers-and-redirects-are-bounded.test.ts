import { describe, expect, it } from 'vitest';
import { snapshotFromHub, snapshotPretrained } from 'deltahub';
import { answerAttacks, crossOriginRedirect } from './attacks.js';
import { BACKBONE_REPO, DELTA_REPO, PULLERS, TOKEN, pullWith } from './pullers.js';
import { useHostileHub } from './suite.js';
import { leftovers, listTree, treeDigest } from './victim.js';

// JSON answers over the size limit, endless or stalled, and redirect loops end every pull with a
// typed error instead of buffering or waiting forever; a redirect to another origin is followed
// without the token.
const suite = useHostileHub();

describe.each(Object.entries(answerAttacks()))('a hub answering with %s', (_name, attack) => {
  it.each(PULLERS)(`%s fails with ${attack.code}`, async (puller) => {
    const v = await suite.victim();
    suite.hub.scenario = attack.scenario;
    const before = await treeDigest(v.sentinel);

    expect(await pullWith(puller, suite.hub.url, v)).toMatchObject({ ok: false, code: attack.code });
    expect(await leftovers(v.cache)).toEqual([]);
    expect(await listTree(v.pulled)).toEqual([]);
    expect(await treeDigest(v.sentinel)).toBe(before);
  });
});

describe('a hub redirecting downloads to another origin', () => {
  it('each client follows it and the other origin never sees the token', async () => {
    suite.hub.scenario = crossOriginRedirect(suite.hub.otherUrl);
    suite.hub.otherAuthorizations.length = 0;
    suite.hub.hubAuthorizations.length = 0;
    const v = await suite.victim();
    const options = { hubUrl: suite.hub.url, token: TOKEN, cacheDir: v.cache };
    await snapshotFromHub(DELTA_REPO, options);
    await snapshotPretrained(BACKBONE_REPO, { ...options, cacheDir: `${v.cache}-pretrained` });
    expect(await pullWith('deltahub pull', suite.hub.url, { ...v, cache: `${v.cache}-cli` })).toEqual({
      ok: true,
    });
    expect(await listTree(v.pulled)).toEqual([
      'config.json',
      'model.safetensors.index.json',
      'weights.safetensors',
    ]);

    // Every file came from the other origin, with no authorization header; the hub got the token.
    expect(suite.hub.otherAuthorizations.length).toBeGreaterThanOrEqual(9);
    expect(suite.hub.otherAuthorizations.filter((a) => a !== undefined)).toEqual([]);
    expect(suite.hub.hubAuthorizations).toContain(`Bearer ${TOKEN}`);
  });
});
