import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { S3Config } from '../config/config.js';

/** An s3rver on a random loopback port with one empty bucket. */
export interface TestS3 {
  config: S3Config;
  close(): Promise<void>;
}

/**
 * Starts s3rver for one test file; `close` stops it and deletes its folder. `redirectDownloads`
 * sets the hub's S3 option of that name in the returned config.
 */
export async function startS3(options: { redirectDownloads?: boolean } = {}): Promise<TestS3> {
  const directory = await mkdtemp(join(tmpdir(), 'deltahub-s3rver-'));
  const bucket = 'deltahub-test';
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    config: {
      endpoint: `http://127.0.0.1:${port}`,
      bucket,
      region: 'us-east-1',
      // s3rver's fixed credentials.
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
      prefix: 'hub/',
      redirectDownloads: options.redirectDownloads ?? false,
      publicEndpoint: undefined,
    },
    close: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
