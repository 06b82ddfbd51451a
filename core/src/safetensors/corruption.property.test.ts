/**
 * Corrupt input must always end in a SafetensorsError (or, when the corruption happens to leave a
 * valid file, a consistent result): never another exception type, a crash, a hang, or an allocation
 * larger than the input.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DTYPES } from './dtypes.js';
import { SafetensorsError } from './errors.js';
import { loadSafetensorsFile, openSafetensorsFile } from './file-reader.js';
import { type LoadedSafetensors, loadSafetensors } from './reader.js';
import { metadataArb, tensorsArb } from './test-support/arbitraries.js';
import { fixturePath, rawFile } from './test-support/helpers.js';
import { serializeSafetensors } from './writer.js';

const bert = new Uint8Array(readFileSync(fixturePath('hf-tiny/bert/model.safetensors')));
const validFile = fc.oneof(
  fc.constant(bert),
  fc.tuple(tensorsArb, metadataArb).map(([tensors, metadata]) => serializeSafetensors(tensors, metadata)),
);

/**
 * Load `bytes`; it must either throw a SafetensorsError or return tensors that exactly tile the data
 * section. Also checks (unless `checkMemory` is false, to keep hot loops fast) that no more array-buffer
 * memory than the input's size stayed allocated.
 */
function loadOrSafetensorsError(bytes: Uint8Array, checkMemory = true): LoadedSafetensors | SafetensorsError {
  const before = checkMemory ? process.memoryUsage().arrayBuffers : 0;
  let result: LoadedSafetensors | SafetensorsError;
  try {
    result = loadSafetensors(bytes);
  } catch (error) {
    if (!(error instanceof SafetensorsError)) throw error; // fails the property with the real error
    result = error;
  }
  // Garbage from a failed attempt is not collected yet, so an oversized allocation would show here.
  if (checkMemory) {
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThanOrEqual(bytes.length + 1024 * 1024);
  }
  if (!(result instanceof SafetensorsError)) {
    const { header, tensors } = result;
    let end = 0;
    for (const t of tensors.values()) end += t.data.byteLength;
    expect(header.dataStart + end).toBe(bytes.length);
    for (const [name, t] of tensors) {
      expect(t.data.length).toBe(t.shape.reduce((a, b) => a * b, 1));
      expect(t.data).toBeInstanceOf(DTYPES[header.tensors.get(name)!.dtype].array);
    }
  }
  return result;
}

function headerEnd(bytes: Uint8Array): number {
  return 8 + Number(new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true));
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deltahub-st-corrupt-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('corrupted files (property)', () => {
  it('truncation at every length of the header region is SAFETENSORS_TRUNCATED', () => {
    const end = headerEnd(bert);
    const lengths = [...Array.from({ length: end + 64 }, (_, i) => i)];
    for (let l = end + 64; l < bert.length; l += 257) lengths.push(l);
    lengths.push(bert.length - 1);
    for (const length of lengths) {
      const result = loadOrSafetensorsError(bert.subarray(0, length), false);
      expect(result instanceof SafetensorsError && result.code, `length ${length}`).toBe(
        'SAFETENSORS_TRUNCATED',
      );
    }
  });

  it('truncation of random files at every length is SAFETENSORS_TRUNCATED', () => {
    fc.assert(
      fc.property(
        validFile.filter((b) => b.length < 2048),
        (bytes) => {
          for (let length = 0; length < bytes.length; length++) {
            const result = loadOrSafetensorsError(bytes.subarray(0, length), false);
            expect(result instanceof SafetensorsError && result.code).toBe('SAFETENSORS_TRUNCATED');
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it('byte flips in the length field and header give a SafetensorsError or a consistent file', () => {
    fc.assert(
      fc.property(
        validFile,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }),
        (original, flips) => {
          const bytes = original.slice();
          const end = headerEnd(bytes);
          for (const [position, xor] of flips) bytes[position % end] = bytes[position % end]! ^ xor;
          loadOrSafetensorsError(bytes);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('random header-length values give a SafetensorsError (checked before allocating)', () => {
    fc.assert(
      fc.property(
        validFile,
        fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), fc.bigInt({ min: 0n, max: 5000n })),
        (original, n) => {
          const bytes = original.slice();
          new DataView(bytes.buffer).setBigUint64(0, n, true);
          loadOrSafetensorsError(bytes);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('random JSON headers give a SafetensorsError', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat({ max: 64 }), (json, dataLength) => {
        loadOrSafetensorsError(rawFile(json, dataLength));
      }),
      { numRuns: 500 },
    );
  });

  it('random near-valid entries give a SafetensorsError or a consistent file', () => {
    const value = fc.oneof(
      fc.integer({ min: -2, max: 40 }),
      fc.constantFrom(1.5, -0, 2 ** 53, 1e308, null, '4', true),
      fc.constant(undefined),
    );
    const entry = fc.record(
      {
        dtype: fc.oneof(fc.constantFrom('F32', 'U8', 'I64', 'BF16', 'BOOL', 'F8_E4M3', 'f32', ''), value),
        shape: fc.oneof(fc.array(value, { maxLength: 3 }), value),
        data_offsets: fc.oneof(fc.tuple(value, value), fc.array(value, { maxLength: 3 }), value),
        extra: value,
      },
      { requiredKeys: [] },
    );
    const header = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', '', '__metadata__'),
      fc.oneof(entry, fc.jsonValue({ maxDepth: 1 })),
      {
        maxKeys: 4,
      },
    );
    fc.assert(
      fc.property(header, fc.nat({ max: 80 }), (h, dataLength) => {
        loadOrSafetensorsError(rawFile(h, dataLength));
      }),
      { numRuns: 1000 },
    );
  });

  it('random bytes give a SafetensorsError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 256 }), fc.option(fc.nat({ max: 300 })), (bytes, n) => {
        const data = bytes.length >= 8 && n !== null ? bytes.slice() : bytes;
        if (data !== bytes) new DataView(data.buffer).setBigUint64(0, BigInt(n!), true);
        loadOrSafetensorsError(data);
      }),
      { numRuns: 500 },
    );
  });

  it('corrupt files on disk: whole and lazy readers throw only SafetensorsError', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        validFile,
        fc.oneof(
          fc.tuple(fc.constant('flip' as const), fc.nat(), fc.integer({ min: 1, max: 255 })),
          fc.tuple(fc.constant('cut' as const), fc.nat(), fc.constant(0)),
          fc.tuple(fc.constant('length' as const), fc.nat(), fc.constant(0)),
        ),
        async (original, [kind, at, xor]) => {
          const bytes = original.slice();
          const end = headerEnd(bytes);
          let file = bytes;
          if (kind === 'flip') bytes[at % end] = bytes[at % end]! ^ xor;
          else if (kind === 'cut') file = bytes.subarray(0, at % bytes.length);
          else new DataView(bytes.buffer).setBigUint64(0, BigInt(at) * 7919n, true);
          const path = join(dir, `c-${run++}.safetensors`);
          await writeFile(path, file);
          const expected = loadOrSafetensorsError(file);
          for (const attempt of [
            () => loadSafetensorsFile(path),
            async () => {
              const reader = await openSafetensorsFile(path);
              try {
                for (const name of reader.names()) await reader.read(name);
              } finally {
                await reader.close();
              }
            },
          ]) {
            try {
              await attempt();
              expect(expected).not.toBeInstanceOf(SafetensorsError);
            } catch (error) {
              expect(error).toBeInstanceOf(SafetensorsError);
              expect((error as SafetensorsError).code).toBe((expected as SafetensorsError).code);
            }
          }
          await rm(path);
        },
      ),
      { numRuns: 60 },
    );
  });
});
