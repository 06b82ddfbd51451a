import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, bodyOf, makeDelta } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

describe('errorHandler: an unexpected failure', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
    const alice = new ApiClient(hub.url, await hub.user('alice'));
    expect((await alice.json('POST', '/api/repos', { name: 'r' })).status).toBe(201);
    expect((await alice.push('alice/r', makeDelta(1), { parent: null })).status).toBe(201);
  });
  afterAll(async () => hub?.stop());

  it('answers 500 internal with a request id, and without the failure detail', async () => {
    const { store } = hub.context;
    const get = store.get.bind(store);
    store.get = () => Promise.reject(new TypeError('secret detail of a bug at /srv/hub/blobs'));
    let res: Response;
    try {
      res = await fetch(`${hub.url}/alice/r/resolve/main/delta.safetensors`);
    } finally {
      store.get = get;
    }
    const body = await bodyOf(res);
    expect([res.status, res.headers.get('x-error-code'), body.error.code]).toEqual([
      500,
      'internal',
      'internal',
    ]);
    expect(body.error.message).toBe('internal server error');
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
    expect(JSON.stringify(body)).not.toMatch(/secret|srv/);
    const after = await fetch(`${hub.url}/alice/r/resolve/main/delta.safetensors`);
    expect(after.status).toBe(200);
    await after.arrayBuffer();
  });
});
