import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../runtime/backend.js';
import { tf } from '../runtime/tf.js';
import { checkpoint } from './checkpoint.js';

describe.each(['wasm', 'cpu'] as const)('checkpoint on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it('gives the gradients of the plain computation, for the input and the variables', () => {
    const w = tf.variable(
      tf.tensor2d([
        [0.5, -1],
        [2, 0.25],
      ]),
    );
    const frozen = tf.variable(tf.tensor1d([0.1, -0.3]), false);
    const x0 = tf.tensor2d([
      [1, 2],
      [3, -1],
      [0.5, 0.5],
    ]);
    const mask = tf.tensor2d([
      [1, 0],
      [1, 1],
      [0, 1],
    ]);
    const layer = (x: tf.Tensor, m: tf.Tensor): tf.Tensor =>
      tf.mul(tf.tanh(tf.add(tf.matMul(x, w), frozen)), m);
    const loss = (wrapped: boolean) => (x: tf.Tensor) => {
      const h = wrapped ? checkpoint(layer, x, [mask], [w]) : layer(x, mask);
      return tf.sum(tf.square(wrapped ? checkpoint(layer, h, [mask], [w]) : layer(h, mask)));
    };
    const grads = (wrapped: boolean) => {
      const { value, grads } = tf.variableGrads(() => loss(wrapped)(x0) as tf.Scalar, [w]);
      const dx = tf.grad(loss(wrapped))(x0);
      const result = {
        value: value.dataSync()[0]!,
        dw: [...grads[w.name]!.dataSync()],
        dx: [...dx.dataSync()],
      };
      tf.dispose([value, grads[w.name]!, dx]);
      return result;
    };
    const before = tf.memory().numTensors;
    const plain = grads(false);
    const checkpointed = grads(true);
    expect(checkpointed.value).toBeCloseTo(plain.value, 5);
    checkpointed.dw.forEach((v, i) => expect(v).toBeCloseTo(plain.dw[i]!, 5));
    checkpointed.dx.forEach((v, i) => expect(v).toBeCloseTo(plain.dx[i]!, 5));
    expect(plain.dw.some((v) => Math.abs(v) > 1e-3)).toBe(true);
    tf.dispose([w, frozen, x0, mask]);
    expect(tf.memory().numTensors).toBe(before - 4);
  });

  it('is the plain computation when no gradient is recorded', () => {
    const x = tf.tensor1d([1, 2, 3]);
    const out = checkpoint((t) => tf.mul(t, 2), x, [], []);
    expect([...out.dataSync()]).toEqual([2, 4, 6]);
    tf.dispose([x, out]);
  });
});
