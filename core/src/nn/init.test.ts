import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../runtime/backend.js';
import { tf } from '../runtime/tf.js';
import { parameterFrom, withEmptyWeights, withoutRandomInit } from './init.js';
import { Linear } from './linear.js';

describe.each(['wasm', 'cpu'] as const)('parameter initialisation on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it('consumes the initial tensor: one tensor per parameter, none left after dispose', () => {
    const before = tf.memory();
    const values = tf.tensor1d([1, 2, 3]);
    const parameter = parameterFrom(values);
    expect(values.isDisposed).toBe(true);
    expect([...parameter.dataSync()]).toEqual([1, 2, 3]);
    expect(tf.memory().numTensors).toBe(before.numTensors + 1);
    parameter.dispose();
    expect(tf.memory().numTensors).toBe(before.numTensors);
    expect(tf.memory().numBytes).toBe(before.numBytes);
  });

  it.each([
    ['random', (build: () => Linear) => build()],
    ['zero', (build: () => Linear) => withoutRandomInit(build)],
  ])('a %s-initialised layer holds only its parameters and frees them all', (_, init) => {
    const before = tf.memory();
    const linear = init(() => new Linear(16, 8));
    expect(tf.memory().numBytes - before.numBytes).toBe((16 * 8 + 8) * 4);
    linear.dispose();
    expect(tf.memory().numTensors).toBe(before.numTensors);
    expect(tf.memory().numBytes).toBe(before.numBytes);
  });

  it('builds shape-only parameters under withEmptyWeights, of any size, and frees them', () => {
    const before = tf.memory();
    // 20 G floats (80 GB) would never fit: only the shapes exist.
    const linear = withEmptyWeights(() => new Linear(200_000, 100_000));
    expect(linear.weight.shape).toEqual([100_000, 200_000]);
    expect(linear.numParameters()).toBe(200_000 * 100_000 + 100_000);
    expect(tf.memory().numDataBuffers - before.numDataBuffers).toBe(2);
    linear.dispose();
    expect(tf.memory().numTensors).toBe(before.numTensors);
    expect(tf.memory().numDataBuffers).toBe(before.numDataBuffers);
    expect(tf.memory().numBytes).toBe(before.numBytes);
  });
});
