import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../runtime/backend.js';
import { tf } from '../runtime/tf.js';
import { parameterFrom, withoutRandomInit } from './init.js';
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
});
