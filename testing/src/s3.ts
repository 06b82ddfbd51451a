// The ambient typing of s3rver travels with this file into every program that imports it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./s3rver.d.ts" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/**
 * Starts s3rver for one test file; `close` stops it and deletes its folder. `redirectDownloads`
 * sets the hub's S3 option of that name in the returned config.
 */
export async function startS3(options: { redirectDownloads?: boolean } = {}) {
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
    // The hub's S3Config for this s3rver (inferred, so this package needs no build of the server).
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

/** An s3rver on a random loopback port with one empty bucket. */
export type TestS3 = Awaited<ReturnType<typeof startS3>>;
