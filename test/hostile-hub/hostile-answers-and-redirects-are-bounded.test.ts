import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { snapshotFromHub, snapshotPretrained } from 'deltahub';
import { answerAttacks, crossOriginRedirect, honest } from './attacks.js';
import { startHostileHub, type HostileHub } from './hostile-hub.js';
import { BACKBONE_REPO, CLIENT_ENV, DELTA_REPO, PULLERS, TOKEN, pullWith } from './pullers.js';
import { leftovers, listTree, makeVictim, treeDigest, type Victim } from './victim.js';

// JSON answers over the size limit, endless or stalled, and redirect loops end every pull with a
// typed error instead of buffering or waiting forever; a redirect to another origin is followed
// without the token.
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

describe.each(Object.entries(answerAttacks()))('a hub answering with %s', (_name, attack) => {
  it.each(PULLERS)(`%s fails with ${attack.code}`, async (puller) => {
    const v = await victim();
    hub.scenario = attack.scenario;
    const before = await treeDigest(v.sentinel);

    expect(await pullWith(puller, hub.url, v)).toMatchObject({ ok: false, code: attack.code });
    expect(await leftovers(v.cache)).toEqual([]);
    expect(await listTree(v.pulled)).toEqual([]);
    expect(await treeDigest(v.sentinel)).toBe(before);
  });
});

describe('a hub redirecting downloads to another origin', () => {
  it('each client follows it and the other origin never sees the token', async () => {
    hub.scenario = crossOriginRedirect(hub.otherUrl);
    hub.otherAuthorizations.length = 0;
    hub.hubAuthorizations.length = 0;
    const v = await victim();
    const options = { hubUrl: hub.url, token: TOKEN, cacheDir: v.cache };
    await snapshotFromHub(DELTA_REPO, options);
    await snapshotPretrained(BACKBONE_REPO, { ...options, cacheDir: `${v.cache}-pretrained` });
    expect(await pullWith('deltahub pull', hub.url, { ...v, cache: `${v.cache}-cli` })).toEqual({ ok: true });
    expect(await listTree(v.pulled)).toEqual([
      'config.json',
      'model.safetensors.index.json',
      'weights.safetensors',
    ]);

    // Every file came from the other origin, with no authorization header; the hub got the token.
    expect(hub.otherAuthorizations.length).toBeGreaterThanOrEqual(9);
    expect(hub.otherAuthorizations.filter((a) => a !== undefined)).toEqual([]);
    expect(hub.hubAuthorizations).toContain(`Bearer ${TOKEN}`);
  });
});
