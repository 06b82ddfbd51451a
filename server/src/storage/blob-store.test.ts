import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3, type TestS3, storedDigests } from '@deltahub/testing';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import {
  BlobVerificationError,
  blobKey,
  digestInKey,
  mayHaveLeftover,
  type BlobRef,
  type BlobStore,
} from './blob-store.js';
import { FsBlobStore } from './fs-blob-store.js';
import { cachingHeads } from './head-cache.js';
import { createS3Client, S3BlobStore } from './s3-blob-store.js';

const digest = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const MAX = 64 * 1024 * 1024;
let uploads = 0;
const uploadId = (): string => `t-${process.pid}-${++uploads}`;

/** Puts `body` as the blob `sha256` through `key` (a fresh upload key); resolves with its BlobRef. */
async function putBlob(
  store: BlobStore,
  body: Readable,
  expected: { sha256: string; size: number | undefined; maxBytes?: number },
  key = store.uploadKey(uploadId(), expected.sha256),
): Promise<BlobRef> {
  const { objectKey } = await store.put(key, body, { maxBytes: MAX, ...expected });
  return { sha256: expected.sha256, objectKey };
}

/** How many times a possible leftover is deleted and the area listed before the check gives up. */
const LEFTOVER_ROUNDS = 60;
/** Consecutive listings equal to `before` that count as settled (a late write shows in between). */
const SETTLED_LISTINGS = 3;

/**
 * Expects `put` of `sha256` through `uploadKey` to have failed keeping nothing: the blob area as
 * `before`. A failure marked `mayHaveLeftover` (an aborted S3 PUT that s3rver may still write
 * after the store's delete) is held to what the hub relies on then: nothing at the blob's content
 * address, and nothing left once GC has deleted the upload's key (the hub records it before
 * streaming), however late the write lands.
 */
async function expectNothingKept(
  store: BlobStore,
  failure: unknown,
  before: string[],
  upload: { sha256: string; key: string },
): Promise<void> {
  if (!mayHaveLeftover(failure)) {
    expect(await storedDigests(store)).toEqual(before);
    return;
  }
  expect(await store.stat({ sha256: upload.sha256, objectKey: null })).toBeNull();
  let settled = 0;
  for (let round = 0; round < LEFTOVER_ROUNDS && settled < SETTLED_LISTINGS; round++) {
    await store.deleteObject(upload.key);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = await storedDigests(store);
    settled = now.join() === before.join() ? settled + 1 : 0;
  }
  expect(await storedDigests(store)).toEqual(before);
  expect(settled, `the area kept changing after ${LEFTOVER_ROUNDS} deletions of ${upload.key}`).toBe(
    SETTLED_LISTINGS,
  );
}

const putBytes = (store: BlobStore, bytes: Uint8Array): Promise<BlobRef> =>
  putBlob(store, Readable.from([bytes]), { sha256: digest(bytes), size: bytes.length });

/** Streams `total` bytes in 64 KiB chunks without holding them, returning the digest on the side. */
function generated(total: number): { stream: Readable; sha256: string } {
  const chunk = randomBytes(64 * 1024);
  const hash = createHash('sha256');
  for (let sent = 0; sent < total; sent += chunk.length)
    hash.update(chunk.subarray(0, Math.min(chunk.length, total - sent)));
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const n = Math.min(chunk.length, total - sent);
      sent += n;
      this.push(chunk.subarray(0, n));
    },
  });
  return { stream, sha256: hash.digest('hex') };
}

/** A driver under test; `directDownloads` says whether it should hand out download URLs. */
type Factory = () => Promise<{ store: BlobStore; directDownloads: boolean; cleanup: () => Promise<void> }>;

const s3Driver =
  (redirectDownloads: boolean, wrap = (store: BlobStore) => store): Factory =>
  async () => {
    const s3: TestS3 = await startS3({ redirectDownloads });
    const store = wrap(new S3BlobStore(s3.config));
    return {
      store,
      directDownloads: redirectDownloads,
      cleanup: async () => {
        await store.close();
        await s3.close();
      },
    };
  };

const drivers: [string, Factory][] = [
  [
    'FsBlobStore',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'deltahub-fs-'));
      return {
        store: new FsBlobStore(dir),
        directDownloads: false,
        cleanup: () => rm(dir, { recursive: true, force: true }),
      };
    },
  ],
  ['S3BlobStore (s3rver)', s3Driver(false)],
  ['S3BlobStore with download URLs (s3rver)', s3Driver(true)],
  // As the hub runs it (storage/create.ts): the decorator must not change what a store answers.
  ['S3BlobStore behind cachingHeads (s3rver)', s3Driver(false, (store) => cachingHeads(store))],
];

describe('blobKey', () => {
  it('is content-addressed with a two-hex fan-out and rejects non-digests', () => {
    const d = 'ab'.padEnd(64, '0');
    expect(blobKey(d)).toBe(`blobs/sha256/ab/${d}`);
    for (const bad of ['../etc/passwd', 'AB'.padEnd(64, '0'), 'a'.repeat(63), ''])
      expect(() => blobKey(bad)).toThrow();
  });
});

describe.each(drivers)('BlobStore conformance: %s', (_name, factory) => {
  let store: BlobStore;
  let directDownloads: boolean;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ store, directDownloads, cleanup } = await factory()));
  afterAll(async () => cleanup?.());

  it('hands out a download URL that fetches exactly the blob, or none when it serves only through the hub', async () => {
    const bytes = randomBytes(1000);
    const url = await store.downloadUrl(await putBytes(store, bytes));
    if (!directDownloads) {
      expect(url).toBeUndefined();
      return;
    }
    const res = await fetch(url!);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array(bytes));
  });

  it('stores, stats, reads whole and ranged, and deletes', async () => {
    const bytes = randomBytes(1000);
    const d = digest(bytes);
    const blob = await putBytes(store, bytes);
    expect(blob.sha256).toBe(d);
    expect(digestInKey(blob.objectKey!)).toBe(d);
    expect(await store.stat(blob)).toEqual({ size: 1000 });
    expect(await buffer(await store.get(blob))).toEqual(bytes);
    expect(await buffer(await store.get(blob, { start: 10, end: 19 }))).toEqual(bytes.subarray(10, 20));
    expect(await store.read(blob, { start: 990, end: 999 })).toEqual(bytes.subarray(990));
    expect(await storedDigests(store)).toContain(d);
    await store.deleteObject(blob.objectKey!);
    expect(await store.stat(blob)).toBeNull();
    expect(await storedDigests(store)).not.toContain(d);
    await store.deleteObject(blob.objectKey!); // absent: not an error
  });

  it('stores the empty blob', async () => {
    const blob = await putBytes(store, new Uint8Array());
    expect(await store.stat(blob)).toEqual({ size: 0 });
  });

  it('rejects a digest mismatch and keeps nothing', async () => {
    const before = await storedDigests(store);
    const bytes = randomBytes(100);
    const wrong = digest(randomBytes(100));
    const key = store.uploadKey(uploadId(), wrong);
    await expect(
      store.put(key, Readable.from([bytes]), { sha256: wrong, size: 100, maxBytes: MAX }),
    ).rejects.toMatchObject({
      code: 'digest_mismatch',
    });
    expect(await store.stat({ sha256: wrong, objectKey: key })).toBeNull();
    expect(await storedDigests(store)).toEqual(before);
  });

  it('rejects short and long bodies, and bodies over the cap while streaming', async () => {
    const bytes = randomBytes(100);
    const d = digest(bytes);
    // An endless body: the cap must stop it, so this would hang if the store buffered first.
    const endless = new Readable({
      read() {
        this.push(randomBytes(64 * 1024));
      },
    });
    for (const [body, size, maxBytes, code] of [
      [Readable.from([bytes]), 101, MAX, 'size_mismatch'],
      [Readable.from([bytes]), 99, MAX, 'size_mismatch'],
      [endless, 10 * 1024 * 1024, 1024 * 1024, 'too_large'],
    ] as const) {
      const before = await storedDigests(store);
      const key = store.uploadKey(uploadId(), d);
      const failure: unknown = await putBlob(store, body, { sha256: d, size, maxBytes }, key).catch(
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(BlobVerificationError);
      expect(failure).toMatchObject({ code });
      await expectNothingKept(store, failure, before, { sha256: d, key });
    }
  });

  it('fails an upload whose body errors mid-stream (client gone), and keeps nothing', async () => {
    const before = await storedDigests(store);
    let chunks = 0;
    const failing = new Readable({
      read() {
        if (++chunks > 8) this.destroy(new Error('client gone'));
        else this.push(randomBytes(64 * 1024));
      },
    });
    const d = digest(randomBytes(8));
    const key = store.uploadKey(uploadId(), d);
    const failure: unknown = await putBlob(store, failing, { sha256: d, size: 10 * 1024 * 1024 }, key).catch(
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({ message: 'client gone' });
    await expectNothingKept(store, failure, before, { sha256: d, key });
  });

  it.each([
    ['announced (one streamed PutObject on S3)', true],
    ['not announced (multipart on S3)', false],
  ])('stores a large streamed blob of a size %s intact', async (_how, announced) => {
    const size = 20 * 1024 * 1024 + 123;
    const { stream, sha256 } = generated(size);
    const blob = await putBlob(store, stream, { sha256, size: announced ? size : undefined });
    expect(await store.stat(blob)).toEqual({ size });
    const hash = createHash('sha256');
    for await (const c of await store.get(blob)) hash.update(c as Buffer);
    expect(hash.digest('hex')).toBe(sha256);
  });

  it('stores identical blobs uploaded concurrently intact, each readable by the key it returned', async () => {
    const bytes = randomBytes(300_000);
    const blobs = await Promise.all(Array.from({ length: 8 }, () => putBytes(store, bytes)));
    for (const blob of blobs) expect((await buffer(await store.get(blob))).equals(bytes)).toBe(true);
    // What the hub does with them (push/upload.ts): keep one, delete the other keys.
    const [kept, ...others] = blobs;
    for (const key of new Set(others.map((b) => b.objectKey!))) {
      if (key !== kept!.objectKey) await store.deleteObject(key);
    }
    expect((await storedDigests(store)).filter((x) => x === kept!.sha256)).toHaveLength(1);
    expect((await buffer(await store.get(kept!))).equals(bytes)).toBe(true);
  });

  it('refuses keys that are not ones the hub generates', async () => {
    const bytes = randomBytes(10);
    const d = digest(bytes);
    await expect(
      store.put('../escape', Readable.from([bytes]), { sha256: d, size: 10, maxBytes: MAX }),
    ).rejects.toThrow(/invalid object key|is not one for blob/);
    await expect(store.deleteObject('blobs/sha256/x')).rejects.toThrow(/invalid object key/);
    await expect(store.get({ sha256: d, objectKey: '../../etc/passwd' })).rejects.toThrow(
      /invalid object key/,
    );
    expect(() => store.uploadKey('../x', d)).toThrow(/invalid upload id/);
  });

  it('leaves no temporary objects behind', async () => {
    if (store instanceof FsBlobStore) {
      const dir = (store as unknown as { root: string }).root;
      expect(await readdir(join(dir, 'uploads'))).toEqual([]);
    }
  });
});

describe('where each store keeps verified bytes', () => {
  it('the filesystem store keeps each upload under a key of its own, and a digest an older store kept at its content address there', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deltahub-fs-'));
    try {
      const store = new FsBlobStore(dir);
      const bytes = randomBytes(100);
      const [a, b] = await Promise.all([putBytes(store, bytes), putBytes(store, bytes)]);
      expect(a!.objectKey).toMatch(new RegExp(`^${blobKey(a!.sha256)}/[A-Za-z0-9-]+$`));
      expect(b!.objectKey).not.toBe(a!.objectKey);
      expect(await readdir(join(dir, 'uploads'))).toEqual([]);
      // Deleting one key leaves the other; deleting the last removes the digest's directory.
      await store.deleteObject(a!.objectKey!);
      expect((await buffer(await store.get(b!))).equals(bytes)).toBe(true);
      await store.deleteObject(b!.objectKey!);
      expect(await readdir(join(dir, blobKey(a!.sha256), '..'))).toEqual([]);

      // A blob an earlier version stored at its content address (objectKey null in the index):
      // read there, and a new upload of it goes there too, its directory being taken by the file.
      const older = randomBytes(50);
      const d = digest(older);
      await mkdir(join(dir, blobKey(d), '..'), { recursive: true });
      await writeFile(join(dir, blobKey(d)), older);
      expect((await store.read({ sha256: d, objectKey: null }, { start: 0, end: 49 })).equals(older)).toBe(
        true,
      );
      expect((await putBytes(store, older)).objectKey).toBe(blobKey(d));
      expect(await storedDigests(store)).toEqual([d]);
      // GC's delete of such an upload's own key (as after a crash) leaves the file alone.
      await store.deleteObject(store.uploadKey(uploadId(), d));
      expect((await store.read({ sha256: d, objectKey: null }, { start: 0, end: 49 })).equals(older)).toBe(
        true,
      );
      // Its failures are always cleaned up at once.
      const failure = await putBlob(store, Readable.from([bytes]), {
        sha256: digest(bytes),
        size: 101,
      }).catch((e: unknown) => e);
      expect(mayHaveLeftover(failure)).toBe(false);
      expect(await readdir(join(dir, 'uploads'))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the S3 store keeps each upload under a key of its own, and still reads the content address', async () => {
    const s3 = await startS3();
    const store = new S3BlobStore(s3.config);
    const client = createS3Client(s3.config);
    try {
      const bytes = randomBytes(100);
      const [a, b] = await Promise.all([putBytes(store, bytes), putBytes(store, bytes)]);
      expect(a!.objectKey).toMatch(new RegExp(`^${blobKey(a!.sha256)}/[A-Za-z0-9-]+$`));
      expect(b!.objectKey).not.toBe(a!.objectKey);
      // A blob stored by an earlier version, at its content address (objectKey null in the index).
      const older = randomBytes(50);
      const d = digest(older);
      await client.send(
        new PutObjectCommand({ Bucket: s3.config.bucket, Key: s3.config.prefix + blobKey(d), Body: older }),
      );
      expect((await store.read({ sha256: d, objectKey: null }, { start: 0, end: 49 })).equals(older)).toBe(
        true,
      );
    } finally {
      client.destroy();
      await store.close();
      await s3.close();
    }
  });
});
