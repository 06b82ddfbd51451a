import { Buffer } from 'node:buffer';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSafetensors } from './reader.js';
import { bytesOf } from './tensor.js';
import { fixturePath, rawFile } from './test-support/helpers.js';
import { serializeSafetensors } from './writer.js';

describe('loadSafetensors', () => {
  it('returns zero-copy views into the input buffer when aligned', () => {
    const bytes = serializeSafetensors({
      w: { dtype: 'F32', shape: [2, 2], data: Float32Array.of(1, 2, 3, 4) },
      i: { dtype: 'I64', shape: [2], data: BigInt64Array.of(-1n, 2n ** 62n) },
      h: { dtype: 'F16', shape: [1], data: Uint16Array.of(0x3c00) },
    });
    const { tensors } = loadSafetensors(bytes);
    for (const t of tensors.values()) expect(t.data.buffer).toBe(bytes.buffer);
    expect(tensors.get('w')!.data).toEqual(Float32Array.of(1, 2, 3, 4));
    expect(tensors.get('i')!.data).toEqual(BigInt64Array.of(-1n, 2n ** 62n));
    // Views share memory: this is what zero-copy means for callers.
    (tensors.get('w')!.data as Float32Array)[0] = 9;
    expect(loadSafetensors(bytes).tensors.get('w')!.data[0]).toBe(9);
  });

  it('copies tensors whose offset is not aligned to their element size', () => {
    const bytes = serializeSafetensors({ w: { dtype: 'F64', shape: [2], data: Float64Array.of(1.5, -2) } });
    // The same file at byte 3 of a larger buffer: every F64 view would be misaligned.
    const shifted = new Uint8Array(bytes.length + 3).subarray(3);
    shifted.set(bytes);
    const t = loadSafetensors(shifted).tensors.get('w')!;
    expect(t.data).toBeInstanceOf(Float64Array);
    expect(t.data.buffer).not.toBe(shifted.buffer);
    expect(t.data).toEqual(Float64Array.of(1.5, -2));
  });

  it('copies when the header is not padded to a multiple of the element size', () => {
    const header = { w: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } };
    const data = new Uint8Array(Float32Array.of(0.5, 7).buffer);
    const bytes = rawFile(header, data); // JSON of odd length, no padding
    expect((8 + JSON.stringify(header).length) % 4).not.toBe(0);
    const t = loadSafetensors(bytes).tensors.get('w')!;
    expect(t.data.buffer).not.toBe(bytes.buffer);
    expect(t.data).toEqual(Float32Array.of(0.5, 7));
    // Byte-sized types are always views.
    const u8 = loadSafetensors(
      rawFile({ b: { dtype: 'U8', shape: [3], data_offsets: [0, 3] } }, 3),
    ).tensors.get('b')!;
    expect(u8.data).toEqual(Uint8Array.of(0, 1, 2));
  });

  it('loads the hf-tiny BERT fixture: every state-dict key, F32, metadata', () => {
    const bytes = readFileSync(fixturePath('hf-tiny/bert/model.safetensors'));
    const reference = JSON.parse(readFileSync(fixturePath('hf-tiny/bert/reference.json'), 'utf8')) as {
      state_dict_keys: string[];
    };
    const { header, tensors } = loadSafetensors(bytes);
    expect(header.metadata).toEqual({ format: 'pt' });
    expect([...tensors.keys()].sort()).toEqual([...reference.state_dict_keys].sort());
    const embeddings = tensors.get('embeddings.word_embeddings.weight')!;
    expect(embeddings.dtype).toBe('F32');
    expect(embeddings.shape).toEqual([99, 32]);
    expect(embeddings.data.length).toBe(99 * 32);
    expect(tensors.get('embeddings.LayerNorm.weight')!.data).toEqual(new Float32Array(32).fill(1));
  });

  it('loads every fixture file and re-serializes it to identical tensors', () => {
    const files = [...walk(fixturePath('hf-tiny')), ...walk(fixturePath('deltas'))].filter((f) =>
      f.endsWith('.safetensors'),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const { header, tensors } = loadSafetensors(readFileSync(file));
      const again = loadSafetensors(serializeSafetensors(tensors, header.metadata));
      expect(again.header.metadata, file).toEqual(header.metadata);
      expect(again.tensors.size, file).toBe(tensors.size);
      for (const [name, t] of tensors) {
        const copy = again.tensors.get(name)!;
        expect({ dtype: copy.dtype, shape: copy.shape }, `${file}: ${name}`).toEqual({
          dtype: t.dtype,
          shape: t.shape,
        });
        // Byte comparison: deep-equality over thousands of typed-array elements is slow.
        expect(Buffer.compare(bytesOf(copy.data), bytesOf(t.data)), `${file}: ${name}`).toBe(0);
      }
    }
  });
});

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
