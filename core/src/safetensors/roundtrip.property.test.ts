import { Buffer } from 'node:buffer';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DTYPES, SAFETENSORS_DTYPES } from './dtypes.js';
import { loadSafetensorsFile, openSafetensorsFile, readSafetensorsHeader } from './file-reader.js';
import { loadSafetensors } from './reader.js';
import { metadataArb, tensorOf, tensorsArb } from './test-support/arbitraries.js';
import { expectSameTensors } from './test-support/compare.js';
import { serializeSafetensors, writeSafetensorsFile, writeSafetensorsToStream } from './writer.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deltahub-st-roundtrip-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('round trip (property)', () => {
  it('every dtype: buffer → load gives the same tensors as aligned, zero-copy views', () => {
    for (const dtype of SAFETENSORS_DTYPES) {
      fc.assert(
        fc.property(
          fc.array(tensorOf(dtype), { minLength: 1, maxLength: 3 }),
          metadataArb,
          (list, metadata) => {
            const tensors = list.map((t, i) => [`t${i}`, t] as const);
            const bytes = serializeSafetensors(tensors, metadata);
            const loaded = loadSafetensors(bytes);
            expectSameTensors(loaded.tensors, tensors);
            expect(loaded.header.metadata).toEqual(metadata ?? {});
            for (const t of loaded.tensors.values()) {
              expect(t.data).toBeInstanceOf(DTYPES[dtype].array);
              expect(t.data.buffer).toBe(bytes.buffer);
            }
          },
        ),
        { numRuns: 15 },
      );
    }
  });

  it('mixed dtypes and names: buffer round trip, deterministic bytes, every tensor aligned', () => {
    fc.assert(
      fc.property(tensorsArb, metadataArb, (tensors, metadata) => {
        const bytes = serializeSafetensors(tensors, metadata);
        expect(serializeSafetensors([...tensors].reverse(), metadata)).toEqual(bytes); // order-independent
        const { header, tensors: loaded } = loadSafetensors(bytes);
        expect(header.dataStart % 8).toBe(0);
        expectSameTensors(loaded, tensors);
        for (const t of loaded.values()) {
          expect(t.data.byteOffset % DTYPES[t.dtype].size).toBe(0);
          expect(t.data.buffer).toBe(bytes.buffer);
        }
        // Re-serializing what was loaded reproduces the file exactly.
        expect(serializeSafetensors(loaded, header.metadata)).toEqual(bytes);
      }),
      { numRuns: 100 },
    );
  });

  it('file: atomic write → whole-file load, header read and lazy per-tensor reads agree', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(tensorsArb, metadataArb, async (tensors, metadata) => {
        const path = join(dir, `rt-${run++}.safetensors`);
        await writeSafetensorsFile(path, tensors, metadata, { fsync: false });
        const whole = await loadSafetensorsFile(path);
        expectSameTensors(whole.tensors, tensors);
        expect(whole.header.metadata).toEqual(metadata ?? {});
        expect(await readSafetensorsHeader(path)).toEqual(whole.header);
        const reader = await openSafetensorsFile(path);
        try {
          const lazy = new Map();
          for (const name of reader.names()) lazy.set(name, await reader.read(name));
          expectSameTensors(lazy, tensors);
        } finally {
          await reader.close();
        }
        await rm(path);
      }),
      { numRuns: 40 },
    );
  });

  it('stream: bytes equal the buffer serialization', async () => {
    await fc.assert(
      fc.asyncProperty(
        tensorsArb,
        metadataArb,
        fc.integer({ min: 1, max: 64 }),
        async (tensors, metadata, hwm) => {
          const stream = new PassThrough({ highWaterMark: hwm });
          const parts: Buffer[] = [];
          stream.on('data', (c: Buffer) => parts.push(c));
          await writeSafetensorsToStream(stream, tensors, metadata);
          expect(new Uint8Array(Buffer.concat(parts))).toEqual(serializeSafetensors(tensors, metadata));
        },
      ),
      { numRuns: 40 },
    );
  });
});
