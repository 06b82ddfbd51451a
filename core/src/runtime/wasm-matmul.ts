import type {
  BatchMatMulAttrs,
  KernelConfig,
  KernelFunc,
  NamedAttrMap,
  TensorInfo,
  TransposeAttrs,
} from '@tensorflow/tfjs-core';
import { tf } from './tf.js';

/** The subset of the wasm backend a kernel wrapper needs: freeing intermediate buffers. */
interface KernelBackend {
  disposeData(dataId: object): void;
}

const WRAPPED = Symbol('deltahub.wasmMatMulFastPath');
const NO_TRANSPOSE = { transposeA: false, transposeB: false } as unknown as NamedAttrMap;

const size = (x: TensorInfo): number => x.shape.reduce((n, d) => n * d, 1);
const batchOf = (x: TensorInfo): number => x.shape.slice(0, -2).reduce((n, d) => n * d, 1);

/**
 * Makes transposed matrix products take the WebAssembly backend's XNNPACK path.
 *
 * tfjs-backend-wasm 4.x hands `BatchMatMul` to XNNPACK only when neither operand is transposed and
 * both have batch size 1; any `transposeA`/`transposeB` falls back to a scalar triple loop that is
 * 10–70× slower here (a 128×768·768×3072 product: ~30 ms through XNNPACK, 0.3–3 s in the loop).
 * Every `Linear` multiplies by a transposed `[out, in]` weight, and the gradients of any product are
 * transposed products (`dA = dY·Bᵀ`, `dB = Aᵀ·dY`), so BERT-base forward and training passes spent
 * almost all their time in that loop. This wrapper transposes such operands explicitly (one copy,
 * memory-bound), or computes the transposed product and transposes the result when that copies
 * less, and calls the original kernel without transposes. Batched products (attention)
 * use the loop either way and are left to it: splitting them into per-matrix XNNPACK calls measured
 * slower. Installing twice is a no-op; other backends are untouched.
 */
export function installWasmMatMulFastPath(): void {
  const original = tf.getKernel('BatchMatMul', 'wasm');
  const transpose = tf.getKernel('Transpose', 'wasm')?.kernelFunc;
  if (!original || !transpose || (original as { [WRAPPED]?: true })[WRAPPED]) return;

  const swapInnerAxes = (x: TensorInfo, backend: KernelBackend): TensorInfo => {
    const perm = x.shape.map((_, i) => i);
    const rank = perm.length;
    [perm[rank - 2], perm[rank - 1]] = [perm[rank - 1]!, perm[rank - 2]!];
    const attrs: TransposeAttrs = { perm };
    return transpose({ inputs: { x }, backend, attrs: attrs as unknown as NamedAttrMap }) as TensorInfo;
  };

  const kernelFunc: KernelFunc = (args) => {
    const { a, b } = args.inputs as { a: TensorInfo; b: TensorInfo };
    const { transposeA, transposeB } = args.attrs as unknown as BatchMatMulAttrs;
    if ((!transposeA && !transposeB) || batchOf(a) !== 1 || batchOf(b) !== 1) {
      return original.kernelFunc(args);
    }
    const backend = args.backend as KernelBackend;
    const temporaries: TensorInfo[] = [];
    const swapped = (x: TensorInfo): TensorInfo => {
      const t = swapInnerAxes(x, backend);
      temporaries.push(t);
      return t;
    };
    const product = (left: TensorInfo, right: TensorInfo): TensorInfo =>
      original.kernelFunc({
        inputs: { a: left, b: right },
        backend: args.backend,
        attrs: NO_TRANSPOSE,
      }) as TensorInfo;
    try {
      // Either transpose the flagged operands, or compute the transposed product
      // op(B)ᵀ·op(A)ᵀ (which needs the unflagged operands and the result transposed): whichever
      // copies fewer elements. For x·Wᵀ with few rows that avoids copying the weight matrix.
      const direct = (transposeA ? size(a) : 0) + (transposeB ? size(b) : 0);
      const rows = transposeA ? a.shape.at(-1)! : a.shape.at(-2)!;
      const cols = transposeB ? b.shape.at(-2)! : b.shape.at(-1)!;
      const viaTransposedProduct = (transposeA ? 0 : size(a)) + (transposeB ? 0 : size(b)) + rows * cols;
      if (direct <= viaTransposedProduct) {
        return product(transposeA ? swapped(a) : a, transposeB ? swapped(b) : b);
      }
      const transposedProduct = product(transposeB ? b : swapped(b), transposeA ? a : swapped(a));
      temporaries.push(transposedProduct);
      return swapInnerAxes(transposedProduct, backend);
    } finally {
      for (const t of temporaries) backend.disposeData(t.dataId);
    }
  };

  const wrapped: KernelConfig & { [WRAPPED]: true } = { ...original, kernelFunc, [WRAPPED]: true };
  tf.unregisterKernel('BatchMatMul', 'wasm');
  tf.registerKernel(wrapped);
}
