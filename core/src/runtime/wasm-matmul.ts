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

/** The internals of tfjs-backend-wasm 4.x's `BackendWasm` that per-matrix views rely on. */
interface WasmBackendInternals extends KernelBackend {
  wasm: {
    cwrap(name: string, returnType: null, argTypes: string[]): (...args: unknown[]) => void;
    tfjs: {
      registerTensor(id: number, size: number, memoryOffset: number): void;
      disposeData(id: number): void;
    };
    HEAPU8: Uint8Array;
  };
  dataIdMap: { get(dataId: object): { memoryOffset: number } | undefined };
  dataIdNextNumber: number;
  makeOutput(shape: number[], dtype: 'float32'): TensorInfo;
}

type WasmBatchMatMul = (
  aId: number,
  aShape: Uint8Array,
  aRank: number,
  bId: number,
  bShape: Uint8Array,
  bRank: number,
  transposeA: number,
  transposeB: number,
  outId: number,
) => void;

const batchMatMulFns = new WeakMap<object, WasmBatchMatMul>();
const shapeBytes = (shape: number[]): Uint8Array => new Uint8Array(new Int32Array(shape).buffer);

/**
 * `a·b` for non-transposed float32 operands with batch dimensions, as one XNNPACK product per
 * matrix. The wasm backend's tensors are contiguous ranges of its heap, so the i-th matrix of each
 * operand (and of the output) is registered with the C++ side as a temporary tensor id aliasing that
 * range: no copies. Each alias is unregistered (`tfjs.disposeData`, which drops XNNPACK's operator
 * cached for it, and never frees memory) right after its product. A batch dimension of 1 broadcasts.
 */
function batchedViaViews(a: TensorInfo, b: TensorInfo, backend: WasmBackendInternals): TensorInfo {
  const [m, k] = a.shape.slice(-2) as [number, number];
  const n = b.shape.at(-1)!;
  const batchA = batchOf(a);
  const batchB = batchOf(b);
  const outer = tf.broadcast_util.assertAndGetBroadcastShape(a.shape.slice(0, -2), b.shape.slice(0, -2));
  const out = backend.makeOutput([...outer, m, n], 'float32');
  const [aOffset, bOffset, outOffset] = [a, b, out].map((x) => heapOffset(backend, x)) as [
    number,
    number,
    number,
  ];
  for (let i = 0; i < Math.max(batchA, batchB); i++) {
    productOnAliases(
      backend,
      { offset: aOffset + (batchA === 1 ? 0 : i * m * k * F32), rows: m, cols: k },
      { offset: bOffset + (batchB === 1 ? 0 : i * k * n * F32), rows: k, cols: n },
      outOffset + i * m * n * F32,
    );
  }
  return out;
}

const F32 = 4;

function heapOffset(backend: WasmBackendInternals, x: TensorInfo): number {
  return backend.dataIdMap.get(x.dataId)!.memoryOffset;
}

/**
 * One XNNPACK product `a·b` → `out` on float32 matrices at heap offsets, each registered with the
 * C++ side as a temporary tensor id aliasing its range: no copies. Each alias is unregistered
 * (`tfjs.disposeData`, which drops XNNPACK's operator cached for it, and never frees memory) right
 * after the product.
 */
function productOnAliases(
  backend: WasmBackendInternals,
  a: { offset: number; rows: number; cols: number },
  b: { offset: number; rows: number; cols: number },
  outOffset: number,
): void {
  const { wasm } = backend;
  let matMul = batchMatMulFns.get(wasm);
  if (!matMul) {
    matMul = wasm.cwrap('BatchMatMul', null, [
      'number',
      'array',
      'number',
      'number',
      'array',
      'number',
      'number',
      'number',
      'number',
    ]) as WasmBatchMatMul;
    batchMatMulFns.set(wasm, matMul);
  }
  const aId = backend.dataIdNextNumber++;
  const bId = backend.dataIdNextNumber++;
  const outId = backend.dataIdNextNumber++;
  wasm.tfjs.registerTensor(aId, a.rows * a.cols, a.offset);
  wasm.tfjs.registerTensor(bId, b.rows * b.cols, b.offset);
  wasm.tfjs.registerTensor(outId, a.rows * b.cols, outOffset);
  try {
    matMul(aId, shapeBytes([1, a.rows, a.cols]), 3, bId, shapeBytes([1, b.rows, b.cols]), 3, 0, 0, outId);
  } finally {
    wasm.tfjs.disposeData(aId);
    wasm.tfjs.disposeData(bId);
    wasm.tfjs.disposeData(outId);
  }
}

/** Largest right operand packed at once (see {@link blockedOverInner}). */
const PACKED_BLOCK_BYTES = 32 * 1024 * 1024;

/**
 * `a·b` for 2-D operands with a large `b` (a backward pass's `dY·W` through a vocabulary matrix):
 * summed over blocks of `b`'s rows, `a[:, K]·b[K, :]`, so XNNPACK packs one block at a time rather
 * than a copy of all of `b` (544 MB for Qwen2.5's embeddings, beyond what a training step has
 * left in the heap). A block of `b` is an alias of its rows; `a`'s columns are copied into one
 * small buffer per block (the wasm Slice kernel would copy all of `a` and `b` to JavaScript first).
 */
function blockedOverInner(a: TensorInfo, b: TensorInfo, backend: WasmBackendInternals): TensorInfo {
  const [m, k] = a.shape as [number, number];
  const n = b.shape[1]!;
  const rowsPerBlock = Math.max(1, Math.floor(PACKED_BLOCK_BYTES / (n * F32)));
  const out = backend.makeOutput([m, n], 'float32');
  const aBlock = backend.makeOutput([m, Math.min(rowsPerBlock, k)], 'float32');
  const partial = backend.makeOutput([m, n], 'float32');
  try {
    // Views are taken after every allocation: a growing heap moves its buffer.
    const view = (x: TensorInfo, size: number): Float32Array =>
      new Float32Array(backend.wasm.HEAPU8.buffer, heapOffset(backend, x), size);
    view(out, m * n).fill(0);
    for (let start = 0; start < k; start += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, k - start);
      const source = view(a, m * k);
      const columns = view(aBlock, m * rows);
      for (let i = 0; i < m; i++) columns.set(source.subarray(i * k + start, i * k + start + rows), i * rows);
      productOnAliases(
        backend,
        { offset: heapOffset(backend, aBlock), rows: m, cols: rows },
        { offset: heapOffset(backend, b) + start * n * F32, rows, cols: n },
        heapOffset(backend, partial),
      );
      const sum = view(out, m * n);
      const part = view(partial, m * n);
      for (let i = 0; i < m * n; i++) sum[i]! += part[i]!;
    }
  } finally {
    backend.disposeData(aBlock.dataId);
    backend.disposeData(partial.dataId);
  }
  return out;
}

/**
 * Whether {@link batchedViaViews} applies: the wasm backend's internals as expected, float32,
 * nonempty, matching inner dimensions, batch dimensions equal or one of them 1. Anything else
 * (including invalid shapes, for the original kernel's error) goes to the original kernel.
 */
function viewable(
  a: TensorInfo,
  b: TensorInfo,
  transposeA: boolean,
  transposeB: boolean,
  backend: KernelBackend,
): backend is WasmBackendInternals {
  const internals = backend as Partial<WasmBackendInternals>;
  if (
    typeof internals.wasm?.cwrap !== 'function' ||
    typeof internals.wasm.tfjs?.registerTensor !== 'function' ||
    typeof internals.dataIdNextNumber !== 'number' ||
    typeof internals.dataIdMap?.get !== 'function'
  ) {
    return false;
  }
  if (a.dtype !== 'float32' || b.dtype !== 'float32' || size(a) === 0 || size(b) === 0) return false;
  if (a.shape.length < 2 || b.shape.length < 2) return false;
  const innerA = transposeA ? a.shape.at(-2) : a.shape.at(-1);
  const innerB = transposeB ? b.shape.at(-1) : b.shape.at(-2);
  if (innerA !== innerB) return false;
  const outerA = a.shape.slice(0, -2);
  const outerB = b.shape.slice(0, -2);
  const sameOuter = outerA.length === outerB.length && outerA.every((d, i) => d === outerB[i]);
  return sameOuter || batchOf(a) === 1 || batchOf(b) === 1;
}

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
 * less, and calls the original kernel without transposes. Batched products (attention) have any
 * transposed operand materialised the same way and are then run as one XNNPACK product per matrix
 * on zero-copy views of the operands (see {@link batchedViaViews}): 7–9× less CPU time than the loop
 * on [24,128,64]·[24,64,128]-sized attention products and their gradients. Installing twice is a
 * no-op; other backends are untouched.
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
    const backend = args.backend as KernelBackend;
    if (batchOf(a) !== 1 || batchOf(b) !== 1) {
      if (!viewable(a, b, Boolean(transposeA), Boolean(transposeB), backend)) {
        return original.kernelFunc(args);
      }
      const materialised: TensorInfo[] = [];
      try {
        const left = transposeA ? swapInnerAxes(a, backend) : a;
        if (transposeA) materialised.push(left);
        const right = transposeB ? swapInnerAxes(b, backend) : b;
        if (transposeB) materialised.push(right);
        return batchedViaViews(left, right, backend);
      } finally {
        for (const t of materialised) backend.disposeData(t.dataId);
      }
    }
    // XNNPACK packs the right operand of a product into a copy it caches for that tensor's
    // lifetime: a weight multiplied untransposed (every backward pass's dX = dY·W) would be held
    // twice for as long as the model lives, which a 0.5 B model's training step cannot afford in the
    // 4 GB heap. Products on aliases of the operands drop that copy at once; repacking costs one pass
    // over the weight, against the product's one pass per row.
    const plainProduct = (left: TensorInfo, right: TensorInfo): TensorInfo => {
      if (!viewable(left, right, false, false, backend)) {
        return original.kernelFunc({
          inputs: { a: left, b: right },
          backend: args.backend,
          attrs: NO_TRANSPOSE,
        }) as TensorInfo;
      }
      return size(right) * 4 > PACKED_BLOCK_BYTES && left.shape.length === 2 && right.shape.length === 2
        ? blockedOverInner(left, right, backend)
        : batchedViaViews(left, right, backend);
    };
    if (!transposeA && !transposeB) return plainProduct(a, b);
    const temporaries: TensorInfo[] = [];
    const swapped = (x: TensorInfo): TensorInfo => {
      const t = swapInnerAxes(x, backend);
      temporaries.push(t);
      return t;
    };
    try {
      // Either transpose the flagged operands, or compute the transposed product
      // op(B)ᵀ·op(A)ᵀ (which needs the unflagged operands and the result transposed): whichever
      // copies fewer elements. For x·Wᵀ with few rows that avoids copying the weight matrix.
      const direct = (transposeA ? size(a) : 0) + (transposeB ? size(b) : 0);
      const rows = transposeA ? a.shape.at(-1)! : a.shape.at(-2)!;
      const cols = transposeB ? b.shape.at(-2)! : b.shape.at(-1)!;
      const viaTransposedProduct = (transposeA ? 0 : size(a)) + (transposeB ? 0 : size(b)) + rows * cols;
      if (direct <= viaTransposedProduct) {
        return plainProduct(transposeA ? swapped(a) : a, transposeB ? swapped(b) : b);
      }
      const transposedProduct = plainProduct(transposeB ? b : swapped(b), transposeA ? a : swapped(a));
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
