import { describe, expect, it } from 'vitest';
import { type SafetensorsDtype, SAFETENSORS_DTYPES } from './dtypes.js';
import { fromFloat32, toFloat32 } from './convert.js';
import { expectCode } from './test-support/helpers.js';

describe('toFloat32 / fromFloat32', () => {
  const values = [0, 1, -2, 3.5, 100];
  const expected: Record<SafetensorsDtype, number[]> = {
    BOOL: [0, 1, 1, 1, 1],
    U8: [0, 1, 254, 3, 100],
    I8: [0, 1, -2, 3, 100],
    U16: [0, 1, 65534, 3, 100],
    I16: [0, 1, -2, 3, 100],
    F16: [0, 1, -2, 3.5, 100],
    BF16: [0, 1, -2, 3.5, 100],
    U32: [0, 1, 4294967294, 3, 100],
    I32: [0, 1, -2, 3, 100],
    F32: [0, 1, -2, 3.5, 100],
    F64: [0, 1, -2, 3.5, 100],
    U64: [0, 1, 2 ** 64 - 2, 3, 100],
    I64: [0, 1, -2, 3, 100],
  };

  it('round-trips values through every dtype (integers truncate and wrap)', () => {
    for (const dtype of SAFETENSORS_DTYPES) {
      const t = fromFloat32(values, dtype);
      expect(t.shape).toEqual([5]);
      expect([...toFloat32(t)], dtype).toEqual(expected[dtype].map(Math.fround));
    }
  });

  it('F32 data is returned as is; F16/BF16 bits are converted', () => {
    const t = fromFloat32(Float32Array.of(1, 2), 'F32', [2, 1]);
    expect(toFloat32(t)).toBe(t.data);
    expect(fromFloat32([1, -2], 'F16').data).toEqual(Uint16Array.of(0x3c00, 0xc000));
    expect(fromFloat32([1, -2], 'BF16').data).toEqual(Uint16Array.of(0x3f80, 0xc000));
    expect(fromFloat32([NaN, Infinity, 2.9], 'I32').data).toEqual(Int32Array.of(0, 0, 2));
    expect(fromFloat32([NaN, -Infinity, -2.9], 'I64').data).toEqual(BigInt64Array.of(0n, 0n, -2n));
  });

  it('reads raw Uint8Array bytes as the dtype', () => {
    const bytes = new Uint8Array(Float64Array.of(1.25).buffer);
    expect([...toFloat32({ dtype: 'F64', shape: [1], data: bytes })]).toEqual([1.25]);
    const unaligned = new Uint8Array(9).subarray(1);
    unaligned.set(bytes);
    expect([...toFloat32({ dtype: 'F64', shape: [1], data: unaligned })]).toEqual([1.25]);
  });

  it('checks the shape against the number of values', () => {
    expectCode(() => fromFloat32([1, 2, 3], 'F32', [2, 2]), 'SAFETENSORS_SIZE_MISMATCH', /4 elements but 3/);
    expectCode(() => fromFloat32([1], 'F32', [-1]), 'SAFETENSORS_BAD_SHAPE');
    expectCode(() => fromFloat32([1], 'F8' as SafetensorsDtype), 'SAFETENSORS_BAD_DTYPE');
  });
});
