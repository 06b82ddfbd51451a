import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/tiny.js';
import { readCredentials, resolveHubTarget, writeCredentials } from './credentials.js';
import { HubClientError } from './errors.js';
import { parseRepoId } from './repo-id.js';

let root: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  root = await tempFolder();
});
afterAll(async () => {
  await root.cleanup();
});

describe('repo ids', () => {
  it('parses owner/name and owner/name@revision', () => {
    expect(parseRepoId('alice/bert-lora')).toMatchObject({
      owner: 'alice',
      name: 'bert-lora',
      revision: undefined,
    });
    expect(parseRepoId('alice/bert-lora@v1.0').revision).toBe('v1.0');
    expect(parseRepoId(`a/b@${'c'.repeat(64)}`).revision).toHaveLength(64);
  });

  it.each(['alice', 'a/b/c', '/b', 'a/.b', 'a/b@', 'a/b@x/y', 'a/b@1@2', 'a b/c'])('refuses %j', (text) => {
    expect(() => parseRepoId(text)).toThrow(HubClientError);
  });
});

describe('credentials', () => {
  it('resolve options, then environment, then the login file (only for its own hub)', async () => {
    const env = { DELTAHUB_CONFIG_DIR: join(root.dir, 'cfg') };
    expect(await readCredentials(env)).toBeUndefined();
    expect(await resolveHubTarget({}, env)).toEqual({ hubUrl: 'http://127.0.0.1:8080', token: undefined });
    const path = await writeCredentials({ hubUrl: 'http://hub.test', token: 'dh_file' }, env);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await resolveHubTarget({}, env)).toEqual({ hubUrl: 'http://hub.test', token: 'dh_file' });
    expect(await resolveHubTarget({}, { ...env, DELTAHUB_TOKEN: 'dh_env' })).toEqual({
      hubUrl: 'http://hub.test',
      token: 'dh_env',
    });
    expect(
      await resolveHubTarget(
        { hubUrl: 'http://other/', token: 'dh_opt' },
        { ...env, DELTAHUB_TOKEN: 'dh_env' },
      ),
    ).toEqual({
      hubUrl: 'http://other',
      token: 'dh_opt',
    });
    // The stored token is never sent to another hub.
    expect(await resolveHubTarget({}, { ...env, DELTAHUB_URL: 'http://elsewhere' })).toEqual({
      hubUrl: 'http://elsewhere',
      token: undefined,
    });
  });
});
