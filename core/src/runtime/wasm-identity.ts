import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { tf } from './tf.js';

/** The part of the wasm backend this kernel needs: reference counting of tensor data. */
interface RefCountingBackend {
  incRef(dataId: object): void;
}

const SHARED = Symbol('deltahub.wasmSharedIdentity');

/**
 * Makes the WebAssembly backend's `Identity` kernel share its input's data, as the cpu backend's
 * does and as the wasm backend's own `Reshape` already does (tensor data is immutable: kernels write
 * fresh outputs and variables swap data on assign).
 *
 * tfjs clones every tensor a gradient needs while recording a training step
 * (`saveTensorsForBackwardMode`), and clones run `Identity`, which in tfjs-backend-wasm 4.x copies
 * the buffer: a BERT-base training step copied ~1,500 activations for nothing, in time and in heap.
 * Strings keep the original kernel. Installing twice is a no-op; other backends are untouched.
 */
export function installWasmSharedIdentity(): void {
  const original = tf.getKernel('Identity', 'wasm');
  if (!original || (original as { [SHARED]?: true })[SHARED]) return;
  const kernelFunc: KernelFunc = (args) => {
    const { x } = args.inputs as { x: TensorInfo };
    if (x.dtype === 'string') return original.kernelFunc(args);
    (args.backend as RefCountingBackend).incRef(x.dataId);
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
  };
  const shared: KernelConfig & { [SHARED]: true } = { ...original, kernelFunc, [SHARED]: true };
  tf.unregisterKernel('Identity', 'wasm');
  tf.registerKernel(shared);
}
