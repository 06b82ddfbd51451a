import { describe, expect, it } from 'vitest';
import type { BlobRef, BlobStore, ByteRange } from '../storage/blob-store.js';
import { sha256, safetensorsWithHeader } from '@deltahub/testing';
import { INLINE_PARSE_BYTES } from './header-parser.js';
import { inspectRevision, MAX_FRONT_MATTER_BYTES, type InspectLimits, type StoredFile } from './inspect.js';

const LIMITS: InspectLimits = {
  maxMetadataBytes: 1024 ** 2,
  maxSafetensorsHeaderBytes: 16 * 1024 ** 2,
  maxTotalHeaderBytes: 64 * 1024 ** 2,
  requireDeltaConfig: false,
};

/** A store holding `files` in memory, counting the reads and the bytes they return (a unit-test double). */
function memoryStore(files: { sha256: string; bytes: Buffer }[]): {
  store: BlobStore;
  reads: number;
  bytesRead: number;
} {
  const blobs = new Map(files.map((f) => [f.sha256, f.bytes]));
  const counter = { reads: 0, bytesRead: 0 };
  const read = async (blob: BlobRef, range: ByteRange): Promise<Buffer> => {
    const bytes = blobs.get(blob.sha256);
    if (!bytes) throw new Error(`no blob ${blob.sha256}`);
    counter.reads++;
    const slice = Buffer.from(bytes.subarray(range.start, range.end + 1));
    counter.bytesRead += slice.length;
    return slice;
  };
  return Object.assign(counter, { store: { read } as unknown as BlobStore });
}

const at = (path: string, f: { sha256: string; bytes: Buffer }): StoredFile => ({
  path,
  sha256: f.sha256,
  size: f.bytes.length,
  objectKey: null,
});

describe('inspectRevision: bounded work per revision', () => {
  it('reads and parses each digest once, however many paths name it', async () => {
    const big = safetensorsWithHeader(INLINE_PARSE_BYTES * 2);
    const counted = memoryStore([big]);
    const files = Array.from({ length: 1000 }, (_, i) => at(`copies/${i}.safetensors`, big));
    await inspectRevision(counted.store, files, LIMITS);
    // The 8-byte length field, then the header: two reads, once.
    expect(counted.reads).toBe(2);
    expect(counted.bytesRead).toBe(8 + 8 + big.headerBytes);
  });

  it('refuses with 413 the revision whose distinct headers exceed the budget, before reading past it', async () => {
    const headers = ['a', 'b', 'c'].map((seed) => safetensorsWithHeader(10_000, seed));
    const counted = memoryStore(headers);
    const files = headers.map((h, i) => at(`part-${i}.safetensors`, h));
    const limits = { ...LIMITS, maxTotalHeaderBytes: 25_000 };
    await expect(inspectRevision(counted.store, files, limits)).rejects.toMatchObject({
      status: 413,
      code: 'too_large',
      message: expect.stringContaining('25000-byte limit for one commit (DELTAHUB_MAX_COMMIT_HEADER_BYTES)'),
    });
    expect(counted.bytesRead).toBeLessThanOrEqual(25_000 + 3 * 8);
    // The same files pass when the budget allows them, and repeated paths cost nothing more.
    const copies = [...files, ...files.map((f) => ({ ...f, path: `copy/${f.path}` }))];
    await expect(
      inspectRevision(memoryStore(headers).store, copies, { ...limits, maxTotalHeaderBytes: 31_000 }),
    ).resolves.toMatchObject({ config: null });
  });

  it('validates large headers off the event loop: valid ones pass, a bad one is named', async () => {
    const big = safetensorsWithHeader(INLINE_PARSE_BYTES * 4);
    const truncated = { ...big, bytes: big.bytes.subarray(0, big.bytes.length - 4), sha256: 'f'.repeat(64) };
    const store = memoryStore([big, truncated]).store;
    await expect(inspectRevision(store, [at('ok.safetensors', big)], LIMITS)).resolves.toBeDefined();
    await expect(
      inspectRevision(store, [at('ok.safetensors', big), at('bad.safetensors', truncated)], LIMITS),
    ).rejects.toMatchObject({
      status: 400,
      code: 'invalid_safetensors',
      message: expect.stringMatching(/^bad\.safetensors: /),
    });
  });

  it('refuses a model card whose front matter is over the limit, before parsing it', async () => {
    const card = (frontMatterBytes: number) => {
      const bytes = Buffer.from(`---\nnote: "${'x'.repeat(frontMatterBytes - 8)}"\n---\n# Card\n`);
      return { sha256: sha256(bytes), bytes };
    };
    const [fits, over] = [card(MAX_FRONT_MATTER_BYTES), card(MAX_FRONT_MATTER_BYTES + 1)];
    const store = memoryStore([fits, over]).store;
    await expect(inspectRevision(store, [at('README.md', fits)], LIMITS)).resolves.toMatchObject({
      cardMeta: { note: expect.any(String) },
    });
    await expect(inspectRevision(store, [at('README.md', over)], LIMITS)).rejects.toMatchObject({
      status: 400,
      code: 'too_large',
      message: `README.md: the front matter is ${MAX_FRONT_MATTER_BYTES + 1} bytes, over the ${MAX_FRONT_MATTER_BYTES}-byte limit`,
    });
  });
});
