import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from './backend.js';
import { tf } from './tf.js';
import { installWasmSharedIdentity } from './wasm-identity.js';

describe('wasm Identity shares data', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it('clones without copying, and the clone outlives the original', () => {
    const x = tf.tensor2d([
      [1, 2],
      [3, 4],
    ]);
    const before = tf.memory();
    const y = tf.clone(x);
    expect(tf.memory().numTensors).toBe(before.numTensors + 1);
    // One buffer for both (numBytes counts per tensor, numDataBuffers per buffer).
    expect(tf.memory().numDataBuffers).toBe(before.numDataBuffers);
    x.dispose();
    expect(y.arraySync()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    y.dispose();
    expect(tf.memory().numDataBuffers).toBe(before.numDataBuffers - 1);
  });

  it('keeps gradients right where the tape saves (clones) inputs and outputs', () => {
    const x = tf.tensor1d([0.5, -1, 2]);
    const [grad] = tf.grads((v: tf.Tensor) => tf.sum(tf.mul(tf.exp(v), tf.square(v))))([x]);
    // d/dv (e^v · v²) = e^v · (v² + 2v)
    const expected = [0.5, -1, 2].map((v) => Math.exp(v) * (v * v + 2 * v));
    [...grad!.dataSync()].forEach((g, i) => expect(g).toBeCloseTo(expected[i]!, 4));
  });

  it('replaces the kernel once however often it is installed', () => {
    const shared = tf.getKernel('Identity', 'wasm');
    installWasmSharedIdentity();
    expect(tf.getKernel('Identity', 'wasm')).toBe(shared);
  });
});
