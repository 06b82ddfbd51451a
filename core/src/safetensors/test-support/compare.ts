import { Buffer } from 'node:buffer';
import { expect } from 'vitest';
import type { TensorData } from '../tensor.js';
import { bytesOf } from '../tensor.js';

/** Assert `actual` holds the same tensors as `expected` (names, dtypes, shapes, bytes). */
export function expectSameTensors(
  actual: ReadonlyMap<string, TensorData>,
  expected: Iterable<readonly [string, TensorData]>,
): void {
  const want = new Map(expected);
  expect([...actual.keys()].sort()).toEqual([...want.keys()].sort());
  for (const [name, t] of want) {
    const got = actual.get(name)!;
    expect(got.dtype, name).toBe(t.dtype);
    expect(got.shape, name).toEqual(t.shape);
    expect(Buffer.from(bytesOf(got.data)).equals(bytesOf(t.data)), name).toBe(true);
  }
}
