import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyOf, type BlobRef, type BlobStore } from './blob-store.js';
import { FsBlobStore } from './fs-blob-store.js';
import { cachingHeads } from './head-cache.js';

// The cache sits over a real filesystem store; removing a blob's file behind the cache's back
// tells a read answered from memory (still works) from one that went to the store (fails).
const digest = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const MAX = 1024 * 1024;
let dir: string;
let uploads = 0;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deltahub-heads-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function put(store: BlobStore, bytes: Buffer, claimed = digest(bytes)): Promise<BlobRef> {
  const key = store.uploadKey(`u${++uploads}`, claimed);
  const { objectKey } = await store.put(key, Readable.from([bytes]), {
    sha256: claimed,
    size: bytes.length,
    maxBytes: MAX,
  });
  return { sha256: claimed, objectKey };
}

/** Removes a blob's bytes from the filesystem without the cache knowing. */
const removeBehindTheCache = (blob: BlobRef) => rm(join(dir, keyOf(blob)));

describe('cachingHeads', () => {
  it('answers reads within the head of a verified blob, and whole small blobs, from memory', async () => {
    const store = cachingHeads(new FsBlobStore(dir), { headBytes: 100, totalBytes: 1000 });
    const small = randomBytes(60);
    const large = randomBytes(500);
    const [smallBlob, largeBlob] = [await put(store, small), await put(store, large)];
    await removeBehindTheCache(smallBlob);
    await removeBehindTheCache(largeBlob);

    expect(await buffer(await store.get(smallBlob))).toEqual(small);
    expect(await buffer(await store.get(smallBlob, { start: 10, end: 19 }))).toEqual(small.subarray(10, 20));
    expect(await store.read(largeBlob, { start: 0, end: 7 })).toEqual(large.subarray(0, 8));
    expect(await store.read(largeBlob, { start: 90, end: 99 })).toEqual(large.subarray(90, 100));
    // Past the head, or the whole of a blob larger than its head: the store, whose file is gone.
    await expect(store.read(largeBlob, { start: 90, end: 100 })).rejects.toThrow();
    await expect(store.get(largeBlob)).rejects.toThrow();
  });

  it('serves the empty blob as an empty byte stream', async () => {
    const store = cachingHeads(new FsBlobStore(dir), { headBytes: 100, totalBytes: 1000 });
    const blob = await put(store, Buffer.alloc(0));
    await removeBehindTheCache(blob);
    const stream = await store.get(blob);
    expect(stream.readableObjectMode).toBe(false);
    expect((await buffer(stream)).length).toBe(0);
  });

  it('gives copies: changing what a read returned leaves the cache intact', async () => {
    const store = cachingHeads(new FsBlobStore(dir), { headBytes: 100, totalBytes: 1000 });
    const bytes = randomBytes(50);
    const blob = await put(store, bytes);
    (await store.read(blob, { start: 0, end: 49 })).fill(0);
    expect(await store.read(blob, { start: 0, end: 49 })).toEqual(bytes);
  });

  it('keeps nothing of an upload that failed verification', async () => {
    const store = cachingHeads(new FsBlobStore(dir), { headBytes: 100, totalBytes: 1000 });
    const claimed = digest(randomBytes(40));
    await expect(put(store, randomBytes(40), claimed)).rejects.toMatchObject({ code: 'digest_mismatch' });
    // Had the bad bytes been cached under the claimed digest, this read would return them.
    await expect(store.read({ sha256: claimed, objectKey: null }, { start: 0, end: 7 })).rejects.toThrow();
  });

  it('drops the head of a deleted object, so a deleted blob reads as absent', async () => {
    const store = cachingHeads(new FsBlobStore(dir), { headBytes: 100, totalBytes: 1000 });
    const blob = await put(store, randomBytes(50));
    await store.deleteObject(blob.objectKey!);
    await expect(store.read(blob, { start: 0, end: 7 })).rejects.toThrow();
  });

  it('holds at most totalBytes, dropping the least recently used heads first', async () => {
    const store = cachingHeads(new FsBlobStore(dir), { headBytes: 100, totalBytes: 300 });
    const [a, b, c, d] = [randomBytes(100), randomBytes(100), randomBytes(100), randomBytes(100)];
    const [aRef, bRef, cRef] = [await put(store, a), await put(store, b), await put(store, c)];
    // Three heads of 100 bytes fill the cache; reading the first makes the second the oldest.
    await store.read(aRef, { start: 0, end: 0 });
    const dRef = await put(store, d);
    for (const blob of [aRef, bRef, cRef, dRef]) await removeBehindTheCache(blob);
    expect(await store.read(aRef, { start: 0, end: 99 })).toEqual(a);
    expect(await store.read(cRef, { start: 0, end: 99 })).toEqual(c);
    expect(await store.read(dRef, { start: 0, end: 99 })).toEqual(d);
    await expect(store.read(bRef, { start: 0, end: 99 })).rejects.toThrow();
  });
});
