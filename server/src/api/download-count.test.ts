import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, makeDelta, hubVariants } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

describe.each(await hubVariants())('download counting on $db + $storage', (variant) => {
  let hub: TestHub;
  let owner: ApiClient;
  const config = () => `${hub.url}/nina/counted/resolve/main/delta_config.json`;
  const downloads = async (): Promise<number> =>
    (await owner.json('GET', '/api/repos/nina/counted')).body.downloads as number;

  beforeAll(async () => {
    hub = await startTestHub(variant);
    owner = new ApiClient(hub.url, await hub.user('nina'));
    await owner.json('POST', '/api/repos', { name: 'counted' });
    expect((await owner.push('nina/counted', makeDelta(1), { parent: null })).status).toBe(201);
  });
  afterAll(async () => hub?.stop());

  it('counts a full fetch once', async () => {
    const before = await downloads();
    const res = await fetch(config());
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    expect(await downloads()).toBe(before + 1);
  });

  it('does not count a 304 revalidation', async () => {
    const etag = (await fetch(config(), { method: 'HEAD' })).headers.get('etag') ?? '';
    const before = await downloads();
    const res = await fetch(config(), { headers: { 'if-none-match': etag } });
    expect(res.status).toBe(304);
    expect(await downloads()).toBe(before);
  });

  it('does not count a Range request for part of the file, but does one for all of it', async () => {
    const before = await downloads();
    const part = await fetch(config(), { headers: { range: 'bytes=0-9' } });
    expect(part.status).toBe(206);
    await part.arrayBuffer();
    const tail = await fetch(config(), { headers: { range: 'bytes=10-' } });
    expect(tail.status).toBe(206);
    await tail.arrayBuffer();
    expect(await downloads()).toBe(before);
    const whole = await fetch(config(), { headers: { range: 'bytes=0-' } });
    expect(whole.status).toBe(206);
    await whole.arrayBuffer();
    expect(await downloads()).toBe(before + 1);
  });

  it('does not count HEAD', async () => {
    const before = await downloads();
    expect((await fetch(config(), { method: 'HEAD' })).status).toBe(200);
    expect(await downloads()).toBe(before);
  });
});
