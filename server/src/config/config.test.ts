import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to SQLite and filesystem blobs under ./.deltahub on port 8080', () => {
    const c = loadConfig({});
    expect(c.dataDir).toBe(resolve('.deltahub'));
    expect(c.databaseUrl).toBe(`file:${resolve('.deltahub', 'index.db')}`);
    expect(c.storage).toEqual({ kind: 'fs', root: resolve('.deltahub', 'blobs-store') });
    expect(c.port).toBe(8080);
    expect(c.allowSignup).toBe(false);
  });

  it('reads PostgreSQL and S3 settings', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgresql://u@db:5432/hub',
      DELTAHUB_STORAGE: 's3',
      DELTAHUB_S3_BUCKET: 'deltas',
      DELTAHUB_S3_ENDPOINT: 'http://s3.local:9000',
      DELTAHUB_S3_PREFIX: 'hub',
      AWS_ACCESS_KEY_ID: 'k',
      AWS_SECRET_ACCESS_KEY: 's',
      PORT: '9000',
    });
    expect(c.databaseUrl).toBe('postgresql://u@db:5432/hub');
    expect(c.storage).toEqual({
      kind: 's3',
      s3: {
        endpoint: 'http://s3.local:9000',
        bucket: 'deltas',
        region: 'us-east-1',
        accessKeyId: 'k',
        secretAccessKey: 's',
        forcePathStyle: true,
        prefix: 'hub/',
        redirectDownloads: false,
        publicEndpoint: undefined,
      },
    });
    expect(c.port).toBe(9000);
  });

  it('reads the S3 download redirect settings', () => {
    const c = loadConfig({
      DELTAHUB_STORAGE: 's3',
      DELTAHUB_S3_BUCKET: 'deltas',
      DELTAHUB_S3_ENDPOINT: 'http://minio:9000',
      DELTAHUB_S3_REDIRECT_DOWNLOADS: 'true',
      DELTAHUB_S3_PUBLIC_ENDPOINT: 'https://blobs.example.org',
    });
    expect(c.storage).toMatchObject({
      s3: { redirectDownloads: true, publicEndpoint: 'https://blobs.example.org' },
    });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ DELTAHUB_STORAGE: 'gcs' }, /DELTAHUB_STORAGE/],
    [{ DELTAHUB_STORAGE: 's3' }, /DELTAHUB_S3_BUCKET/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ DELTAHUB_ALLOW_SIGNUP: 'maybe' }, /DELTAHUB_ALLOW_SIGNUP/],
    [
      { DELTAHUB_STORAGE: 's3', DELTAHUB_S3_BUCKET: 'b', DELTAHUB_S3_REDIRECT_DOWNLOADS: 'sometimes' },
      /DELTAHUB_S3_REDIRECT_DOWNLOADS/,
    ],
  ])('rejects %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
