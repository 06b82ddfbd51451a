import { Buffer } from 'node:buffer';
import { createWriteStream } from 'node:fs';
import { mkdtemp, open, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSafetensors } from './reader.js';
import type { TensorData } from './tensor.js';
import { asyncErrorOf, expectCode, expectSameBytes } from './test-support/helpers.js';
import {
  prepareSafetensors,
  serializeSafetensors,
  writeSafetensorsFile,
  writeSafetensorsToStream,
} from './writer.js';

const attn = { dtype: 'F32', shape: [1, 2, 3], data: Float32Array.of(0, 1, 2, 3, 4, 5) } as const;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deltahub-st-writer-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('serializeSafetensors', () => {
  // Byte-exact vectors from the reference (Rust) implementation's own tests.
  it('matches the reference implementation byte for byte', () => {
    expect([...serializeSafetensors({ 'attn.0': attn })]).toEqual([
      64, 0, 0, 0, 0, 0, 0, 0, 123, 34, 97, 116, 116, 110, 46, 48, 34, 58, 123, 34, 100, 116, 121, 112, 101,
      34, 58, 34, 70, 51, 50, 34, 44, 34, 115, 104, 97, 112, 101, 34, 58, 91, 49, 44, 50, 44, 51, 93, 44, 34,
      100, 97, 116, 97, 95, 111, 102, 102, 115, 101, 116, 115, 34, 58, 91, 48, 44, 50, 52, 93, 125, 125, 0, 0,
      0, 0, 0, 0, 128, 63, 0, 0, 0, 64, 0, 0, 64, 64, 0, 0, 128, 64, 0, 0, 160, 64,
    ]);
    expect([...serializeSafetensors({})]).toEqual([8, 0, 0, 0, 0, 0, 0, 0, 123, 125, 32, 32, 32, 32, 32, 32]);
    expect(Buffer.from(serializeSafetensors({}, { framework: 'pt' })).toString('latin1')).toBe(
      '(\0\0\0\0\0\0\0{"__metadata__":{"framework":"pt"}}     ',
    );
    const padded = serializeSafetensors({ attn0: { ...attn, shape: [1, 1, 2, 3] } });
    expect(padded[0]).toBe(72);
    expect(Buffer.from(padded.subarray(8, 80)).toString()).toMatch(/\[0,24\]\}\} {7}$/);
  });

  it('sorts by dtype width (widest first) then by code point, so every tensor is aligned', () => {
    const u8 = { dtype: 'U8', shape: [3], data: Uint8Array.of(1, 2, 3) } as const;
    const f64 = { dtype: 'F64', shape: [1], data: Float64Array.of(1) } as const;
    const f16 = { dtype: 'F16', shape: [1], data: Uint16Array.of(1) } as const;
    const prepared = prepareSafetensors([
      ['b', u8],
      ['a', u8],
      ['z', f16],
      ['\uffff', f64],
      ['😀', f64],
      ['y', f64],
    ]);
    expect(prepared.entries.map(([name]) => name)).toEqual(['y', '\uffff', '😀', 'z', 'a', 'b']);
    for (const [, entry] of prepared.entries)
      expect(entry.dataOffsets[0] % 8 === 0 || entry.dtype !== 'F64').toBe(true);
    const { tensors } = loadSafetensors(
      serializeSafetensors(new Map(prepared.entries.map(([n]) => [n, f64]))),
    );
    for (const t of tensors.values()) expect(t.data.byteOffset % 8).toBe(0);
  });

  it('pads the header with spaces to a multiple of 8 and accepts every input form', () => {
    for (let len = 1; len < 20; len++) {
      const name = 'x'.repeat(len);
      const bytes = serializeSafetensors(new Map([[name, attn]]), { k: 'v' });
      const n = Number(new DataView(bytes.buffer).getBigUint64(0, true));
      expect(n % 8).toBe(0);
      expect(loadSafetensors(bytes).header.metadata).toEqual({ k: 'v' });
      expect(serializeSafetensors({ [name]: attn }, { k: 'v' })).toEqual(bytes);
      expect(serializeSafetensors([[name, attn]], { k: 'v' })).toEqual(bytes);
    }
  });

  it('accepts raw bytes (Uint8Array or Buffer) for any dtype', () => {
    const raw = new Uint8Array(Float32Array.of(1, 2).buffer);
    const a = serializeSafetensors({ w: { dtype: 'F32', shape: [2], data: raw } });
    const b = serializeSafetensors({ w: { dtype: 'F32', shape: [2], data: Buffer.from(raw) } });
    const c = serializeSafetensors({ w: { dtype: 'F32', shape: [2], data: Float32Array.of(1, 2) } });
    expect(a).toEqual(c);
    expect(b).toEqual(c);
  });

  it('rejects invalid input with the same codes as the reader', () => {
    const bad = (t: unknown) => () => serializeSafetensors({ w: t as TensorData });
    expectCode(
      bad({ ...attn, shape: [2, 2] }),
      'SAFETENSORS_SIZE_MISMATCH',
      /"w": shape \[2, 2\] of F32 needs 16 bytes, but its data has 24/,
    );
    expectCode(
      bad({ ...attn, dtype: 'F16' }),
      'SAFETENSORS_BAD_DTYPE',
      /F16 needs its data in a Uint16Array .* got Float32Array/,
    );
    expectCode(bad({ ...attn, dtype: 'Q4' }), 'SAFETENSORS_BAD_DTYPE', /unknown dtype/);
    expectCode(bad({ ...attn, data: [0, 1, 2, 3, 4, 5] }), 'SAFETENSORS_BAD_DTYPE', /got an array/);
    expectCode(bad({ ...attn, shape: [1, -2, 3] }), 'SAFETENSORS_BAD_SHAPE', /shape\[1\]/);
    expectCode(bad(null), 'SAFETENSORS_BAD_HEADER', /"w" must be an object/);
    expectCode(() => serializeSafetensors({ '': attn }), 'SAFETENSORS_BAD_NAME');
    expectCode(() => serializeSafetensors({ __metadata__: attn }), 'SAFETENSORS_BAD_NAME', /reserved/);
    expectCode(() => serializeSafetensors({ 'a\ud800': attn }), 'SAFETENSORS_BAD_NAME', /surrogate/);
    expectCode(
      () => serializeSafetensors([[1 as unknown as string, attn]]),
      'SAFETENSORS_BAD_NAME',
      /strings/,
    );
    expectCode(
      () =>
        serializeSafetensors([
          ['w', attn],
          ['w', attn],
        ]),
      'SAFETENSORS_DUPLICATE_NAME',
      /"w" is given twice/,
    );
    expectCode(
      () => serializeSafetensors({}, { epochs: 3 } as unknown as Record<string, string>),
      'SAFETENSORS_BAD_METADATA',
      /"epochs"/,
    );
    expectCode(() => serializeSafetensors({}, { k: '\udc00' }), 'SAFETENSORS_BAD_METADATA', /surrogate/);
  });
});

describe('writeSafetensorsFile (atomic)', () => {
  const tensors = { w: attn, b: { dtype: 'I64', shape: [2], data: BigInt64Array.of(-1n, 5n) } } as const;

  it('writes the same bytes as serializeSafetensors and leaves no temporary file', async () => {
    const path = join(dir, 'ok.safetensors');
    await writeSafetensorsFile(path, tensors, { a: 'b' });
    expect(new Uint8Array(await readFile(path))).toEqual(serializeSafetensors(tensors, { a: 'b' }));
    await writeSafetensorsFile(path, { w: attn }, undefined, { fsync: false }); // replaces atomically
    expect(new Uint8Array(await readFile(path))).toEqual(serializeSafetensors({ w: attn }));
    expect(await readdir(dir)).toEqual(['ok.safetensors']);
    await rm(path);
  });

  it('creates no file when a tensor is invalid (byte length ≠ shape)', async () => {
    const path = join(dir, 'invalid.safetensors');
    const error = await asyncErrorOf(writeSafetensorsFile(path, { w: { ...attn, shape: [7] } }));
    expect(error.code).toBe('SAFETENSORS_SIZE_MISMATCH');
    expect(await readdir(dir)).toEqual([]);
  });

  it('on a failure mid-write: no file at the target, old file intact, temporary file removed', async () => {
    const path = join(dir, 'existing.safetensors');
    await writeFile(path, 'old content');
    const probe = await open(path, 'r');
    const proto = Object.getPrototypeOf(probe) as { writev: (...args: unknown[]) => Promise<unknown> };
    await probe.close();
    const spy = vi
      .spyOn(proto, 'writev')
      .mockRejectedValueOnce(Object.assign(new Error('no space left'), { code: 'ENOSPC' }));
    try {
      await expect(writeSafetensorsFile(path, tensors)).rejects.toThrow('no space left');
      await expect(writeSafetensorsFile(join(dir, 'new.safetensors'), tensors)).resolves.toBeUndefined();
    } finally {
      spy.mockRestore();
    }
    expect(await readFile(path, 'utf8')).toBe('old content');
    expect((await readdir(dir)).sort()).toEqual(['existing.safetensors', 'new.safetensors']);
    await rm(path);
    await rm(join(dir, 'new.safetensors'));
  });

  it('on a failed rename (target is a directory): temporary file removed', async () => {
    const path = join(dir, 'a-directory');
    await mkdir(join(path, 'child'), { recursive: true });
    await expect(writeSafetensorsFile(path, tensors)).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['a-directory']);
    await rm(path, { recursive: true });
  });

  it('fails cleanly when the directory does not exist', async () => {
    await expect(writeSafetensorsFile(join(dir, 'missing', 'x.safetensors'), tensors)).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe('writeSafetensorsToStream', () => {
  const big = {
    dtype: 'F32',
    shape: [64, 1024],
    data: Float32Array.from({ length: 65536 }, (_, i) => i),
  } as const;
  const tensors = { big, small: attn, empty: { dtype: 'U8', shape: [0], data: new Uint8Array(0) } } as const;

  /** A slow sink with a tiny buffer, so back-pressure kicks in; records every chunk it gets. */
  function slowSink(): { stream: Writable; chunks: Buffer[] } {
    const chunks: Buffer[] = [];
    const stream = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        setImmediate(callback);
      },
    });
    return { stream, chunks };
  }

  it('writes the serialized bytes with back-pressure, passing tensor data without copying', async () => {
    const { stream, chunks } = slowSink();
    const drains = vi.fn();
    stream.on('drain', drains);
    await writeSafetensorsToStream(stream, tensors, { m: '1' });
    expect(stream.writableFinished).toBe(true);
    expectSameBytes(Buffer.concat(chunks), serializeSafetensors(tensors, { m: '1' }));
    expect(drains).toHaveBeenCalled();
    // The big tensor reached the sink as a view of the caller's memory: no extra copy was made.
    expect(chunks.some((c) => c.buffer === big.data.buffer)).toBe(true);
  });

  it('can leave the stream open', async () => {
    const sink = new PassThrough();
    const parts: Buffer[] = [];
    sink.on('data', (c: Buffer) => parts.push(c));
    await writeSafetensorsToStream(sink, { small: attn }, undefined, { end: false });
    expect(sink.writableEnded).toBe(false);
    sink.end();
    expect(loadSafetensors(Buffer.concat(parts)).tensors.get('small')!.data).toEqual(attn.data);
  });

  it('writes to a file stream', async () => {
    const path = join(dir, 'stream.safetensors');
    await writeSafetensorsToStream(createWriteStream(path), tensors);
    expectSameBytes(await readFile(path), serializeSafetensors(tensors));
    await rm(path);
  });

  it('rejects when the stream errors or is destroyed mid-write', async () => {
    const failing = new Writable({
      highWaterMark: 16,
      write(_chunk, _encoding, callback) {
        setImmediate(() => callback(new Error('socket hang up')));
      },
    });
    await expect(writeSafetensorsToStream(failing, tensors)).rejects.toThrow('socket hang up');

    const { stream } = slowSink();
    const promise = writeSafetensorsToStream(stream, tensors);
    setImmediate(() => stream.destroy());
    await expect(promise).rejects.toThrow(/premature close/i);
  });

  it('validates before writing anything', async () => {
    const { stream, chunks } = slowSink();
    const error = await asyncErrorOf(writeSafetensorsToStream(stream, { w: { ...attn, shape: [5] } }));
    expect(error.code).toBe('SAFETENSORS_SIZE_MISMATCH');
    expect(chunks).toEqual([]);
  });
});
