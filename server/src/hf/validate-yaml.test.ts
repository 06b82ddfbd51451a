import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '@deltahub/testing';
import { MAX_FRONT_MATTER_BYTES } from '../push/inspect.js';
import { startTestHub, type TestHub } from '../test-support/hub.js';

describe('POST /api/validate-yaml (huggingface_hub checks a README.md before uploading it)', () => {
  let hub: TestHub;
  let client: ApiClient;

  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
    client = new ApiClient(hub.url, await hub.user('alice'));
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('accepts a card the commit accepts', async () => {
    const content = '---\nlibrary_name: peft\nbase_model: alice/tiny-bert\n---\n# Adapter\n';
    const res = await client.json('POST', '/api/validate-yaml', { content, repoType: 'model' });
    expect(res).toMatchObject({ status: 200, body: { errors: [], warnings: [] } });
  });

  it('refuses what the commit refuses, in the shape the Python client reads', async () => {
    const broken = await client.json('POST', '/api/validate-yaml', {
      content: '---\ntags: [unclosed\n---\n# x\n',
      repoType: 'model',
    });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({
      code: 'invalid_model_card',
      errors: [{ message: expect.any(String) }],
    });
    const huge = await client.json('POST', '/api/validate-yaml', {
      content: `---\nnote: "${'x'.repeat(MAX_FRONT_MATTER_BYTES)}"\n---\n`,
    });
    expect(huge.status).toBe(400);
    expect(huge.body.code).toBe('too_large');
    expect(huge.body.errors[0].message).toContain(`${MAX_FRONT_MATTER_BYTES}-byte limit`);
  });

  it('refuses a request without content, and other repo types', async () => {
    expect((await client.json('POST', '/api/validate-yaml', {})).body.code).toBe('invalid_request');
    const dataset = await client.json('POST', '/api/validate-yaml', { content: '# x', repoType: 'dataset' });
    expect(dataset.body.code).toBe('unsupported_repo_type');
  });
});
