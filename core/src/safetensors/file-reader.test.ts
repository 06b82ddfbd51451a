import { copyFile, mkdtemp, open, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSafetensorsFile, openSafetensorsFile, readSafetensorsHeader } from './file-reader.js';
import { loadSafetensors } from './reader.js';
import { expectSameTensors } from './test-support/compare.js';
import { asyncErrorOf, fixturePath, rawFile } from './test-support/helpers.js';
import { fromFloat32, toFloat32 } from './convert.js';
import { serializeSafetensors } from './writer.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deltahub-st-reader-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Count the bytes requested through FileHandle.read while `fn` runs. */
async function bytesReadDuring(fn: () => Promise<void>): Promise<number> {
  const probe = await open(fixturePath('hf-tiny/bert/model.safetensors'), 'r');
  const proto = Object.getPrototypeOf(probe) as {
    read: (...args: unknown[]) => Promise<{ bytesRead: number }>;
  };
  await probe.close();
  const original = proto.read;
  let total = 0;
  const spy = vi.spyOn(proto, 'read').mockImplementation(async function (this: unknown, ...args: unknown[]) {
    const result = await original.apply(this, args);
    total += result.bytesRead;
    return result;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return total;
}

const small = { dtype: 'F32', shape: [4], data: Float32Array.of(1, 2, 3, 4) } as const;

describe('loadSafetensorsFile', () => {
  it('loads the BERT fixture into one buffer of the file size, tensors as views of it', async () => {
    const path = fixturePath('hf-tiny/bert/model.safetensors');
    const { header, tensors } = await loadSafetensorsFile(path);
    expect(header.byteLength).toBe(85672);
    const buffers = new Set([...tensors.values()].map((t) => t.data.buffer));
    expect(buffers.size).toBe(1);
    expect([...buffers][0]!.byteLength).toBe(85672);
    expect(tensors.get('encoder.layer.1.output.dense.weight')!.shape).toEqual([32, 37]);
  });

  it('rejects a bad header before reading the data', async () => {
    const path = join(dir, 'bad-header.safetensors');
    const bytes = rawFile({ w: { dtype: 'F33', shape: [262144], data_offsets: [0, 1 << 20] } }, 1 << 20);
    await writeFile(path, bytes);
    let error;
    const read = await bytesReadDuring(async () => {
      error = await asyncErrorOf(loadSafetensorsFile(path));
    });
    expect(error).toMatchObject({ code: 'SAFETENSORS_BAD_DTYPE', tensor: 'w' });
    expect(read).toBeLessThan(1000);
  });

  it('reports truncated and tiny files with SafetensorsError, not I/O errors', async () => {
    const path = join(dir, 'truncated.safetensors');
    const bytes = serializeSafetensors({ small });
    for (const length of [0, 5, 8, 20, bytes.length - 1]) {
      await writeFile(path, bytes.subarray(0, length));
      expect((await asyncErrorOf(loadSafetensorsFile(path))).code, `length ${length}`).toBe(
        'SAFETENSORS_TRUNCATED',
      );
      expect((await asyncErrorOf(readSafetensorsHeader(path))).code).toMatch(
        /SAFETENSORS_(TRUNCATED|BAD_HEADER)/,
      );
      expect((await asyncErrorOf(openSafetensorsFile(path))).code).toMatch(
        /SAFETENSORS_(TRUNCATED|BAD_HEADER)/,
      );
    }
    await expect(loadSafetensorsFile(join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('agrees with loadSafetensors on every fixture', async () => {
    for (const arch of ['bert', 'gpt2', 't5', 'bart_perturbed']) {
      const path = fixturePath(`hf-tiny/${arch}/model.safetensors`);
      const fromFile = await loadSafetensorsFile(path);
      const copy = join(dir, 'copy.safetensors');
      await copyFile(path, copy);
      expect((await readSafetensorsHeader(copy)).tensors).toEqual(fromFile.header.tensors);
      expectSameTensors(fromFile.tensors, loadSafetensors(await readFile(path)).tensors);
    }
  });
});

describe('openSafetensorsFile (lazy, one tensor at a time)', () => {
  it('reads one tensor at its offset without reading the rest of a 4 GiB file', async () => {
    // A sparse file: a 4 GiB tensor first, a small one after it. Only the header and the small
    // tensor's 16 bytes may be read.
    const bigBytes = 2 ** 32;
    const header = {
      huge: { dtype: 'F32', shape: [bigBytes / 4], data_offsets: [0, bigBytes] },
      small: { dtype: 'F32', shape: [4], data_offsets: [bigBytes, bigBytes + 16] },
    };
    const prefix = rawFile(header);
    const path = join(dir, 'sparse.safetensors');
    await writeFile(path, prefix);
    await truncate(path, prefix.length + bigBytes + 16);
    const handle = await open(path, 'r+');
    await handle.write(new Uint8Array(small.data.buffer), 0, 16, prefix.length + bigBytes);
    await handle.close();

    let headerRead = 0;
    const total = await bytesReadDuring(async () => {
      const h = await readSafetensorsHeader(path);
      expect(h.byteLength).toBe(prefix.length + bigBytes + 16);
      headerRead = prefix.length;
      const reader = await openSafetensorsFile(path);
      try {
        expect(reader.names()).toEqual(['huge', 'small']);
        expect(reader.has('small')).toBe(true);
        expect(reader.entry('huge').shape).toEqual([bigBytes / 4]);
        const t = await reader.read('small');
        expect(t).toEqual({ dtype: 'F32', shape: [4], data: Float32Array.of(1, 2, 3, 4) });
        expect(await reader.readBytes('small')).toEqual(new Uint8Array(small.data.buffer));
      } finally {
        await reader.close();
      }
    });
    expect(total).toBe(2 * headerRead + 16 + 16);
    await rm(path);
  });

  it('reads every dtype into a fresh aligned array, matching the in-memory loader', async () => {
    const path = join(dir, 'lazy.safetensors');
    const tensors = {
      a: { dtype: 'U8', shape: [3], data: Uint8Array.of(1, 2, 3) },
      b: { dtype: 'BF16', shape: [2], data: Uint16Array.of(0x3f80, 0x4000) },
      c: { dtype: 'U64', shape: [1], data: BigUint64Array.of(2n ** 64n - 1n) },
      d: { dtype: 'F64', shape: [0, 2], data: new Float64Array(0) },
    } as const;
    const bytes = serializeSafetensors(tensors);
    await writeFile(path, bytes);
    const reader = await openSafetensorsFile(path);
    const inMemory = loadSafetensors(bytes).tensors;
    for (const name of reader.names()) {
      const t = await reader.read(name);
      expect(t).toEqual(inMemory.get(name));
      expect(t.data.byteOffset).toBe(0);
    }
    await reader.close();
    await reader.close(); // idempotent
  });

  it('reads tensors as float32 in bounded chunks covering every element once', async () => {
    const path = join(dir, 'chunks.safetensors');
    const values = Float32Array.from({ length: 1000 }, (_, i) => i / 8 - 30);
    const tensors = {
      f32: { dtype: 'F32', shape: [10, 100], data: values },
      bf16: fromFloat32(values, 'BF16', [1000]),
      f16: fromFloat32(values, 'F16', [1000]),
      i64: { dtype: 'I64', shape: [3], data: BigInt64Array.of(-5n, 0n, 7n) },
      empty: { dtype: 'F32', shape: [0], data: new Float32Array(0) },
    } as const;
    await writeFile(path, serializeSafetensors(tensors));
    const reader = await openSafetensorsFile(path);
    for (const name of reader.names()) {
      const whole = toFloat32(await reader.read(name));
      const gathered = new Float32Array(whole.length);
      const sizes: number[] = [];
      for await (const { offset, values: chunk } of reader.float32Chunks(name, 96)) {
        gathered.set(chunk, offset);
        sizes.push(chunk.byteLength);
      }
      expect(gathered, name).toEqual(whole);
      // 96 bytes of file data per chunk: 24 F32 or 48 half-precision elements, 12 I64.
      expect(Math.max(0, ...sizes), name).toBeLessThanOrEqual(name === 'f32' || name === 'i64' ? 96 : 192);
    }
    await reader.close();
  });

  it('throws SAFETENSORS_NOT_FOUND for unknown names and SAFETENSORS_CLOSED after close', async () => {
    const path = join(dir, 'closed.safetensors');
    await writeFile(path, serializeSafetensors({ small }));
    const reader = await openSafetensorsFile(path);
    expect(() => reader.entry('nope')).toThrow(
      expect.objectContaining({ code: 'SAFETENSORS_NOT_FOUND', tensor: 'nope' }),
    );
    await expect(reader.read('nope')).rejects.toMatchObject({ code: 'SAFETENSORS_NOT_FOUND' });
    await reader.close();
    await expect(reader.read('small')).rejects.toMatchObject({ code: 'SAFETENSORS_CLOSED' });
  });

  it('reports a file truncated after opening as SAFETENSORS_TRUNCATED', async () => {
    const path = join(dir, 'shrinks.safetensors');
    await writeFile(path, serializeSafetensors({ small }));
    const reader = await openSafetensorsFile(path);
    await truncate(path, reader.header.dataStart + 4);
    await expect(reader.read('small')).rejects.toMatchObject({ code: 'SAFETENSORS_TRUNCATED' });
    await reader.close();
  });
});
