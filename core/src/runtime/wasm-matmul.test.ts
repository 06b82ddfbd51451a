import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from './backend.js';
import { tf } from './tf.js';
import { installWasmMatMulFastPath } from './wasm-matmul.js';

/** Shapes of `a` and `b` before transposition flags are applied, covering each path of the wrapper. */
const CASES: Array<{ name: string; a: number[]; b: number[]; transposeA: boolean; transposeB: boolean }> = [
  // x·Wᵀ with few rows: computed as (W·xᵀ)ᵀ.
  { name: 'few rows, b transposed', a: [3, 7], b: [11, 7], transposeA: false, transposeB: true },
  // Many rows: the weight itself is transposed.
  { name: 'many rows, b transposed', a: [40, 5], b: [6, 5], transposeA: false, transposeB: true },
  // A weight gradient dYᵀ·X.
  { name: 'a transposed', a: [9, 4], b: [9, 6], transposeA: true, transposeB: false },
  { name: 'both transposed', a: [5, 3], b: [4, 5], transposeA: true, transposeB: true },
  { name: 'rank 3, batch 1', a: [1, 6, 4], b: [1, 5, 4], transposeA: false, transposeB: true },
  // Batched products: one XNNPACK product per matrix on views of the operands.
  { name: 'batched', a: [2, 3, 6, 4], b: [2, 3, 5, 4], transposeA: false, transposeB: true },
  { name: 'batched, no transpose', a: [4, 9, 7], b: [4, 7, 5], transposeA: false, transposeB: false },
  { name: 'batched, a transposed', a: [2, 3, 8, 6], b: [2, 3, 8, 5], transposeA: true, transposeB: false },
  { name: 'batched, both transposed', a: [5, 7, 6], b: [5, 4, 7], transposeA: true, transposeB: true },
  // Attention-like: [batch·heads, seq, headDim] products, Q·Kᵀ and P·V.
  { name: 'batched, attention scores', a: [6, 32, 16], b: [6, 32, 16], transposeA: false, transposeB: true },
  {
    name: 'batched, attention values',
    a: [2, 3, 32, 32],
    b: [2, 3, 32, 16],
    transposeA: false,
    transposeB: false,
  },
  { name: 'no transpose', a: [6, 4], b: [4, 5], transposeA: false, transposeB: false },
];

function inputs(a: number[], b: number[]): [tf.Tensor, tf.Tensor] {
  const fill = (shape: number[], offset: number): tf.Tensor => {
    const n = shape.reduce((p, d) => p * d, 1);
    return tf.tensor(
      Array.from({ length: n }, (_, i) => Math.sin(i * 0.37 + offset)),
      shape,
    );
  };
  return [fill(a, 0), fill(b, 1)];
}

/** Value and both gradients of `sum(matMul(a, b) · weights)`, as plain arrays. */
function evaluate(c: (typeof CASES)[number]): {
  value: number[];
  da: number[];
  db: number[];
  shape: number[];
} {
  return tf.tidy(() => {
    const [a, b] = inputs(c.a, c.b);
    const value = tf.matMul(a, b, c.transposeA, c.transposeB);
    const weights = tf.tensor(
      Array.from({ length: value.size }, (_, i) => (i % 5) - 2),
      value.shape,
    );
    const grads = tf.grads((x: tf.Tensor, y: tf.Tensor) =>
      tf.sum(tf.mul(tf.matMul(x, y, c.transposeA, c.transposeB), weights)),
    )([a, b]);
    return {
      value: [...value.dataSync()],
      da: [...grads[0]!.dataSync()],
      db: [...grads[1]!.dataSync()],
      shape: value.shape,
    };
  });
}

function expectClose(actual: number[], expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((v, i) =>
    expect(Math.abs(v - expected[i]!)).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(expected[i]!))),
  );
}

describe('wasm matMul fast path', () => {
  const reference = new Map<string, ReturnType<typeof evaluate>>();

  beforeAll(async () => {
    await selectBackend('cpu');
    for (const c of CASES) reference.set(c.name, evaluate(c));
    await selectBackend('wasm');
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: value and gradients match the cpu backend without leaking tensors',
    (_, c) => {
      const before = tf.memory().numTensors;
      const actual = evaluate(c);
      const expected = reference.get(c.name)!;
      expect(actual.shape).toEqual(expected.shape);
      expectClose(actual.value, expected.value);
      expectClose(actual.da, expected.da);
      expectClose(actual.db, expected.db);
      expect(tf.memory().numTensors).toBe(before);
    },
  );

  // tfjs's BatchMatMul gradient does not broadcast (on any backend): values only.
  it.each([
    { a: [3, 6, 4], b: [1, 4, 5], transposeA: false, transposeB: false },
    { a: [1, 6, 4], b: [3, 5, 4], transposeA: false, transposeB: true },
    { a: [2, 1, 4, 6], b: [2, 1, 4, 5], transposeA: true, transposeB: false },
    { a: [3, 6, 4], b: [1, 1, 4, 5], transposeA: false, transposeB: false },
  ])('broadcasts a batch dimension of 1: $a · $b', async (c) => {
    const product = (): { value: number[]; shape: number[] } =>
      tf.tidy(() => {
        const value = tf.matMul(...inputs(c.a, c.b), c.transposeA, c.transposeB);
        return { value: [...value.dataSync()], shape: value.shape };
      });
    await selectBackend('cpu');
    const expected = product();
    await selectBackend('wasm');
    const before = tf.memory().numTensors;
    const actual = product();
    expect(actual.shape).toEqual(expected.shape);
    expectClose(actual.value, expected.value);
    expect(tf.memory().numTensors).toBe(before);
  });

  /** How many tensor ids `product` registers with the wasm side (aliases included). */
  function registrations(product: () => void): number {
    const tfjs = (tf.backend() as unknown as { wasm: { tfjs: { registerTensor: (...a: number[]) => void } } })
      .wasm.tfjs;
    const register = tfjs.registerTensor;
    let count = 0;
    tfjs.registerTensor = (...args: number[]) => {
      count++;
      register(...args);
    };
    try {
      product();
    } finally {
      tfjs.registerTensor = register;
    }
    return count;
  }

  it('runs batched products as per-matrix products on aliases of the operands', () => {
    const aliases = registrations(() =>
      tf.tidy(() => {
        tf.matMul(...inputs([4, 8, 6], [4, 5, 6]), false, true).dataSync();
      }),
    );
    // The transposed b, the output, and three aliases per matrix.
    expect(aliases).toBeGreaterThanOrEqual(3 * 4);
  });

  it('multiplies a weight untransposed on aliases, so XNNPACK caches no packed copy of it', () => {
    const [x, weight] = inputs([6, 4], [4, 5]);
    // The output, then a, b and the output aliased for the product (their disposal drops XNNPACK's
    // operator and the packed b it holds; the weight's own id never reaches XNNPACK).
    expect(registrations(() => tf.tidy(() => void tf.matMul(x, weight).dataSync()))).toBe(4);
    tf.dispose([x, weight]);
  });

  it('multiplies by a right operand over 32 MB in blocks of its rows, with the same result', async () => {
    // 2900² floats: 33.6 MB, so two blocks (a vocabulary matrix in a backward pass's dY·W).
    const product = (): Float32Array =>
      tf.tidy(() => tf.matMul(...inputs([2, 2900], [2900, 2900])).dataSync() as Float32Array);
    await selectBackend('cpu');
    const expected = product();
    await selectBackend('wasm');
    const before = tf.memory().numTensors;
    const actual = product();
    expect(tf.memory().numTensors).toBe(before);
    let worst = 0;
    actual.forEach(
      (v, i) => (worst = Math.max(worst, Math.abs(v - expected[i]!) / (1 + Math.abs(expected[i]!)))),
    );
    expect(actual.length).toBe(2 * 2900);
    expect(worst).toBeLessThan(1e-4);
  }, 60_000);

  it('wraps the kernel once however often it is installed', () => {
    const wrapped = tf.getKernel('BatchMatMul', 'wasm');
    installWasmMatMulFastPath();
    expect(tf.getKernel('BatchMatMul', 'wasm')).toBe(wrapped);
  });
});
