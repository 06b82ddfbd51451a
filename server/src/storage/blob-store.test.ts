import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3, type TestS3 } from '../test-support/s3.js';
import { BlobVerificationError, blobKey, type BlobStore } from './blob-store.js';
import { FsBlobStore } from './fs-blob-store.js';
import { S3BlobStore } from './s3-blob-store.js';

const digest = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const MAX = 64 * 1024 * 1024;
let tempCounter = 0;
const tempKey = (): string => `uploads/t-${process.pid}-${++tempCounter}`;

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function list(store: BlobStore): Promise<string[]> {
  const out: string[] = [];
  for await (const d of store.list()) out.push(d);
  return out.sort();
}

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
  (redirectDownloads: boolean): Factory =>
  async () => {
    const s3: TestS3 = await startS3({ redirectDownloads });
    const store = new S3BlobStore(s3.config);
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
    const d = digest(bytes);
    await store.put(tempKey(), Readable.from([bytes]), { sha256: d, size: bytes.length, maxBytes: MAX });
    const url = await store.downloadUrl(d);
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
    expect(await store.stat(d)).toBeNull();
    await store.put(tempKey(), Readable.from([bytes]), { sha256: d, size: bytes.length, maxBytes: MAX });
    expect(await store.stat(d)).toEqual({ size: 1000 });
    expect(await readAll(await store.get(d))).toEqual(bytes);
    expect(await readAll(await store.get(d, { start: 10, end: 19 }))).toEqual(bytes.subarray(10, 20));
    expect(await store.read(d, { start: 990, end: 999 })).toEqual(bytes.subarray(990));
    expect(await list(store)).toContain(d);
    await store.delete(d);
    expect(await store.stat(d)).toBeNull();
    await store.delete(d); // absent: not an error
  });

  it('stores the empty blob', async () => {
    const d = digest(new Uint8Array());
    await store.put(tempKey(), Readable.from([]), { sha256: d, size: 0, maxBytes: MAX });
    expect(await store.stat(d)).toEqual({ size: 0 });
  });

  it('rejects a digest mismatch and keeps nothing', async () => {
    const before = await list(store);
    const bytes = randomBytes(100);
    const wrong = digest(randomBytes(100));
    await expect(
      store.put(tempKey(), Readable.from([bytes]), { sha256: wrong, size: 100, maxBytes: MAX }),
    ).rejects.toMatchObject({
      code: 'digest_mismatch',
    });
    expect(await store.stat(wrong)).toBeNull();
    expect(await list(store)).toEqual(before);
  });

  it('rejects short and long bodies, and bodies over the cap while streaming', async () => {
    const bytes = randomBytes(100);
    const d = digest(bytes);
    await expect(
      store.put(tempKey(), Readable.from([bytes]), { sha256: d, size: 101, maxBytes: MAX }),
    ).rejects.toMatchObject({
      code: 'size_mismatch',
    });
    await expect(
      store.put(tempKey(), Readable.from([bytes]), { sha256: d, size: 99, maxBytes: MAX }),
    ).rejects.toBeInstanceOf(BlobVerificationError);
    // An endless body: the cap must stop it, so this would hang if the store buffered first.
    const endless = new Readable({
      read() {
        this.push(randomBytes(64 * 1024));
      },
    });
    await expect(
      store.put(tempKey(), endless, { sha256: d, size: 10 * 1024 * 1024, maxBytes: 1024 * 1024 }),
    ).rejects.toMatchObject({
      code: 'too_large',
    });
    expect(await store.stat(d)).toBeNull();
  });

  it('fails an upload whose body errors mid-stream (client gone), and keeps nothing', async () => {
    const before = await list(store);
    let chunks = 0;
    const failing = new Readable({
      read() {
        if (++chunks > 8) this.destroy(new Error('client gone'));
        else this.push(randomBytes(64 * 1024));
      },
    });
    const d = digest(randomBytes(8));
    await expect(
      store.put(tempKey(), failing, { sha256: d, size: 10 * 1024 * 1024, maxBytes: MAX }),
    ).rejects.toThrow('client gone');
    expect(await list(store)).toEqual(before);
  });

  it.each([
    ['announced (one streamed PutObject on S3)', true],
    ['not announced (multipart on S3)', false],
  ])('stores a large streamed blob of a size %s intact', async (_how, announced) => {
    const size = 20 * 1024 * 1024 + 123;
    const { stream, sha256 } = generated(size);
    await store.put(tempKey(), stream, { sha256, size: announced ? size : undefined, maxBytes: MAX });
    expect(await store.stat(sha256)).toEqual({ size });
    const hash = createHash('sha256');
    for await (const c of await store.get(sha256)) hash.update(c as Buffer);
    expect(hash.digest('hex')).toBe(sha256);
  });

  it('stores identical blobs uploaded concurrently once, and re-puts harmlessly', async () => {
    const bytes = randomBytes(300_000);
    const d = digest(bytes);
    await Promise.all(
      Array.from({ length: 8 }, () =>
        store.put(tempKey(), Readable.from([bytes]), { sha256: d, size: bytes.length, maxBytes: MAX }),
      ),
    );
    expect((await list(store)).filter((x) => x === d)).toHaveLength(1);
    expect(await readAll(await store.get(d))).toEqual(bytes);
  });

  it('refuses temporary keys outside the uploads area', async () => {
    const bytes = randomBytes(10);
    await expect(
      store.put('../escape', Readable.from([bytes]), { sha256: digest(bytes), size: 10, maxBytes: MAX }),
    ).rejects.toThrow(/invalid temporary key/);
    await expect(store.deleteTemp('blobs/sha256/x')).rejects.toThrow(/invalid temporary key/);
  });

  it('leaves no temporary objects behind', async () => {
    if (store instanceof FsBlobStore) {
      const dir = (store as unknown as { root: string }).root;
      expect(await readdir(join(dir, 'uploads'))).toEqual([]);
    }
  });
});
