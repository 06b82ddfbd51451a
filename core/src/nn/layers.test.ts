import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../runtime/tf.js';
import { selectBackend } from '../runtime/backend.js';
import { getActivation } from './activations.js';
import { Dropout } from './dropout.js';
import { Embedding } from './embedding.js';
import { withoutRandomInit } from './init.js';
import { Conv1D, Linear } from './linear.js';
import { LayerNorm, RMSNorm } from './normalization.js';

function close(actual: tf.Tensor, expected: number[] | number[][], tol = 1e-5): void {
  const a = [...actual.dataSync()];
  const e = expected.flat();
  expect(a.length).toBe(e.length);
  a.forEach((v, i) => expect(Math.abs(v - e[i]!)).toBeLessThan(tol));
}

describe.each(['wasm', 'cpu'] as const)('layers on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it('Linear stores [out, in] and computes x·Wᵀ + b for any leading shape', () => {
    const linear = new Linear(3, 2);
    linear.weight.assign(
      tf.tensor2d([
        [1, 0, 2],
        [0, 1, -1],
      ]),
    );
    linear.bias!.assign(tf.tensor1d([0.5, -0.5]));
    close(linear.call(tf.tensor2d([[1, 2, 3]])), [[7.5, -1.5]]);
    expect(linear.call(tf.ones([2, 5, 3])).shape).toEqual([2, 5, 2]);
  });

  it('Conv1D stores [in, out] and computes x·W + b', () => {
    const conv = new Conv1D(2, 3);
    expect(conv.weight.shape).toEqual([3, 2]);
    conv.weight.assign(
      tf.tensor2d([
        [1, 0],
        [0, 1],
        [2, -1],
      ]),
    );
    close(conv.call(tf.tensor3d([[[1, 2, 3]]])), [[7, -1]]);
  });

  it('Embedding gathers rows for any index shape and zeroes the padding row', () => {
    const embedding = new Embedding(5, 3, { paddingIdx: 1 });
    const padded = embedding.call(tf.tensor2d([[1, 1]], undefined, 'int32'));
    expect(padded.shape).toEqual([1, 2, 3]);
    expect(padded.dataSync().every((v) => v === 0)).toBe(true);
    expect(embedding.call(tf.tensor2d([[0, 2, 3]], undefined, 'int32')).shape).toEqual([1, 3, 3]);
  });

  it('LayerNorm and RMSNorm match their formulas', () => {
    const x = tf.tensor2d([[1, 2, 3, 4]]);
    const ln = new LayerNorm(4, 1e-5);
    const mean = 2.5;
    const std = Math.sqrt((1.5 ** 2 * 2 + 0.5 ** 2 * 2) / 4 + 1e-5);
    close(ln.call(x), [[1, 2, 3, 4].map((v) => (v - mean) / std)], 1e-4);
    const rms = new RMSNorm(4, 1e-6);
    const r = Math.sqrt((1 + 4 + 9 + 16) / 4 + 1e-6);
    close(rms.call(x), [[1, 2, 3, 4].map((v) => v / r)], 1e-4);
    expect(rms.typeName).toBe('T5LayerNorm');
  });

  it('activations match reference values', () => {
    const x = tf.tensor1d([-1, 0, 0.5, 2]);
    // torch.nn.functional.gelu and gelu(approximate='tanh') values.
    close(getActivation('gelu')(x), [-0.15865525, 0, 0.34573123, 1.95449974], 1e-5);
    close(getActivation('gelu_new')(x), [-0.15880801, 0, 0.34571401, 1.95459769], 1e-5);
    close(getActivation('silu')(x), [-0.26894142, 0, 0.31122967, 1.76159416], 1e-5);
    close(getActivation('relu')(x), [0, 0, 0.5, 2]);
    expect(() => getActivation('nope')).toThrow(/Unknown activation 'nope'/);
  });

  it('Dropout acts only in training mode', () => {
    const dropout = new Dropout(0.5);
    const x = tf.ones([1000]);
    const trained = dropout.call(x).dataSync();
    expect(trained.filter((v) => v === 0).length).toBeGreaterThan(300);
    expect(trained.filter((v) => v !== 0).every((v) => Math.abs(v - 2) < 1e-6)).toBe(true);
    dropout.eval();
    expect(
      dropout
        .call(x)
        .dataSync()
        .every((v) => v === 1),
    ).toBe(true);
  });

  it('withoutRandomInit builds zero weights quickly and restores random init after', () => {
    const zero = withoutRandomInit(() => new Linear(8, 8));
    expect(zero.weight.dataSync().every((v) => v === 0)).toBe(true);
    const random = new Linear(8, 8);
    expect(random.weight.dataSync().some((v) => v !== 0)).toBe(true);
    // PyTorch's default bound for nn.Linear weights is 1/sqrt(in).
    expect(Math.max(...random.weight.dataSync().map(Math.abs))).toBeLessThanOrEqual(1 / Math.sqrt(8));
  });
});
